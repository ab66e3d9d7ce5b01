import { strictFake, unitUnderTest } from '../../../test/support/unit';
import { AccessPolicy, ProjectAccess } from '../access';
import { ErrorCode, NotFoundError, ValidationFailedError } from '../../common/errors';
import { Task } from './entities/task.entity';
import { TaskEvents } from './task-events';
import { TaskViews } from './task-views';
import { toTaskJson } from './task.json';
import { autoAssignReason, TaskWorkflowService } from './task-workflow.service';
import { TaskStatus } from './task-enums';
import { ClaimRequest, TaskPatch, TasksRepository, TaskWriteContext } from './tasks.repository';

const ORG = 'org-1';
const OTHER_ORG = 'org-2';
const PROJECT = 'project-1';
const OTHER_PROJECT = 'project-2';
const ORG_OWNER = 1;
const PROJECT_OWNER = 2;
const DEV = 3;
const OTHER_DEV = 4;
const STRANGER = 9;

interface ProjectFact {
  organizationId: string;
  projectOwnerId: number;
  organizationOwnerId: number;
}

const PROJECTS: Record<string, ProjectFact> = {
  [PROJECT]: { organizationId: ORG, projectOwnerId: PROJECT_OWNER, organizationOwnerId: ORG_OWNER },
  [OTHER_PROJECT]: { organizationId: OTHER_ORG, projectOwnerId: STRANGER, organizationOwnerId: STRANGER },
};
const MEMBERS: Record<string, number[]> = { [ORG]: [ORG_OWNER, PROJECT_OWNER, DEV, OTHER_DEV], [OTHER_ORG]: [STRANGER] };

/** The access policy over a fixed world: which task is in which project, who belongs to which organization. */
class FakeAccess {
  readonly taskProjects = new Map<string, string>();

  async task(userId: number, taskId: string): Promise<ProjectAccess> {
    const projectId = this.taskProjects.get(taskId);
    const project = projectId === undefined ? undefined : PROJECTS[projectId];
    if (!projectId || !project || !MEMBERS[project.organizationId].includes(userId)) throw new NotFoundError('Task', taskId);
    return { userId, projectId, role: userId === ORG_OWNER ? 'owner' : 'developer', ...project };
  }

  async isMember(access: Pick<ProjectAccess, 'organizationId'>, userId: number): Promise<boolean> {
    return MEMBERS[access.organizationId].includes(userId);
  }
}

interface Write {
  ids: string[];
  patches: TaskPatch[];
  context: TaskWriteContext;
}

/** Tasks in memory, in board order; writes must touch locked rows only, and are recorded. */
class FakeTasksRepository {
  readonly rows = new Map<string, Task>();
  readonly locked = new Set<string>();
  readonly writes: Write[] = [];
  readonly claims: { projectId: string; exceptTaskId: string }[] = [];

  add(fields: Partial<Task> & { id: string }): Task {
    const task = Object.assign(new Task(), {
      projectId: PROJECT,
      storyId: null,
      title: `task ${fields.id}`,
      description: null,
      status: TaskStatus.TODO,
      assigneeId: null,
      progressPercentage: 0,
      openBlockerCount: 0,
      createdAt: new Date('2030-01-01T00:00:00.000Z'),
      updatedAt: new Date('2030-01-01T00:00:00.000Z'),
      ...fields,
    });
    this.rows.set(task.id, task);
    return task;
  }

  constructor(private readonly access: FakeAccess) {}

  /** The access check first: a task the caller may not see is a 404 and locks nothing. */
  async lockAccessible(userId: number, taskId: string): Promise<{ access: ProjectAccess; task: Task }> {
    const access = await this.access.task(userId, taskId);
    return { access, task: await this.lock(taskId) };
  }

  async lock(taskId: string): Promise<Task> {
    const task = this.rows.get(taskId);
    if (!task) throw new NotFoundError('Task', taskId);
    this.locked.add(taskId);
    return { ...task };
  }

  async lockMany(taskIds: readonly string[]): Promise<Task[]> {
    const found = [...taskIds].sort().filter((id) => this.rows.has(id));
    found.forEach((id) => this.locked.add(id));
    return found.map((id) => ({ ...this.rows.get(id)! }));
  }

  /** The write of the completed task, then the claim of the first claimable task in board order, written as a second write. */
  async updateAndClaimNext(
    locked: Task,
    patch: TaskPatch,
    context: TaskWriteContext,
    claim: ClaimRequest,
  ): Promise<{ saved: Task; claimed: Task | null }> {
    const [saved] = await this.updateMany([locked], () => patch, context);
    this.claims.push({ projectId: locked.projectId, exceptTaskId: locked.id });
    for (const task of this.rows.values()) {
      if (task.projectId === locked.projectId && task.status === TaskStatus.TODO && task.assigneeId === null && task.id !== locked.id) {
        this.locked.add(task.id);
        const [claimed] = await this.updateMany([task], () => ({ assigneeId: claim.assigneeId, status: TaskStatus.IN_PROGRESS }), claim.context);
        return { saved, claimed };
      }
    }
    return { saved, claimed: null };
  }

  async update(locked: Task, patch: TaskPatch, context: TaskWriteContext): Promise<Task> {
    const [saved] = await this.updateMany([locked], () => patch, context);
    return saved;
  }

  async updateMany(locked: readonly Task[], patchOf: (task: Task) => TaskPatch, context: TaskWriteContext): Promise<Task[]> {
    const patches = locked.map((task) => patchOf(task));
    locked.forEach((task) => {
      if (!this.locked.has(task.id)) throw new Error(`task ${task.id} written without being locked`);
    });
    this.writes.push({ ids: locked.map((t) => t.id), patches, context });
    return locked.map((task, i) => {
      const saved = Object.assign(new Task(), this.rows.get(task.id), patches[i]);
      this.rows.set(task.id, saved);
      return { ...saved };
    });
  }
}

class FakeTaskEvents {
  readonly assignments: { userId: number; taskIds: string[] }[] = [];

  async assigned(userId: number, ...tasks: Task[]): Promise<void> {
    this.assignments.push({ userId, taskIds: tasks.map((t) => t.id) });
  }
}

/** Task JSON without labels: the rules under test never touch them. */
class FakeTaskViews {
  async one(task: Task) {
    return toTaskJson(task, []);
  }

  async many(tasks: readonly Task[]) {
    return tasks.map((task) => toTaskJson(task, []));
  }
}

describe('TaskWorkflowService rules (strict fakes, no database)', () => {
  let access: FakeAccess;
  let tasks: FakeTasksRepository;
  let events: FakeTaskEvents;
  let workflow: TaskWorkflowService;

  beforeEach(async () => {
    access = new FakeAccess();
    tasks = new FakeTasksRepository(access);
    events = new FakeTaskEvents();
    workflow = await unitUnderTest(TaskWorkflowService, [
      { provide: AccessPolicy, useValue: strictFake('AccessPolicy', access) },
      { provide: TasksRepository, useValue: strictFake('TasksRepository', tasks) },
      { provide: TaskEvents, useValue: strictFake('TaskEvents', events) },
      { provide: TaskViews, useValue: strictFake('TaskViews', new FakeTaskViews()) },
    ]);
  });

  function given(fields: Partial<Task> & { id: string }): Task {
    access.taskProjects.set(fields.id, fields.projectId ?? PROJECT);
    return tasks.add(fields);
  }

  async function rejection(promise: Promise<unknown>): Promise<{ code: ErrorCode; errors?: unknown }> {
    const error: unknown = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!error) throw new Error('expected a rejection');
    return error as { code: ErrorCode; errors?: unknown };
  }

  describe('start', () => {
    it('assigns an unassigned To Do task to the caller and sets In Progress, as the caller', async () => {
      given({ id: 't1' });
      const result = await workflow.start(DEV, 't1');
      expect(result.task).toMatchObject({ id: 't1', status: TaskStatus.IN_PROGRESS, assignee_id: DEV });
      expect(tasks.writes).toEqual([
        { ids: ['t1'], patches: [{ assigneeId: DEV, status: TaskStatus.IN_PROGRESS }], context: { actorId: DEV } },
      ]);
    });

    it('starts a To Do task already assigned to the caller', async () => {
      given({ id: 't1', assigneeId: DEV });
      await expect(workflow.start(DEV, 't1')).resolves.toMatchObject({ task: { assignee_id: DEV } });
    });

    it('refuses a To Do task assigned to another member and writes nothing', async () => {
      given({ id: 't1', assigneeId: OTHER_DEV });
      expect((await rejection(workflow.start(DEV, 't1'))).code).toBe(ErrorCode.TASK_NOT_STARTABLE);
      expect(tasks.writes).toEqual([]);
    });

    it.each([TaskStatus.IN_PROGRESS, TaskStatus.DONE])('refuses a task that is %s, even the caller’s own', async (status) => {
      given({ id: 't1', status, assigneeId: DEV });
      expect((await rejection(workflow.start(DEV, 't1'))).code).toBe(ErrorCode.TASK_NOT_STARTABLE);
      expect(tasks.writes).toEqual([]);
    });

    it('answers not found for a task of another organization, before locking anything', async () => {
      given({ id: 't1', projectId: OTHER_PROJECT });
      expect((await rejection(workflow.start(DEV, 't1'))).code).toBe(ErrorCode.TASK_NOT_FOUND);
      expect(tasks.locked.size).toBe(0);
    });
  });

  describe('complete', () => {
    it('marks the task Done at 100 %, claims the next task for the caller with a reason, and notifies them', async () => {
      given({ id: 't1', status: TaskStatus.IN_PROGRESS, assigneeId: DEV, progressPercentage: 40 });
      given({ id: 't2', assigneeId: OTHER_DEV });
      given({ id: 't3' });
      const result = await workflow.complete(DEV, 't1');
      expect(result).toEqual({
        message: 'Task completed; next task "task t3" assigned to you',
        task: { id: 't1', title: 'task t1', status: TaskStatus.DONE, next_task: { id: 't3', title: 'task t3' } },
      });
      expect(tasks.claims).toEqual([{ projectId: PROJECT, exceptTaskId: 't1' }]);
      expect(tasks.writes).toEqual([
        {
          ids: ['t1'],
          patches: [{ status: TaskStatus.DONE, progressPercentage: 100, assigneeId: DEV }],
          context: { actorId: DEV },
        },
        {
          ids: ['t3'],
          patches: [{ assigneeId: DEV, status: TaskStatus.IN_PROGRESS }],
          context: { actorId: DEV, reason: autoAssignReason('t1') },
        },
      ]);
      expect(events.assignments).toEqual([{ userId: DEV, taskIds: ['t3'] }]);
    });

    it('assigns an unassigned task to the caller as it completes it', async () => {
      given({ id: 't1' });
      await workflow.complete(DEV, 't1');
      expect(tasks.writes[0].patches[0]).toMatchObject({ assigneeId: DEV });
    });

    it('reports no next task when nothing is claimable, and notifies nobody', async () => {
      given({ id: 't1', assigneeId: DEV });
      given({ id: 't2', status: TaskStatus.DONE });
      const result = await workflow.complete(DEV, 't1');
      expect(result).toMatchObject({ message: 'Task completed', task: { next_task: null } });
      expect(tasks.writes.map((w) => w.ids)).toEqual([['t1']]);
      expect(events.assignments).toEqual([]);
    });

    it('refuses a task that is already Done and neither writes nor claims', async () => {
      given({ id: 't1', status: TaskStatus.DONE, assigneeId: DEV });
      given({ id: 't2' });
      expect((await rejection(workflow.complete(DEV, 't1'))).code).toBe(ErrorCode.TASK_ALREADY_DONE);
      expect(tasks.writes).toEqual([]);
      expect(tasks.claims).toEqual([]);
    });

    it('refuses a member completing a task assigned to someone else', async () => {
      given({ id: 't1', status: TaskStatus.IN_PROGRESS, assigneeId: OTHER_DEV });
      expect((await rejection(workflow.complete(DEV, 't1'))).code).toBe(ErrorCode.TASK_NOT_ASSIGNED_TO_YOU);
      expect(tasks.writes).toEqual([]);
    });

    it.each([
      ['the project owner', PROJECT_OWNER],
      ['the organization owner', ORG_OWNER],
    ])('lets %s complete a task assigned to someone else, who stays its assignee', async (_, owner) => {
      given({ id: 't1', status: TaskStatus.IN_PROGRESS, assigneeId: OTHER_DEV });
      await workflow.complete(owner, 't1');
      expect(tasks.writes[0]).toMatchObject({ patches: [{ assigneeId: OTHER_DEV }], context: { actorId: owner } });
    });

    it('answers not found for a task of another organization', async () => {
      given({ id: 't1', projectId: OTHER_PROJECT });
      expect((await rejection(workflow.complete(DEV, 't1'))).code).toBe(ErrorCode.TASK_NOT_FOUND);
      expect(tasks.locked.size).toBe(0);
    });
  });

  describe('bulk-assign', () => {
    it('assigns every task in one write and notifies the assignee of the tasks that changed hands only', async () => {
      given({ id: 'b' });
      given({ id: 'a', assigneeId: OTHER_DEV });
      given({ id: 'c', assigneeId: DEV });
      const result = await workflow.bulkAssign(PROJECT_OWNER, { task_ids: ['b', 'a', 'c'], assigned_to: DEV });
      expect(result.message).toBe('3 tasks assigned');
      expect(result.tasks.map((t) => [t.id, t.assignee_id])).toEqual([
        ['b', DEV],
        ['a', DEV],
        ['c', DEV],
      ]);
      expect(tasks.writes).toEqual([
        { ids: ['a', 'b', 'c'], patches: Array(3).fill({ assigneeId: DEV }), context: { actorId: PROJECT_OWNER } },
      ]);
      expect(events.assignments).toEqual([{ userId: DEV, taskIds: ['a', 'b'] }]);
    });

    it('notifies nobody when the caller assigns to themselves', async () => {
      given({ id: 'a' });
      await workflow.bulkAssign(DEV, { task_ids: ['a'], assigned_to: DEV });
      expect(events.assignments).toEqual([]);
    });

    it('lists every invisible id by its index exactly like a missing one, and writes nothing', async () => {
      given({ id: 'a' });
      given({ id: 'theirs', projectId: OTHER_PROJECT });
      const error = await rejection(workflow.bulkAssign(DEV, { task_ids: ['missing', 'a', 'theirs'], assigned_to: DEV }));
      expect(error).toBeInstanceOf(ValidationFailedError);
      expect(error.errors).toEqual([
        { field: 'task_ids[0]', message: 'task missing was not found' },
        { field: 'task_ids[2]', message: 'task theirs was not found' },
      ]);
      expect(tasks.locked.size).toBe(0);
      expect(tasks.writes).toEqual([]);
    });

    it('refuses an assignee who is not a member, naming the project, together with the missing ids', async () => {
      given({ id: 'a' });
      const error = await rejection(workflow.bulkAssign(DEV, { task_ids: ['a', 'gone'], assigned_to: STRANGER }));
      expect(error.errors).toEqual([
        { field: 'task_ids[1]', message: 'task gone was not found' },
        { field: 'assigned_to', message: `user ${STRANGER} is not a member of project ${PROJECT}` },
      ]);
      expect(tasks.writes).toEqual([]);
    });

    it('lists a task deleted between the access check and the lock, and writes nothing', async () => {
      given({ id: 'a' });
      access.taskProjects.set('deleted', PROJECT);
      const error = await rejection(workflow.bulkAssign(DEV, { task_ids: ['a', 'deleted'], assigned_to: DEV }));
      expect(error.errors).toEqual([{ field: 'task_ids[1]', message: 'task deleted was not found' }]);
      expect(tasks.writes).toEqual([]);
      expect(events.assignments).toEqual([]);
    });
  });

  it('fails loudly when the service calls something its fakes do not provide', async () => {
    const bare = await unitUnderTest(TaskWorkflowService, [
      { provide: AccessPolicy, useValue: strictFake('AccessPolicy', {}) },
      { provide: TasksRepository, useValue: strictFake('TasksRepository', {}) },
      { provide: TaskEvents, useValue: strictFake('TaskEvents', {}) },
      { provide: TaskViews, useValue: strictFake('TaskViews', {}) },
    ]);
    await expect(bare.start(DEV, 't1')).rejects.toThrow('unexpected call: TasksRepository.lockAccessible');
  });
});
