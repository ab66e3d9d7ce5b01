import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { AccessPolicy, ProjectAccess } from '../../common/auth';
import { FieldError, NotFoundError, ValidationFailedError } from '../../common/errors';
import { BulkAssignDto, BulkAssignResponseDto, CompleteTaskResponseDto, TaskMessageDto } from './dto/task.dto';
import { Task } from './entities/task.entity';
import { claimNextTaskId } from './claim-queries';
import { TaskEvents } from './task-events';
import { toTaskJson } from './task.json';
import { TaskStatus } from './task-enums';
import { TaskAlreadyDoneError, TaskNotAssignedToYouError, TaskNotStartableError } from './tasks.errors';
import { applyRisk, TasksService } from './tasks.service';

@Injectable()
export class TaskWorkflowService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly tasks: TasksService,
    private readonly events: TaskEvents,
  ) {}

  private get repository() {
    return this.txHost.tx.getRepository(Task);
  }

  /** The caller takes an unassigned (or their own) To Do task; of two racing callers one wins. */
  @Transactional()
  async start(userId: number, taskId: string): Promise<TaskMessageDto> {
    await this.access.task(userId, taskId);
    const task = await this.tasks.lock(taskId);
    if (task.status !== TaskStatus.TODO) throw new TaskNotStartableError(taskId, `it is ${task.status}`);
    if (task.assigneeId !== null && task.assigneeId !== userId) {
      throw new TaskNotStartableError(taskId, 'it is assigned to another member');
    }
    task.assigneeId = userId;
    task.status = TaskStatus.IN_PROGRESS;
    applyRisk(task);
    const saved = await this.tasks.write(task);
    await this.events.updated(saved);
    return { message: 'Task started', task: toTaskJson(saved) };
  }

  /**
   * One transaction: the task becomes Done, the next task of the project is claimed for the caller
   * as In Progress, the caller is notified, and both changes are queued for delivery. Any failure
   * rolls all of it back.
   */
  @Transactional()
  async complete(userId: number, taskId: string): Promise<CompleteTaskResponseDto> {
    const access = await this.access.task(userId, taskId);
    const task = await this.tasks.lock(taskId);
    if (task.status === TaskStatus.DONE) throw new TaskAlreadyDoneError(taskId);
    if (task.assigneeId !== null && task.assigneeId !== userId && !ownsProject(access)) {
      throw new TaskNotAssignedToYouError(taskId);
    }
    task.status = TaskStatus.DONE;
    task.progressPercentage = 100;
    task.assigneeId ??= userId;
    applyRisk(task);
    const done = await this.tasks.write(task);
    await this.events.updated(done);

    const next = await this.claimNext(task.projectId, task.id, userId);
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

    const tasks = await this.repository
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where({ id: In(input.task_ids) })
      .orderBy('t.id')
      .getMany();
    const deleted = input.task_ids
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !tasks.some((t) => t.id === id));
    if (deleted.length > 0) {
      throw new ValidationFailedError(
        deleted.map(({ id, index }) => ({ field: `task_ids[${index}]`, message: `task ${id} was not found` })),
        'Nothing was assigned',
      );
    }
    const newlyAssigned = tasks.filter((task) => task.assigneeId !== input.assigned_to);
    const [updated]: [{ id: string; updated_at: Date }[], number] = await this.txHost.tx.query(
      'UPDATE tasks SET assignee_id = $1, updated_at = now() WHERE id = ANY($2::uuid[]) RETURNING id, updated_at',
      [input.assigned_to, input.task_ids],
    );
    const updatedAt = new Map(updated.map((row) => [row.id, row.updated_at]));
    for (const task of tasks) {
      task.assigneeId = input.assigned_to;
      task.updatedAt = updatedAt.get(task.id)!;
    }
    await this.events.updated(...tasks);
    if (input.assigned_to !== userId) await this.events.assigned(input.assigned_to, ...newlyAssigned);
    const byId = new Map(tasks.map((task) => [task.id, task]));
    return {
      message: `${tasks.length} tasks assigned`,
      tasks: input.task_ids.map((id) => toTaskJson(byId.get(id)!)),
    };
  }

  private async claimNext(projectId: string, completedId: string, userId: number): Promise<Task | null> {
    const nextId = await claimNextTaskId((sql, params) => this.txHost.tx.query(sql, params), projectId, completedId);
    if (!nextId) return null;
    const next = await this.tasks.lock(nextId);
    next.assigneeId = userId;
    next.status = TaskStatus.IN_PROGRESS;
    applyRisk(next);
    const saved = await this.tasks.write(next);
    await this.events.updated(saved);
    await this.events.assigned(userId, saved);
    return saved;
  }
}

function ownsProject(access: ProjectAccess): boolean {
  return access.projectOwnerId === access.userId || access.organizationOwnerId === access.userId;
}
