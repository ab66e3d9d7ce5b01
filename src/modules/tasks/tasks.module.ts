import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityModule } from '../activity';
import { NotificationsModule } from '../notifications';
import { OrganizationsModule } from '../organizations';
import { OutboxModule } from '../outbox';
import { ProjectsModule } from '../projects';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { Task } from './entities/task.entity';
import { TaskChangeListeners, TaskWriteChecks } from './task-changes';
import { TaskEvents } from './task-events';
import { TaskMembership } from './task-membership';
import { TaskQueries } from './task-queries';
import { TaskWorkflowService } from './task-workflow.service';
import { TasksController } from './tasks.controller';
import { TasksRepository } from './tasks.repository';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Task]), ActivityModule, NotificationsModule, OutboxModule, ProjectsModule, OrganizationsModule],
  controllers: [TasksController, BoardController],
  providers: [TasksService, TaskWorkflowService, TaskEvents, TasksRepository, TaskChangeListeners, TaskWriteChecks, BoardService, TaskMembership, TaskQueries],
  exports: [TasksService, TasksRepository, TaskChangeListeners, TaskWriteChecks, BoardService, TaskQueries],
})
export class TasksModule {}
