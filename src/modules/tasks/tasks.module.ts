import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityModule } from '../activity';
import { LabelsModule } from '../labels';
import { NotificationsModule } from '../notifications';
import { OrganizationsModule } from '../organizations';
import { OutboxModule } from '../outbox';
import { ProjectsModule } from '../projects';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { TaskLabel } from './entities/task-label.entity';
import { Task } from './entities/task.entity';
import { TaskChangeListeners, TaskWriteChecks } from './task-changes';
import { TaskEvents } from './task-events';
import { TaskLabelRemoval } from './task-label-removal';
import { TaskLabels } from './task-labels';
import { TaskMembership } from './task-membership';
import { TaskQueries } from './task-queries';
import { TaskViews } from './task-views';
import { TaskWorkflowService } from './task-workflow.service';
import { TasksController } from './tasks.controller';
import { TasksRepository } from './tasks.repository';
import { TasksService } from './tasks.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Task, TaskLabel]),
    ActivityModule,
    LabelsModule,
    NotificationsModule,
    OutboxModule,
    ProjectsModule,
    OrganizationsModule,
  ],
  controllers: [TasksController, BoardController],
  providers: [
    TasksService,
    TaskWorkflowService,
    TaskEvents,
    TasksRepository,
    TaskChangeListeners,
    TaskWriteChecks,
    BoardService,
    TaskMembership,
    TaskQueries,
    TaskLabels,
    TaskViews,
    TaskLabelRemoval,
  ],
  exports: [TasksService, TasksRepository, TaskChangeListeners, TaskWriteChecks, BoardService, TaskQueries, TaskViews],
})
export class TasksModule {}
