import { PROVIDER_PLAN_SCHEMA, checkPlan, checkApplyPlanBody, OPENAPI_PLAN_SCHEMA } from '/work/wt/ai/src/modules/ai/plan.schema';
console.log(JSON.stringify(PROVIDER_PLAN_SCHEMA).length, JSON.stringify(PROVIDER_PLAN_SCHEMA.properties, null, 1).slice(0, 900));
const task = { title: ' T ', description: '', estimate_hours: 2.33, story_points: null };
console.log(JSON.stringify(checkPlan({ name: 'P', description: '', epics: [{ name: 'E', description: '', stories: [{ name: 'S', description: '', tasks: [task] }] }] })));
console.log(JSON.stringify(checkApplyPlanBody({ plan: { name: '', description: 'x\u0000', extra: 1, epics: [{ name: 'E', stories: [] }] } })));
console.log(JSON.stringify(checkPlan({ name: 'P', description: '\ud800', epics: [{ name: 'E', description: '', stories: [{ name: 'S', description: '', tasks: [{...task, estimate_hours: 1.234, story_points: 2.5}] }] }] })));
console.log(JSON.stringify(OPENAPI_PLAN_SCHEMA).slice(0,300));
