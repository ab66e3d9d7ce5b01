import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessPolicy } from '../access';
import { ValidationFailedError } from '../../common/errors';
import { Page, Paginator } from '../../common/pagination';
import { LabelsService } from '../labels';
import { PlanService } from '../projects';
import { CreateTaskDto, ListTasksQuery, TaskDto, TaskMessageDto, UpdateTaskDto } from './dto/task.dto';
import { Task } from './entities/task.entity';
import { TaskEvents } from './task-events';
import { completionPatch } from './task-completion';
import { TaskStatus } from './task-enums';
import { TaskViews } from './task-views';
import { TaskPatch, TasksRepository } from './tasks.repository';

@Injectable()
export class TasksService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly paginator: Paginator,
    private readonly repository: TasksRepository,
    private readonly events: TaskEvents,
    private readonly plan: PlanService,
    private readonly labels: LabelsService,
    private readonly views: TaskViews,
  ) {}

  @Transactional()
  async create(userId: number, projectId: string, input: CreateTaskDto): Promise<TaskDto> {
    await this.access.project(userId, projectId);
    if (input.story_id !== undefined && !(await this.plan.storyBelongsTo(input.story_id, projectId))) {
      throw new ValidationFailedError([{ field: 'story_id', message: 'must be a story of the same project' }]);
    }
    const labelIds = input.label_ids ?? [];
    await this.labels.requireInProject(labelIds, projectId, 'label_ids');
    const draft = Object.assign(new Task(), {
      projectId,
      storyId: input.story_id ?? null,
      title: input.title,
      description: input.description ?? null,
      status: TaskStatus.TODO,
      assigneeId: null,
      progressPercentage: 0,
      openBlockerCount: 0,
      dueDate: input.due_date ? new Date(input.due_date) : null,
      estimateHours: input.estimate_hours ?? null,
      priority: input.priority ?? 0,
      order: input.order ?? 0,
      sprintId: input.sprint_id?.toLowerCase() ?? null,
      storyPoints: input.story_points ?? null,
    });
    const [saved] = await this.repository.insert([draft], { actorId: userId }, () => labelIds);
    return this.views.one(saved);
  }

  async list(userId: number, projectId: string, query: ListTasksQuery): Promise<Page<TaskDto>> {
    await this.access.project(userId, projectId);
    const builder = this.txHost.tx.getRepository(Task).createQueryBuilder('t').where('t.project_id = :projectId', { projectId });
    if (query.status) builder.andWhere('t.status = :status', { status: query.status });
    if (query.assignee_id) builder.andWhere('t.assignee_id = :assigneeId', { assigneeId: query.assignee_id });
    if (query.risk_level) builder.andWhere('t.risk_level = :riskLevel', { riskLevel: query.risk_level });
    if (query.sprint_id === 'none') builder.andWhere('t.sprint_id IS NULL');
    else if (query.sprint_id) builder.andWhere('t.sprint_id = :sprintId', { sprintId: query.sprint_id.toLowerCase() });
    if (query.label_id) {
      builder.andWhere('EXISTS (SELECT 1 FROM task_labels tl WHERE tl.task_id = t.id AND tl.label_id = :labelId)', {
        labelId: query.label_id,
      });
    }
    const filters = [query.status, query.assignee_id, query.risk_level, query.sprint_id?.toLowerCase(), query.label_id].map((f) => f ?? '').join('|');
    const page = await this.paginator.paginate(builder, query, {
      scope: `tasks:${projectId}:${filters}`,
      direction: 'DESC',
      columns: [
        { column: 't.created_at', value: (t) => t.createdAt },
        { column: 't.id', value: (t) => t.id },
      ],
    });
    return { ...page, items: await this.views.many(page.items) };
  }

  async get(userId: number, taskId: string): Promise<TaskDto> {
    await this.access.task(userId, taskId);
    return this.views.one(await this.repository.get(taskId));
  }

  /**
   * Locks the row and applies the changes; the write recomputes risk and records each changed field.
   * A change to Done is the completion without the claim of a next task (see `completionPatch`).
   */
  @Transactional()
  async update(userId: number, taskId: string, input: UpdateTaskDto): Promise<TaskMessageDto> {
    const access = await this.access.task(userId, taskId);
    // Labels are share-locked before the task, the order a label deletion takes them in.
    if (input.label_ids !== undefined) await this.labels.requireInProject(input.label_ids, access.projectId, 'label_ids');
    const task = await this.repository.lock(taskId);
    if (input.assigned_to !== undefined && input.assigned_to !== null) {
      await this.access.requireMember(access, input.assigned_to, 'assigned_to');
    }
    const patch: TaskPatch = {};
    if (input.title !== undefined) patch.title = input.title;
    if (input.description !== undefined) patch.description = input.description;
    if (input.status !== undefined) patch.status = input.status;
    if (input.assigned_to !== undefined) patch.assigneeId = input.assigned_to;
    if (input.due_date !== undefined) patch.dueDate = input.due_date === null ? null : new Date(input.due_date);
    if (input.estimate_hours !== undefined) patch.estimateHours = input.estimate_hours;
    if (input.progress_percentage !== undefined) patch.progressPercentage = input.progress_percentage;
    if (input.priority !== undefined) patch.priority = input.priority;
    if (input.sprint_id !== undefined) patch.sprintId = input.sprint_id?.toLowerCase() ?? null;
    if (input.story_points !== undefined) patch.storyPoints = input.story_points;
    if (input.label_ids !== undefined) patch.labelIds = input.label_ids;
    if (input.status === TaskStatus.DONE && task.status !== TaskStatus.DONE) {
      Object.assign(patch, completionPatch(task, access), input.assigned_to !== undefined ? { assigneeId: input.assigned_to } : {});
    }
    const saved = await this.repository.update(task, patch, { actorId: userId });
    if (saved.assigneeId !== null && saved.assigneeId !== task.assigneeId && saved.assigneeId !== userId) {
      await this.events.assigned(saved.assigneeId, saved);
    }
    return { message: 'Task updated', task: await this.views.one(saved) };
  }

  @Transactional()
  async remove(userId: number, taskId: string): Promise<void> {
    this.access.requireManager(await this.access.task(userId, taskId), 'delete a task');
    await this.repository.delete(await this.repository.lock(taskId), { actorId: userId });
  }

  /** A blocker issue was linked to the task (opened, or reopened): joins the caller's transaction. */
  async blockerLinked(taskId: string, issueId: number, actorId: number | null): Promise<void> {
    await this.repository.adjustOpenBlockers(taskId, 1, { actorId, blockerIssueId: issueId });
  }

  /** A blocker issue stopped blocking the task (resolved or closed): joins the caller's transaction. */
  async blockerResolved(taskId: string, issueId: number, actorId: number | null): Promise<void> {
    await this.repository.adjustOpenBlockers(taskId, -1, { actorId, blockerIssueId: issueId });
  }

  async assertTaskInProject(taskId: string, projectId: string, field: string): Promise<void> {
    if (!(await this.repository.exists(taskId, projectId))) {
      throw new ValidationFailedError([{ field, message: 'must be a task of the same project' }]);
    }
  }
}
