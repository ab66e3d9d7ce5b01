/** What tests of the planner assert against: the schema sent to the provider and the instructions. */
export { PROVIDER_PLAN_SCHEMA } from './plan.schema';
export { SYSTEM_PROMPT } from './chat-completions.planner';
