export { AiModule } from './ai.module';
export type { Plan, PlanEpic, PlanStory, PlanTask } from './plan.schema';
