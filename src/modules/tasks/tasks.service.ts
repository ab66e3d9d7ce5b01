import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { AccessPolicy } from '../../common/auth';
import { NotFoundError, ValidationFailedError } from '../../common/errors';
import { mapPage, Page, Paginator } from '../../common/pagination';
import { Story } from '../projects/schema';
import { CreateTaskDto, ListTasksQuery, TaskDto, TaskMessageDto, UpdateTaskDto } from './dto/task.dto';
import { Task } from './entities/task.entity';
import { assessRisk, RiskAssessment } from '../risk';
import { TaskEvents } from './task-events';
import { toTaskJson } from './task.json';
import { TaskStatus } from './task-enums';

export interface TreeTask {
  id: string;
  story_id: string;
  title: string;
  status: TaskStatus;
  assignee_id: number | null;
  progress_percentage: number;
}

/** Recomputes the stored risk of a task from its current fields. */
export function applyRisk(task: Task, now = new Date()): RiskAssessment {
  const risk = assessRisk({ ...task, hasOpenBlocker: task.openBlockerCount > 0 }, now);
  task.riskLevel = risk.risk_level;
  task.riskScore = risk.risk_score;
  return risk;
}

@Injectable()
export class TasksService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly paginator: Paginator,
    private readonly events: TaskEvents,
  ) {}

  private get tasks() {
    return this.txHost.tx.getRepository(Task);
  }

  @Transactional()
  async create(userId: number, projectId: string, input: CreateTaskDto): Promise<TaskDto> {
    await this.access.project(userId, projectId);
    if (input.story_id !== undefined) await this.assertStoryInProject(input.story_id, projectId);
    const task = this.tasks.create({
      projectId,
      storyId: input.story_id ?? null,
      title: input.title,
      description: input.description ?? null,
      status: TaskStatus.TODO,
      progressPercentage: 0,
      openBlockerCount: 0,
      dueDate: input.due_date ? new Date(input.due_date) : null,
      estimateHours: input.estimate_hours ?? null,
      priority: input.priority ?? 0,
      order: input.order ?? 0,
    });
    applyRisk(task);
    const saved = await this.tasks.save(task);
    await this.events.updated(saved);
    return toTaskJson(saved);
  }

  async list(userId: number, projectId: string, query: ListTasksQuery): Promise<Page<TaskDto>> {
    await this.access.project(userId, projectId);
    const builder = this.tasks.createQueryBuilder('t').where('t.project_id = :projectId', { projectId });
    if (query.status) builder.andWhere('t.status = :status', { status: query.status });
    if (query.assignee_id) builder.andWhere('t.assignee_id = :assigneeId', { assigneeId: query.assignee_id });
    if (query.risk_level) builder.andWhere('t.risk_level = :riskLevel', { riskLevel: query.risk_level });
    const filters = [query.status, query.assignee_id, query.risk_level].map((f) => f ?? '').join('|');
    const page = await this.paginator.paginate(builder, query, {
      scope: `tasks:${projectId}:${filters}`,
      direction: 'DESC',
      columns: [
        { column: 't.created_at', value: (t) => t.createdAt },
        { column: 't.id', value: (t) => t.id },
      ],
    });
    return mapPage(page, toTaskJson);
  }

  async get(userId: number, taskId: string): Promise<TaskDto> {
    await this.access.task(userId, taskId);
    return toTaskJson(await this.tasks.findOneByOrFail({ id: taskId }));
  }

  /** Locks the row, applies the changes, recomputes risk. */
  @Transactional()
  async update(userId: number, taskId: string, input: UpdateTaskDto): Promise<TaskMessageDto> {
    const access = await this.access.task(userId, taskId);
    const task = await this.lock(taskId);
    const previousAssignee = task.assigneeId;
    if (input.assigned_to !== undefined && input.assigned_to !== null) {
      await this.access.requireMember(access, input.assigned_to, 'assigned_to');
    }
    if (input.title !== undefined) task.title = input.title;
    if (input.description !== undefined) task.description = input.description;
    if (input.status !== undefined) task.status = input.status;
    if (input.assigned_to !== undefined) task.assigneeId = input.assigned_to;
    if (input.due_date !== undefined) task.dueDate = input.due_date === null ? null : new Date(input.due_date);
    if (input.estimate_hours !== undefined) task.estimateHours = input.estimate_hours;
    if (input.progress_percentage !== undefined) task.progressPercentage = input.progress_percentage;
    if (input.priority !== undefined) task.priority = input.priority;
    applyRisk(task);
    const saved = await this.write(task);
    await this.events.updated(saved);
    if (saved.assigneeId !== null && saved.assigneeId !== previousAssignee && saved.assigneeId !== userId) {
      await this.events.assigned(saved.assigneeId, saved);
    }
    return { message: 'Task updated', task: toTaskJson(saved) };
  }

  @Transactional()
  async remove(userId: number, taskId: string): Promise<void> {
    this.access.requireManager(await this.access.task(userId, taskId), 'delete a task');
    await this.tasks.delete(taskId);
  }

  /** Tasks of a project's stories in board order, for the epic tree. */
  async treeTasks(projectId: string): Promise<TreeTask[]> {
    return this.tasks
      .createQueryBuilder('t')
      .select([
        't.id AS id',
        't.story_id AS story_id',
        't.title AS title',
        't.status AS status',
        't.assignee_id AS assignee_id',
        't.progress_percentage AS progress_percentage',
      ])
      .where('t.project_id = :projectId AND t.story_id IS NOT NULL', { projectId })
      .orderBy('t.order', 'ASC')
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getRawMany<TreeTask>();
  }

  /** Joins the caller's transaction: a member leaving an organization leaves no open task assigned. */
  async unassignOpenTasks(organizationId: string, userId: number): Promise<void> {
    const [rows]: [{ id: string }[], number] = await this.txHost.tx.query(
      `UPDATE tasks t SET assignee_id = NULL, updated_at = now()
         FROM projects p
        WHERE p.id = t.project_id AND p.organization_id = $1 AND t.assignee_id = $2 AND t.status <> 'Done'
        RETURNING t.id`,
      [organizationId, userId],
    );
    if (rows.length === 0) return;
    await this.events.updated(...(await this.tasks.findBy({ id: In(rows.map((r) => r.id)) })));
  }

  /** A blocker issue opened (+1) or stopped blocking (-1): joins the caller's transaction. */
  async adjustOpenBlockers(taskId: string, delta: 1 | -1): Promise<void> {
    const task = await this.lock(taskId);
    task.openBlockerCount += delta;
    applyRisk(task);
    await this.events.updated(await this.write(task));
  }

  async assertTaskInProject(taskId: string, projectId: string, field: string): Promise<void> {
    if (!(await this.tasks.existsBy({ id: taskId, projectId }))) {
      throw new ValidationFailedError([{ field, message: 'must be a task of the same project' }]);
    }
  }

  /**
   * Writes every mutable column of a task the caller has locked (see `lock`) in one UPDATE,
   * instead of the select-then-update of `Repository.save`.
   */
  async write(task: Task): Promise<Task> {
    const [rows]: [{ updated_at: Date }[], number] = await this.txHost.tx.query(
      `UPDATE tasks SET story_id = $2, title = $3, description = $4, status = $5, assignee_id = $6, due_date = $7,
              estimate_hours = $8, progress_percentage = $9, risk_level = $10, risk_score = $11,
              open_blocker_count = $12, priority = $13, "order" = $14, updated_at = now()
        WHERE id = $1 RETURNING updated_at`,
      [
        task.id,
        task.storyId,
        task.title,
        task.description,
        task.status,
        task.assigneeId,
        task.dueDate,
        task.estimateHours,
        task.progressPercentage,
        task.riskLevel,
        task.riskScore,
        task.openBlockerCount,
        task.priority,
        task.order,
      ],
    );
    if (rows.length === 0) throw new NotFoundError('Task', task.id);
    task.updatedAt = rows[0].updated_at;
    return task;
  }

  async lock(taskId: string): Promise<Task> {
    const task = await this.tasks
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :taskId', { taskId })
      .getOne();
    if (!task) throw new NotFoundError('Task', taskId);
    return task;
  }

  private async assertStoryInProject(storyId: string, projectId: string): Promise<void> {
    const exists = await this.txHost.tx.getRepository(Story).existsBy({ id: storyId, projectId });
    if (!exists) {
      throw new ValidationFailedError([{ field: 'story_id', message: 'must be a story of the same project' }]);
    }
  }
}
