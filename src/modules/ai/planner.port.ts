import type { Plan } from './plan.schema';

export interface PlanDraft {
  plan: Plan;
  /** The model that answered, as the provider names it. */
  model: string;
}

/** Drafts a project plan from a description. Throws the AI domain errors; never invents a plan. */
export interface Planner {
  draft(description: string): Promise<PlanDraft>;
}

/** The configured planner, or null when no provider is configured. */
export const PLANNER = Symbol('PLANNER');
