import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessPolicy } from '../../common/auth';
import { NotFoundError } from '../../common/errors';
import { mapPage, Page, Paginator } from '../../common/pagination';
import { NotificationsService, NotificationType } from '../notifications';
import { Rooms } from '../../common/realtime';
import { OutboxService } from '../outbox';
import { TasksService } from '../tasks';
import { CreateIssueDto, IssueDto, ListIssuesQuery } from './dto/issue.dto';
import { Issue } from './entities/issue.entity';
import { BLOCKING_STATUSES, IssuePriority, IssueStatus, IssueType } from './issue-enums';
import { IssueAction, transition } from './issue-transitions';
import { toIssueJson } from './issue.json';

function blocksTask(issue: Pick<Issue, 'issueType' | 'taskId' | 'status'>): boolean {
  return issue.issueType === IssueType.BLOCKER && issue.taskId !== null && BLOCKING_STATUSES.has(issue.status);
}

@Injectable()
export class IssuesService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly paginator: Paginator,
    private readonly tasks: TasksService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  private get issues() {
    return this.txHost.tx.getRepository(Issue);
  }

  @Transactional()
  async create(userId: number, input: CreateIssueDto): Promise<IssueDto> {
    const access = await this.access.project(userId, input.project_id);
    if (input.task_id !== undefined) await this.tasks.assertTaskInProject(input.task_id, input.project_id, 'task_id');
    const { id } = await this.issues.save({
      projectId: input.project_id,
      taskId: input.task_id ?? null,
      title: input.title,
      description: input.description,
      issueType: input.issue_type ?? IssueType.BUG,
      priority: input.priority ?? IssuePriority.MEDIUM,
      status: IssueStatus.OPEN,
      reporterId: userId,
    });
    const issue = await this.load(id);
    if (blocksTask(issue)) await this.tasks.adjustOpenBlockers(issue.taskId!, 1);
    if (access.projectOwnerId !== userId) {
      await this.notifications.notify({
        userId: access.projectOwnerId,
        type: NotificationType.NEW_ISSUE,
        title: `New ${issue.issueType}: ${issue.title}`.slice(0, 200),
        message: `${issue.reporter.username} reported "${issue.title}" (${issue.priority})`.slice(0, 1000),
        link: `/api/v1/issues/${issue.id}`,
        dedupKey: `new_issue:${issue.id}`,
      });
    }
    return this.changed(issue);
  }

  async get(userId: number, issueId: number): Promise<IssueDto> {
    await this.access.issue(userId, issueId);
    return toIssueJson(await this.load(issueId));
  }

  async list(userId: number, projectId: string, query: ListIssuesQuery): Promise<Page<IssueDto>> {
    await this.access.project(userId, projectId);
    const builder = this.withPeople().where('i.project_id = :projectId', { projectId });
    if (query.status) builder.andWhere('i.status = :status', { status: query.status });
    if (query.issue_type) builder.andWhere('i.issue_type = :issueType', { issueType: query.issue_type });
    if (query.priority) builder.andWhere('i.priority = :priority', { priority: query.priority });
    const filters = [query.status, query.issue_type, query.priority].map((f) => f ?? '').join('|');
    const page = await this.paginator.paginate(builder, query, {
      scope: `issues:${projectId}:${filters}`,
      direction: 'DESC',
      columns: [
        { column: 'i.created_at', value: (i) => i.createdAt },
        { column: 'i.id', value: (i) => i.id },
      ],
    });
    return mapPage(page, toIssueJson);
  }

  @Transactional()
  async assign(userId: number, issueId: number, assigneeId: number): Promise<IssueDto> {
    const access = await this.access.issue(userId, issueId);
    await this.access.requireMember(access, assigneeId, 'assignee_id');
    const issue = await this.applyTransition(issueId, 'assign', { assigneeId });
    if (assigneeId !== userId) {
      await this.notifications.notify({
        userId: assigneeId,
        type: NotificationType.ISSUE_ASSIGNED,
        title: `Issue assigned: ${issue.title}`.slice(0, 200),
        message: `You were assigned "${issue.title}"`.slice(0, 1000),
        link: `/api/v1/issues/${issue.id}`,
      });
    }
    return this.changed(issue);
  }

  @Transactional()
  async resolve(userId: number, issueId: number, resolution: string): Promise<IssueDto> {
    await this.access.issue(userId, issueId);
    const issue = await this.applyTransition(issueId, 'resolve', { resolution, resolvedAt: new Date() });
    if (issue.reporterId !== userId) {
      await this.notifications.notify({
        userId: issue.reporterId,
        type: NotificationType.ISSUE_RESOLVED,
        title: `Issue resolved: ${issue.title}`.slice(0, 200),
        message: resolution.slice(0, 1000),
        link: `/api/v1/issues/${issue.id}`,
      });
    }
    return this.changed(issue);
  }

  @Transactional()
  async close(userId: number, issueId: number): Promise<IssueDto> {
    await this.access.issue(userId, issueId);
    return this.changed(await this.applyTransition(issueId, 'close', {}));
  }

  @Transactional()
  async reopen(userId: number, issueId: number): Promise<IssueDto> {
    await this.access.issue(userId, issueId);
    return this.changed(await this.applyTransition(issueId, 'reopen', { resolution: null, resolvedAt: null }));
  }

  /** Locks the issue, checks the transition table, applies it, and keeps its task's blocked state in step. */
  private async applyTransition(issueId: number, action: IssueAction, changes: Partial<Issue>): Promise<Issue> {
    const locked = await this.issues
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :issueId', { issueId })
      .getOne();
    if (!locked) throw new NotFoundError('Issue', issueId);
    const wasBlocking = blocksTask(locked);
    const status = transition(action, locked.status);
    await this.issues.update(issueId, { ...changes, status });
    const issue = await this.load(issueId);
    const isBlocking = blocksTask(issue);
    if (wasBlocking !== isBlocking) await this.tasks.adjustOpenBlockers(issue.taskId!, isBlocking ? 1 : -1);
    return issue;
  }

  private async changed(issue: Issue): Promise<IssueDto> {
    const json = toIssueJson(issue);
    await this.outbox.enqueue({ room: Rooms.project(issue.projectId), event: 'issue_updated', payload: json });
    return json;
  }

  private withPeople() {
    return this.issues
      .createQueryBuilder('i')
      .innerJoinAndSelect('i.reporter', 'reporter')
      .leftJoinAndSelect('i.assignee', 'assignee');
  }

  private async load(issueId: number): Promise<Issue> {
    const issue = await this.withPeople().where('i.id = :issueId', { issueId }).getOne();
    if (!issue) throw new NotFoundError('Issue', issueId);
    return issue;
  }
}
