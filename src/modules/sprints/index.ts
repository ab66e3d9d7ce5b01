export { SprintsModule } from './sprints.module';
export { SprintClock } from './sprint-clock';
export { SprintStatus } from './sprint-status';
export { SprintDto, SprintDeletedDto } from './dto/sprint.dto';
export { scopeDeltasOf, type ScopeDelta } from './sprint-history';
