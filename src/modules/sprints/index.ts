export { SprintsModule } from './sprints.module';
export { SprintClock } from './sprint-clock';
export { SprintStatus } from './sprint-status';
export { scopeDeltasOf, type ScopeDelta } from './sprint-history';
