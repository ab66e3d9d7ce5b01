import { Injectable } from '@nestjs/common';
import { Rooms } from '../../common/realtime';
import { NotificationsService, NotificationType } from '../notifications';
import { OutboxService } from '../outbox';
import { Task } from './entities/task.entity';
import { toTaskJson } from './task.json';

/** Side effects of task changes, written in the caller's transaction and delivered after commit. */
@Injectable()
export class TaskEvents {
  constructor(
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
  ) {}

  /** One `task_updated` outbox row per task, in one statement. */
  async updated(...tasks: Task[]): Promise<void> {
    await this.outbox.enqueueMany(
      tasks.map((task) => ({ room: Rooms.project(task.projectId), event: 'task_updated', payload: toTaskJson(task) })),
    );
  }

  /** One `task_assigned` notification per task, in one statement. */
  async assigned(assigneeId: number, ...tasks: Task[]): Promise<void> {
    await this.notifications.notifyMany(
      tasks.map((task) => ({
        userId: assigneeId,
        type: NotificationType.TASK_ASSIGNED,
        title: 'Task assigned to you',
        message: `You were assigned "${task.title}"`.slice(0, 1000),
        link: `/api/v1/projects/tasks/${task.id}`,
      })),
    );
  }
}
