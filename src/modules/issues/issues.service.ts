import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AccessPolicy } from '../access';
import { mapPage, Page, Paginator } from '../../common/pagination';
import { NotificationsService, NotificationType } from '../notifications';
import { TasksService } from '../tasks';
import { CreateIssueDto, IssueDto, ListIssuesQuery } from './dto/issue.dto';
import { Issue } from './entities/issue.entity';
import { IssuePriority, IssueStatus, IssueType } from './issue-enums';
import { IssueAction, transition } from './issue-transitions';
import { toIssueJson } from './issue.json';
import { IssuePatch, IssuesRepository } from './issues.repository';

@Injectable()
export class IssuesService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly paginator: Paginator,
    private readonly tasks: TasksService,
    private readonly notifications: NotificationsService,
    private readonly repository: IssuesRepository,
  ) {}

  @Transactional()
  async create(userId: number, input: CreateIssueDto): Promise<IssueDto> {
    const access = await this.access.project(userId, input.project_id);
    if (input.task_id !== undefined) await this.tasks.assertTaskInProject(input.task_id, input.project_id, 'task_id');
    const draft = Object.assign(new Issue(), {
      projectId: input.project_id,
      taskId: input.task_id ?? null,
      title: input.title,
      description: input.description,
      issueType: input.issue_type ?? IssueType.BUG,
      priority: input.priority ?? IssuePriority.MEDIUM,
      status: IssueStatus.OPEN,
      reporterId: userId,
      assigneeId: null,
      resolution: null,
      resolvedAt: null,
    });
    const issue = await this.repository.insert(draft, { actorId: userId });
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
    return toIssueJson(issue);
  }

  async get(userId: number, issueId: number): Promise<IssueDto> {
    await this.access.issue(userId, issueId);
    return toIssueJson(await this.repository.load(issueId));
  }

  async list(userId: number, projectId: string, query: ListIssuesQuery): Promise<Page<IssueDto>> {
    await this.access.project(userId, projectId);
    const builder = this.repository.withPeople().where('i.project_id = :projectId', { projectId });
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
    const issue = await this.applyTransition(userId, issueId, 'assign', { assigneeId });
    if (assigneeId !== userId) {
      await this.notifications.notify({
        userId: assigneeId,
        type: NotificationType.ISSUE_ASSIGNED,
        title: `Issue assigned: ${issue.title}`.slice(0, 200),
        message: `You were assigned "${issue.title}"`.slice(0, 1000),
        link: `/api/v1/issues/${issue.id}`,
      });
    }
    return toIssueJson(issue);
  }

  @Transactional()
  async resolve(userId: number, issueId: number, resolution: string): Promise<IssueDto> {
    await this.access.issue(userId, issueId);
    const issue = await this.applyTransition(userId, issueId, 'resolve', { resolution, resolvedAt: new Date() });
    if (issue.reporterId !== userId) {
      await this.notifications.notify({
        userId: issue.reporterId,
        type: NotificationType.ISSUE_RESOLVED,
        title: `Issue resolved: ${issue.title}`.slice(0, 200),
        message: resolution.slice(0, 1000),
        link: `/api/v1/issues/${issue.id}`,
      });
    }
    return toIssueJson(issue);
  }

  @Transactional()
  async close(userId: number, issueId: number): Promise<IssueDto> {
    await this.access.issue(userId, issueId);
    return toIssueJson(await this.applyTransition(userId, issueId, 'close', {}));
  }

  @Transactional()
  async reopen(userId: number, issueId: number): Promise<IssueDto> {
    await this.access.issue(userId, issueId);
    return toIssueJson(await this.applyTransition(userId, issueId, 'reopen', { resolution: null, resolvedAt: null }));
  }

  /** Locks the issue, checks the transition table and writes it (the write keeps the task's blocked state in step). */
  private async applyTransition(userId: number, issueId: number, action: IssueAction, changes: IssuePatch): Promise<Issue> {
    const locked = await this.repository.lock(issueId);
    const status = transition(action, locked.status);
    return this.repository.update(locked, { ...changes, status }, { actorId: userId });
  }
}
