export { Sprint } from './entities/sprint.entity';
export { SprintStatus } from './sprint-status';
