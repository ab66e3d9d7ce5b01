export { TasksModule } from './tasks.module';
export { TasksService, applyRisk, type TreeTask } from './tasks.service';
export { TaskStatus, RiskLevel } from './task-enums';
export { CreateTaskDto, TaskDto } from './dto/task.dto';
