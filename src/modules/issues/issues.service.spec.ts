import { strictFake, unitUnderTest } from '../../../test/support/unit';
import { AccessPolicy, ProjectAccess } from '../access';
import { ChangeContext } from '../../common/changes';
import { ErrorCode, NotFoundError, ValidationFailedError } from '../../common/errors';
import { Paginator } from '../../common/pagination';
import { NotificationsService, NotificationType } from '../notifications';
import { TasksService } from '../tasks';
import { Issue } from './entities/issue.entity';
import { IssuePriority, IssueStatus, IssueType } from './issue-enums';
import { IssuePatch, IssuesRepository } from './issues.repository';
import { IssuesService } from './issues.service';

const PROJECT = 'project-1';
const OWNER = 1;
const REPORTER = 2;
const DEV = 3;
const OUTSIDER = 9;

/** Members of the one project; everyone else gets a 404 for every issue. */
class FakeAccess {
  readonly members = new Set([OWNER, REPORTER, DEV]);

  async issue(userId: number, issueId: number): Promise<ProjectAccess> {
    if (!this.members.has(userId)) throw new NotFoundError('Issue', issueId);
    return { userId, projectId: PROJECT, organizationId: 'org-1', projectOwnerId: OWNER, organizationOwnerId: OWNER, role: 'developer' };
  }

  async requireMember(access: Pick<ProjectAccess, 'projectId'>, userId: number, field: string): Promise<void> {
    if (!this.members.has(userId)) {
      throw new ValidationFailedError([{ field, message: `user ${userId} is not a member of project ${access.projectId}` }]);
    }
  }
}

/** Issues in memory; writes must touch locked rows only, and are recorded. */
class FakeIssuesRepository {
  readonly rows = new Map<number, Issue>();
  readonly locked = new Set<number>();
  readonly writes: { id: number; patch: IssuePatch; context: ChangeContext }[] = [];

  add(fields: Partial<Issue> & { id: number }): void {
    this.rows.set(
      fields.id,
      Object.assign(new Issue(), {
        projectId: PROJECT,
        taskId: null,
        title: `issue ${fields.id}`,
        description: 'd',
        issueType: IssueType.BUG,
        priority: IssuePriority.MEDIUM,
        status: IssueStatus.OPEN,
        reporterId: REPORTER,
        assigneeId: null,
        resolution: null,
        resolvedAt: null,
        createdAt: new Date('2030-01-01T00:00:00.000Z'),
        updatedAt: new Date('2030-01-01T00:00:00.000Z'),
        ...fields,
      }),
    );
  }

  async lock(issueId: number): Promise<Issue> {
    const issue = this.rows.get(issueId);
    if (!issue) throw new NotFoundError('Issue', issueId);
    this.locked.add(issueId);
    return Object.assign(new Issue(), issue);
  }

  async update(locked: Issue, patch: IssuePatch, context: ChangeContext): Promise<Issue> {
    if (!this.locked.has(locked.id)) throw new Error(`issue ${locked.id} written without being locked`);
    this.writes.push({ id: locked.id, patch, context });
    const saved = Object.assign(new Issue(), this.rows.get(locked.id), patch);
    this.rows.set(locked.id, saved);
    const person = (id: number | null) => (id === null ? null : { id, username: `user${id}` });
    return Object.assign(new Issue(), saved, { reporter: person(saved.reporterId), assignee: person(saved.assigneeId) });
  }
}

class FakeNotifications {
  readonly sent: { userId: number; type: NotificationType }[] = [];

  async notify(input: { userId: number; type: NotificationType }): Promise<void> {
    this.sent.push({ userId: input.userId, type: input.type });
  }
}

type Action = 'assign' | 'resolve' | 'close' | 'reopen';
const STATUSES = Object.values(IssueStatus);

/** The transition table as the contract states it: action -> from -> to. */
const ALLOWED: Record<Action, Partial<Record<IssueStatus, IssueStatus>>> = {
  assign: { open: IssueStatus.IN_PROGRESS, in_progress: IssueStatus.IN_PROGRESS },
  resolve: { open: IssueStatus.RESOLVED, in_progress: IssueStatus.RESOLVED },
  close: { resolved: IssueStatus.CLOSED },
  reopen: { resolved: IssueStatus.OPEN, closed: IssueStatus.OPEN },
};
const CASES = (Object.keys(ALLOWED) as Action[]).flatMap((action) => STATUSES.map((from) => [action, from] as const));

describe('IssuesService transitions (strict fakes, no database)', () => {
  let access: FakeAccess;
  let issues: FakeIssuesRepository;
  let notifications: FakeNotifications;
  let service: IssuesService;

  beforeEach(async () => {
    access = new FakeAccess();
    issues = new FakeIssuesRepository();
    notifications = new FakeNotifications();
    service = await unitUnderTest(IssuesService, [
      { provide: AccessPolicy, useValue: strictFake('AccessPolicy', access) },
      { provide: Paginator, useValue: strictFake('Paginator', {}) },
      { provide: TasksService, useValue: strictFake('TasksService', {}) },
      { provide: NotificationsService, useValue: strictFake('NotificationsService', notifications) },
      { provide: IssuesRepository, useValue: strictFake('IssuesRepository', issues) },
    ]);
  });

  const run = (action: Action, userId: number, issueId: number) => {
    switch (action) {
      case 'assign':
        return service.assign(userId, issueId, DEV);
      case 'resolve':
        return service.resolve(userId, issueId, 'fixed');
      case 'close':
        return service.close(userId, issueId);
      case 'reopen':
        return service.reopen(userId, issueId);
    }
  };

  it.each(CASES)('%s from %s follows the table, or is a 409 that writes and notifies nothing', async (action, from) => {
    issues.add({ id: 1, status: from, resolution: from === IssueStatus.RESOLVED || from === IssueStatus.CLOSED ? 'old' : null });
    const to = ALLOWED[action][from];
    if (to === undefined) {
      const error = (await run(action, OWNER, 1).then(
        () => undefined,
        (e: unknown) => e,
      )) as { code: ErrorCode; extensions: unknown } | undefined;
      expect(error?.code).toBe(ErrorCode.INVALID_ISSUE_TRANSITION);
      expect(error?.extensions).toEqual({ action, from, to: expect.any(String) });
      expect(issues.writes).toEqual([]);
      expect(notifications.sent).toEqual([]);
      return;
    }
    const json = await run(action, OWNER, 1);
    expect(json.status).toBe(to);
    expect(issues.writes).toHaveLength(1);
    expect(issues.writes[0]).toMatchObject({ id: 1, patch: { status: to }, context: { actorId: OWNER } });
  });

  it('assign sets the assignee and notifies them unless they assigned themselves', async () => {
    issues.add({ id: 1 });
    issues.add({ id: 2 });
    await service.assign(OWNER, 1, DEV);
    expect(issues.writes[0].patch).toEqual({ assigneeId: DEV, status: IssueStatus.IN_PROGRESS });
    expect(notifications.sent).toEqual([{ userId: DEV, type: NotificationType.ISSUE_ASSIGNED }]);
    await service.assign(DEV, 2, DEV);
    expect(notifications.sent).toHaveLength(1);
  });

  it('assign to a non-member is a 422 before anything is locked', async () => {
    issues.add({ id: 1 });
    await expect(service.assign(OWNER, 1, OUTSIDER)).rejects.toBeInstanceOf(ValidationFailedError);
    expect(issues.locked.size).toBe(0);
  });

  it('resolve records the resolution and its time, and notifies the reporter unless they resolved it', async () => {
    issues.add({ id: 1 });
    issues.add({ id: 2 });
    await service.resolve(DEV, 1, 'fixed');
    expect(issues.writes[0].patch).toEqual({ resolution: 'fixed', resolvedAt: expect.any(Date), status: IssueStatus.RESOLVED });
    expect(notifications.sent).toEqual([{ userId: REPORTER, type: NotificationType.ISSUE_RESOLVED }]);
    await service.resolve(REPORTER, 2, 'fixed');
    expect(notifications.sent).toHaveLength(1);
  });

  it('reopen clears the resolution; close keeps it and notifies nobody', async () => {
    issues.add({ id: 1, status: IssueStatus.RESOLVED, resolution: 'fixed', resolvedAt: new Date() });
    await service.close(OWNER, 1);
    expect(issues.writes[0].patch).toEqual({ status: IssueStatus.CLOSED });
    await service.reopen(OWNER, 1);
    expect(issues.writes[1].patch).toEqual({ resolution: null, resolvedAt: null, status: IssueStatus.OPEN });
    expect(notifications.sent).toEqual([]);
  });

  it.each(['assign', 'resolve', 'close', 'reopen'] as const)('%s by a non-member is a 404 before anything is locked', async (action) => {
    issues.add({ id: 1 });
    await expect(run(action, OUTSIDER, 1)).rejects.toBeInstanceOf(NotFoundError);
    expect(issues.locked.size).toBe(0);
  });
});
