import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications';
import { OutboxModule } from '../outbox';
import { Task } from './entities/task.entity';
import { TaskEvents } from './task-events';
import { TaskWorkflowService } from './task-workflow.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Task]), NotificationsModule, OutboxModule],
  controllers: [TasksController],
  providers: [TasksService, TaskWorkflowService, TaskEvents],
  exports: [TasksService],
})
export class TasksModule {}
