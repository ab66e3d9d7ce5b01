import { Injectable } from '@nestjs/common';
import { ChangeListeners, EntityChange, FieldChangeListeners } from '../../common/changes';
import { Task } from './entities/task.entity';
import { TaskField } from './task-columns';

/** One task as a write changed it (`before` null on create, `after` null on delete). */
export interface TaskChange extends EntityChange<Task, TaskField> {
  taskId: string;
  projectId: string;
}

/**
 * Modules that must react to task changes inside the same transaction (history, watchers) register
 * here instead of being called by tasks: `listeners.registerFor(['status', ...], async (changes) => ...)`
 * with the fields they react to (or `register` for every change).
 */
@Injectable()
export class TaskChangeListeners extends FieldChangeListeners<TaskChange, TaskField> {}

/**
 * Rules that other modules own on task columns (a sprint move must name an open sprint of the same
 * project): each check sees the proposed changes of a write before it runs (`after` is the row as it
 * will be written) and throws a domain error to refuse it, so nothing is written.
 */
@Injectable()
export class TaskWriteChecks extends ChangeListeners<TaskChange> {}
