export { Task } from './entities/task.entity';
export { TaskStatus, RiskLevel } from './task-enums';
export { RISK_FACTOR_CODES } from './risk-scoring';
