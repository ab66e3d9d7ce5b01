export { TasksModule } from './tasks.module';
export { TasksService } from './tasks.service';
export { TasksRepository, type TaskPatch, type TaskWriteContext, type HighRiskTask, type RescoredBatch } from './tasks.repository';
export { TaskChangeListeners, TaskWriteChecks, type TaskChange } from './task-changes';
export { type TaskField } from './task-columns';
export { BoardService } from './board.service';
export { TaskQueries, type TaskRef, type AssignedTask, type PlannableTask } from './task-queries';
export { TaskStatus, RiskLevel } from './task-enums';
export { CreateTaskDto, TaskDto } from './dto/task.dto';
export { EpicTreeDto } from './dto/board.dto';
export {
  applyRisk,
  assessRisk,
  assessTaskRisk,
  riskLevelOf,
  HIGH_RISK_THRESHOLD,
  MEDIUM_RISK_THRESHOLD,
  type RiskAssessment,
  type RiskFactor,
  type RiskInput,
} from './risk-scoring';
export { RISK_SCORE_SQL, riskLevelSql, riskScoreSql } from './risk-sql';
