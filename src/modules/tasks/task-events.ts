import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Rooms } from '../../common/realtime';
import { Statement } from '../../common/sql';
import { NotificationsService, NotificationType } from '../notifications';
import { outboxInsertSql } from '../outbox';
import { Task } from './entities/task.entity';
import { labelIdsJsonSql } from './task-labels';
import { toTaskJson } from './task.json';

/**
 * `task_updated` rows, one per task: the task JSON, whose `label_ids` the insert reads from
 * `task_labels` itself (the task's set as the transaction has written it so far), so a write needs
 * no separate read of its labels.
 */
const TASK_UPDATED_SQL = outboxInsertSql('task_updated', {
  room: 'm.room',
  payload: `m.payload || jsonb_build_object('label_ids', ${labelIdsJsonSql('m.task_id')})`,
  from: 'unnest($1::text[], $2::jsonb[], $3::uuid[]) WITH ORDINALITY AS m(room, payload, task_id, n)',
  orderBy: 'm.n',
});

/** Side effects of task changes, written in the caller's transaction and delivered after commit. */
@Injectable()
export class TaskEvents {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly notifications: NotificationsService,
  ) {}

  /** One `task_updated` outbox row per task (its task JSON), in one statement. */
  async updated(...tasks: Task[]): Promise<void> {
    const statement = this.updatedStatement(tasks);
    if (statement) await this.txHost.tx.query(statement.sql, statement.params);
  }

  /** `updated` as a statement, for a writer that sends it with its other writes (see combinedWrites). */
  updatedStatement(tasks: readonly Task[]): Statement | null {
    if (tasks.length === 0) return null;
    return {
      sql: TASK_UPDATED_SQL,
      params: [tasks.map((task) => Rooms.project(task.projectId)), tasks.map((task) => JSON.stringify(toTaskJson(task, []))), tasks.map((task) => task.id)],
    };
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
