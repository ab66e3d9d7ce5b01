export { Task } from './entities/task.entity';
export { TaskStatus, RiskLevel } from './task-enums';
