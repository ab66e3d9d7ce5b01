import { Injectable } from '@nestjs/common';
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

  async updated(task: Task): Promise<void> {
    await this.outbox.enqueue({
      room: `project:${task.projectId}`,
      event: 'task_updated',
      payload: { ...toTaskJson(task) },
    });
  }

  async assigned(task: Task, assigneeId: number): Promise<void> {
    await this.notifications.notify({
      userId: assigneeId,
      type: NotificationType.TASK_ASSIGNED,
      title: 'Task assigned to you',
      message: `You were assigned "${task.title}"`.slice(0, 1000),
      link: `/api/v1/projects/tasks/${task.id}`,
    });
  }
}
