import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { PendingUser } from '../../common/auth';
import { AccessPolicy, ProjectAccess } from '../access';
import { FieldError, NotFoundError, ValidationFailedError } from '../../common/errors';
import { BulkAssignDto, BulkAssignResponseDto, CompleteTaskResponseDto, TaskMessageDto } from './dto/task.dto';
import { TaskEvents } from './task-events';
import { TaskStatus } from './task-enums';
import { completionPatch } from './task-completion';
import { TaskViews } from './task-views';
import { TaskAlreadyDoneError, TaskNotStartableError } from './tasks.errors';
import { TasksRepository } from './tasks.repository';

export function autoAssignReason(completedTaskId: string): string {
  return `auto-assigned after completing task ${completedTaskId}`;
}

/** The use cases with rules: start, complete (with the claim of the next task) and bulk-assign. */
@Injectable()
export class TaskWorkflowService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly repository: TasksRepository,
    private readonly events: TaskEvents,
    private readonly views: TaskViews,
  ) {}

  /** The caller takes an unassigned (or their own) To Do task; of two racing callers one wins. */
  @Transactional()
  async start(userId: number, taskId: string): Promise<TaskMessageDto> {
    const { task } = await this.repository.lockAccessible(userId, taskId);
    if (task.status !== TaskStatus.TODO) throw new TaskNotStartableError(taskId, `it is ${task.status}`);
    if (task.assigneeId !== null && task.assigneeId !== userId) {
      throw new TaskNotStartableError(taskId, 'it is assigned to another member');
    }
    const saved = await this.repository.update(task, { assigneeId: userId, status: TaskStatus.IN_PROGRESS }, { actorId: userId });
    return { message: 'Task started', task: await this.views.one(saved) };
  }

  /**
   * One transaction: the task becomes Done, the next task of the project is claimed for the caller
   * as In Progress, the caller is notified, and both changes are recorded and queued for delivery.
   * Any failure rolls all of it back.
   */
  @Transactional()
  async complete(userId: number, taskId: string, caller?: PendingUser): Promise<CompleteTaskResponseDto> {
    const { access, task } = await this.repository.lockAccessible(userId, taskId, caller);
    if (task.status === TaskStatus.DONE) throw new TaskAlreadyDoneError(taskId);
    const { saved: done, claimed: next } = await this.repository.updateAndClaimNext(
      task,
      completionPatch(task, access),
      { actorId: userId },
      { assigneeId: userId, context: { actorId: userId, reason: autoAssignReason(task.id) } },
    );
    if (next) await this.events.assigned(userId, next);
    return {
      message: next ? `Task completed; next task "${next.title}" assigned to you` : 'Task completed',
      task: {
        id: done.id,
        title: done.title,
        status: done.status,
        next_task: next ? { id: next.id, title: next.title } : null,
      },
    };
  }

  /** All or nothing: every id must be a task the caller can see and the assignee a member of each project. */
  @Transactional()
  async bulkAssign(userId: number, input: BulkAssignDto): Promise<BulkAssignResponseDto> {
    const errors: FieldError[] = [];
    const accessByProject = new Map<string, ProjectAccess>();
    for (const [index, taskId] of input.task_ids.entries()) {
      try {
        const access = await this.access.task(userId, taskId);
        accessByProject.set(access.projectId, access);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        errors.push({ field: `task_ids[${index}]`, message: `task ${taskId} was not found` });
      }
    }
    for (const access of accessByProject.values()) {
      if (!(await this.access.isMember(access, input.assigned_to))) {
        errors.push({
          field: 'assigned_to',
          message: `user ${input.assigned_to} is not a member of project ${access.projectId}`,
        });
      }
    }
    if (errors.length > 0) throw new ValidationFailedError(errors, 'Nothing was assigned');

    const tasks = await this.repository.lockMany(input.task_ids);
    const found = new Set(tasks.map((task) => task.id));
    const deleted = input.task_ids.map((id, index) => ({ id, index })).filter(({ id }) => !found.has(id));
    if (deleted.length > 0) {
      throw new ValidationFailedError(
        deleted.map(({ id, index }) => ({ field: `task_ids[${index}]`, message: `task ${id} was not found` })),
        'Nothing was assigned',
      );
    }
    const newlyAssigned = tasks.filter((task) => task.assigneeId !== input.assigned_to);
    const saved = await this.repository.updateMany(tasks, () => ({ assigneeId: input.assigned_to }), { actorId: userId });
    if (input.assigned_to !== userId) {
      const newIds = new Set(newlyAssigned.map((task) => task.id));
      await this.events.assigned(input.assigned_to, ...saved.filter((task) => newIds.has(task.id)));
    }
    const byId = new Map((await this.views.many(saved)).map((json) => [json.id, json]));
    return {
      message: `${saved.length} tasks assigned`,
      tasks: input.task_ids.map((id) => byId.get(id)!),
    };
  }
}
