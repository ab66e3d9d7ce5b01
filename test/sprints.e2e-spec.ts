import { DataSource } from 'typeorm';
import { SprintClock } from '../src/modules/sprints';
import { expectProblem } from './support/problem';
import { closeAll, ClientSocket, connect, emitAck, nextEvent } from './support/sockets';
import { createSprint } from './support/sprints';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

interface SprintBody {
  id: string;
  project_id: string;
  name: string;
  goal: string | null;
  status: string;
  start_date: string;
  end_date: string;
  started_at: string | null;
  completed_at: string | null;
  committed_points: number | null;
  completed_points: number | null;
}

interface TaskBody {
  id: string;
  sprint_id: string | null;
  story_points: number | null;
  status: string;
  progress_percentage: number;
  assignee_id: number | null;
}

describe('sprints', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let dev: TestUser;
  let dev2: TestUser;
  let manager: TestUser;
  let outsider: TestUser;
  let clock: SprintClock;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    clock = t.app.get(SprintClock);
    owner = await createUser(t);
    dev = await createUser(t, { organizationId: owner.organizationId, username: `dev_${Date.now()}` });
    dev2 = await createUser(t, { organizationId: owner.organizationId });
    manager = await createUser(t, { organizationId: owner.organizationId, role: 'manager' });
    outsider = await createUser(t);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => t.close());

  /** Freezes the sprint clock (history stamps and "today") at an instant. */
  const at = (iso: string) => jest.spyOn(clock, 'now').mockReturnValue(new Date(iso));

  const post = (user: TestUser, path: string, body: object = {}) => t.http.post(`/api/v1${path}`).set('Authorization', user.auth).send(body);
  const patch = (user: TestUser, path: string, body: object) => t.http.patch(`/api/v1${path}`).set('Authorization', user.auth).send(body);
  const get = (user: TestUser, path: string) => t.http.get(`/api/v1${path}`).set('Authorization', user.auth);
  const del = (user: TestUser, path: string) => t.http.delete(`/api/v1${path}`).set('Authorization', user.auth);

  const newSprint = async (projectId: string, body: object = {}, user = dev): Promise<SprintBody> =>
    (await post(user, `/projects/${projectId}/sprints`, { name: 'Sprint', start_date: '2026-03-02', end_date: '2026-03-13', ...body }).expect(201))
      .body as SprintBody;
  const newTask = async (projectId: string, body: object = {}, user = dev): Promise<TaskBody> =>
    (await post(user, `/projects/${projectId}/tasks`, { title: 'task', ...body }).expect(201)).body as TaskBody;
  const taskRow = async (id: string) =>
    (await db.query('SELECT sprint_id, story_points, status, progress_percentage, assignee_id FROM tasks WHERE id = $1', [id]))[0];
  const historyOf = async (sprintId: string) =>
    db.query<{ task_id: string; scope_delta: number; done_delta: number }[]>(
      `SELECT task_id, scope_delta, done_delta FROM sprint_scope_changes WHERE sprint_id = $1 ORDER BY at, id`,
      [sprintId],
    );
  const historySums = async (sprintId: string) =>
    (await db.query(
      `SELECT coalesce(sum(scope_delta), 0)::int AS scope, coalesce(sum(done_delta), 0)::int AS done FROM sprint_scope_changes WHERE sprint_id = $1`,
      [sprintId],
    ))[0] as { scope: number; done: number };

  describe('create, read, edit', () => {
    it('creates a sprint with the contract shape; any member may, an outsider gets 404', async () => {
      const projectId = await createProject(t, owner);
      const res = await post(dev, `/projects/${projectId}/sprints`, {
        name: ' Sprint 1 ',
        goal: 'Ship search',
        start_date: '2026-03-02',
        end_date: '2026-03-13',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        project_id: projectId,
        name: 'Sprint 1',
        goal: 'Ship search',
        status: 'planned',
        start_date: '2026-03-02',
        end_date: '2026-03-13',
        started_at: null,
        completed_at: null,
        committed_points: null,
        completed_points: null,
        created_at: expect.stringMatching(/Z$/),
        updated_at: expect.stringMatching(/Z$/),
      });
      expect((await get(dev2, `/sprints/${res.body.id}`).expect(200)).body).toEqual(res.body);
      expectProblem(await get(outsider, `/sprints/${res.body.id}`), 404, 'SPRINT_NOT_FOUND');
      expectProblem(await post(outsider, `/projects/${projectId}/sprints`, { name: 'x', start_date: '2026-03-02', end_date: '2026-03-03' }), 404, 'PROJECT_NOT_FOUND');
      expectProblem(await get(dev, '/sprints/not-a-uuid'), 422, 'VALIDATION_FAILED');
      expectProblem(await get(dev, '/sprints/6f0c0e3a-1111-4222-8333-444455556666'), 404, 'SPRINT_NOT_FOUND');
    });

    it('validates dates (end ≥ start, real calendar dates, at most 366 days) and fields: 422 and nothing stored', async () => {
      const projectId = await createProject(t, owner);
      const bad = [
        { name: 'x', start_date: '2026-03-10', end_date: '2026-03-09' },
        { name: 'x', start_date: '2026-02-30', end_date: '2026-03-09' },
        { name: 'x', start_date: '2026-03-01T00:00:00Z', end_date: '2026-03-09' },
        { name: 'x', start_date: '2026-03-01', end_date: '2027-03-02' },
        { name: '  ', start_date: '2026-03-01', end_date: '2026-03-09' },
        { name: 'x', start_date: '2026-03-01' },
        { name: 'x', start_date: '2026-03-01', end_date: '2026-03-09', status: 'active' },
      ];
      for (const body of bad) {
        const res = await post(dev, `/projects/${projectId}/sprints`, body);
        expectProblem(res, 422, 'VALIDATION_FAILED');
      }
      const reversed = await post(dev, `/projects/${projectId}/sprints`, bad[0]);
      expect(reversed.body.errors).toEqual([{ field: 'end_date', message: expect.stringContaining('start_date') }]);
      expect((await db.query('SELECT count(*)::int AS n FROM sprints WHERE project_id = $1', [projectId]))[0].n).toBe(0);
      // A one-day sprint is fine.
      await post(dev, `/projects/${projectId}/sprints`, { name: 'x', start_date: '2026-03-09', end_date: '2026-03-09' }).expect(201);
    });

    it('PATCH edits name, goal and dates (end ≥ start against the stored dates); a completed sprint no longer changes', async () => {
      const projectId = await createProject(t, owner);
      const sprint = await newSprint(projectId);
      const res = await patch(dev2, `/sprints/${sprint.id}`, { name: 'Renamed', goal: null, end_date: '2026-03-20' }).expect(200);
      expect(res.body).toMatchObject({ name: 'Renamed', goal: null, start_date: '2026-03-02', end_date: '2026-03-20' });
      const early = await patch(dev2, `/sprints/${sprint.id}`, { end_date: '2026-03-01' });
      expectProblem(early, 422, 'VALIDATION_FAILED');
      expect(early.body.errors[0].field).toBe('end_date');
      expectProblem(await patch(dev2, `/sprints/${sprint.id}`, { start_date: '2026-03-21' }), 422, 'VALIDATION_FAILED');
      expect((await get(dev, `/sprints/${sprint.id}`)).body.end_date).toBe('2026-03-20');
      const done = await createSprint(t, projectId, { status: 'completed' });
      expectProblem(await patch(dev, `/sprints/${done}`, { name: 'late' }), 409, 'SPRINT_COMPLETED');
    });

    it('lists newest first, pages by cursor, filters status', async () => {
      const projectId = await createProject(t, owner);
      const a = await newSprint(projectId, { name: 'a' });
      const b = await newSprint(projectId, { name: 'b' });
      const c = await newSprint(projectId, { name: 'c' });
      await post(owner, `/sprints/${b.id}/start`).expect(200);
      const first = await get(dev, `/projects/${projectId}/sprints?limit=2`).expect(200);
      expect(first.body).toMatchObject({ total: 3, limit: 2 });
      expect(first.body.items.map((s: SprintBody) => s.name)).toEqual(['c', 'b']);
      const next = await get(dev, `/projects/${projectId}/sprints?limit=2&cursor=${encodeURIComponent(first.body.next_cursor)}`).expect(200);
      expect(next.body.items.map((s: SprintBody) => s.id)).toEqual([a.id]);
      expect((await get(dev, `/projects/${projectId}/sprints?status=active`)).body.items.map((s: SprintBody) => s.id)).toEqual([b.id]);
      expect((await get(dev, `/projects/${projectId}/sprints?status=planned`)).body.items.map((s: SprintBody) => s.id)).toEqual([c.id, a.id]);
      expectProblem(await get(dev, `/projects/${projectId}/sprints?status=open`), 422, 'VALIDATION_FAILED');
      expectProblem(await get(outsider, `/projects/${projectId}/sprints`), 404, 'PROJECT_NOT_FOUND');
    });
  });

  describe('roles', () => {
    it('start, complete and delete take the project owner or an organization owner or manager; other members get 403', async () => {
      const projectId = await createProject(t, dev2); // a developer who owns this project
      const [a, b, c] = [await newSprint(projectId), await newSprint(projectId), await newSprint(projectId)];
      expectProblem(await post(dev, `/sprints/${a.id}/start`), 403, 'FORBIDDEN');
      expectProblem(await del(dev, `/sprints/${a.id}`), 403, 'FORBIDDEN');
      expect((await get(dev, `/sprints/${a.id}`)).body.status).toBe('planned');
      await post(dev2, `/sprints/${a.id}/start`).expect(200);
      expectProblem(await post(dev, `/sprints/${a.id}/complete`), 403, 'FORBIDDEN');
      await post(manager, `/sprints/${a.id}/complete`).expect(200);
      await post(owner, `/sprints/${b.id}/start`).expect(200);
      await post(dev2, `/sprints/${b.id}/complete`).expect(200);
      await del(manager, `/sprints/${c.id}`).expect(204);
      // Members plan and move tasks.
      const d = await newSprint(projectId, {}, dev);
      const task = await newTask(projectId, { story_points: 3 });
      await post(dev, `/sprints/${d.id}/tasks`, { task_ids: [task.id] }).expect(200);
      await post(dev, `/sprints/${d.id}/plan`, { capacity_points: 5 }).expect(200);
      await del(dev, `/sprints/${d.id}/tasks/${task.id}`).expect(204);
      expectProblem(await post(outsider, `/sprints/${d.id}/start`), 404, 'SPRINT_NOT_FOUND');
    });
  });

  describe('lifecycle', () => {
    it('start sets committed_points to the points in the sprint; illegal transitions are 409', async () => {
      const projectId = await createProject(t, owner);
      const sprint = await newSprint(projectId);
      await newTask(projectId, { sprint_id: sprint.id, story_points: 5 });
      await newTask(projectId, { sprint_id: sprint.id, story_points: 8 });
      await newTask(projectId, { sprint_id: sprint.id });
      await newTask(projectId, { story_points: 13 });
      expectProblem(await post(owner, `/sprints/${sprint.id}/complete`), 409, 'INVALID_SPRINT_TRANSITION');
      const started = await post(owner, `/sprints/${sprint.id}/start`).expect(200);
      expect(started.body).toMatchObject({ status: 'active', committed_points: 13, started_at: expect.stringMatching(/Z$/) });
      expectProblem(await post(owner, `/sprints/${sprint.id}/start`), 409, 'INVALID_SPRINT_TRANSITION');
      expectProblem(await del(owner, `/sprints/${sprint.id}`), 409, 'INVALID_SPRINT_TRANSITION');
      const completed = await post(owner, `/sprints/${sprint.id}/complete`).expect(200);
      expect(completed.body.sprint).toMatchObject({ status: 'completed', completed_points: 0, committed_points: 13 });
      expectProblem(await post(owner, `/sprints/${sprint.id}/complete`), 409, 'INVALID_SPRINT_TRANSITION');
      expectProblem(await post(owner, `/sprints/${sprint.id}/start`), 409, 'INVALID_SPRINT_TRANSITION');
    });

    it('two concurrent starts of two sprints of one project: one 200, one 409 SPRINT_ALREADY_ACTIVE, one active sprint', async () => {
      for (let round = 0; round < 6; round++) {
        const projectId = await createProject(t, owner);
        const [a, b] = [await newSprint(projectId), await newSprint(projectId)];
        const results = await Promise.all([post(owner, `/sprints/${a.id}/start`), post(manager, `/sprints/${b.id}/start`)]);
        expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
        expectProblem(results.find((r) => r.status === 409)!, 409, 'SPRINT_ALREADY_ACTIVE');
        const rows = await db.query(`SELECT id, status FROM sprints WHERE project_id = $1 AND status = 'active'`, [projectId]);
        expect(rows).toEqual([{ id: results.find((r) => r.status === 200)!.body.id, status: 'active' }]);
      }
    });

    it('DELETE only while planned: its tasks go back to the backlog, recorded as sprint moves', async () => {
      const projectId = await createProject(t, owner);
      const sprint = await newSprint(projectId);
      const task = await newTask(projectId, { sprint_id: sprint.id, story_points: 2 });
      await del(owner, `/sprints/${sprint.id}`).expect(204);
      expect(await taskRow(task.id)).toMatchObject({ sprint_id: null, story_points: 2 });
      expectProblem(await get(owner, `/sprints/${sprint.id}`), 404, 'SPRINT_NOT_FOUND');
      const moves = await db.query(
        `SELECT actor_id, action, old_value, new_value, reason FROM activities WHERE task_id = $1 AND field = 'sprint_id' ORDER BY id`,
        [task.id],
      );
      expect(moves).toEqual([
        { actor_id: owner.id, action: 'sprint_moved', old_value: sprint.id, new_value: null, reason: `sprint ${sprint.id} was deleted` },
      ]);
      expect(await historyOf(sprint.id)).toEqual([]);
    });
  });

  describe('tasks in sprints', () => {
    it('task JSON carries sprint_id and story_points; create and PATCH accept both; the list filters sprint_id and none', async () => {
      const projectId = await createProject(t, owner);
      const sprint = await newSprint(projectId);
      const inSprint = await newTask(projectId, { sprint_id: sprint.id.toUpperCase(), story_points: 5 });
      expect(inSprint).toMatchObject({ sprint_id: sprint.id, story_points: 5 });
      const backlog = await newTask(projectId, { story_points: 0 });
      expect(backlog).toMatchObject({ sprint_id: null, story_points: 0 });
      const moved = await patch(dev, `/projects/tasks/${backlog.id}`, { sprint_id: sprint.id, story_points: 8 }).expect(200);
      expect(moved.body.task).toMatchObject({ sprint_id: sprint.id, story_points: 8 });
      const cleared = await patch(dev, `/projects/tasks/${inSprint.id}`, { sprint_id: null, story_points: null }).expect(200);
      expect(cleared.body.task).toMatchObject({ sprint_id: null, story_points: null });
      const list = (q: string) => get(dev, `/projects/${projectId}/tasks${q}`).expect(200);
      expect((await list(`?sprint_id=${sprint.id}`)).body.items.map((x: TaskBody) => x.id)).toEqual([backlog.id]);
      expect((await list('?sprint_id=none')).body.items.map((x: TaskBody) => x.id)).toEqual([inSprint.id]);
      expectProblem(await get(dev, `/projects/${projectId}/tasks?sprint_id=backlog`), 422, 'VALIDATION_FAILED');
      const activity = await db.query(
        `SELECT action, field, old_value, new_value FROM activities WHERE task_id = $1 AND field IN ('sprint_id', 'story_points') ORDER BY id`,
        [backlog.id],
      );
      expect(activity).toEqual([
        { action: 'sprint_moved', field: 'sprint_id', old_value: null, new_value: sprint.id },
        { action: 'updated', field: 'story_points', old_value: '0', new_value: '8' },
      ]);
    });

    it('a sprint of another project, a completed sprint, an unknown sprint, a Done task or bad points: 422 and nothing changes', async () => {
      const projectId = await createProject(t, owner);
      const otherProject = await createProject(t, owner, 'other');
      const foreign = await newSprint(otherProject);
      const completed = await createSprint(t, projectId, { status: 'completed' });
      const task = await newTask(projectId, { story_points: 3 });
      for (const sprintId of [foreign.id, completed, '6f0c0e3a-1111-4222-8333-444455556666']) {
        const res = await patch(dev, `/projects/tasks/${task.id}`, { sprint_id: sprintId, title: 'changed' });
        expectProblem(res, 422, 'VALIDATION_FAILED');
        expect(res.body.errors).toEqual([{ field: 'sprint_id', message: expect.any(String) }]);
        expectProblem(await post(dev, `/projects/${projectId}/tasks`, { title: 'new', sprint_id: sprintId }), 422, 'VALIDATION_FAILED');
      }
      const open = await newSprint(projectId);
      const done = await newTask(projectId, { story_points: 1 });
      await patch(dev, `/projects/tasks/${done.id}`, { status: 'Done' }).expect(200);
      expectProblem(await patch(dev, `/projects/tasks/${done.id}`, { sprint_id: open.id }), 422, 'VALIDATION_FAILED');
      for (const points of [101, -1, 2.5, '3']) {
        expectProblem(await patch(dev, `/projects/tasks/${task.id}`, { story_points: points }), 422, 'VALIDATION_FAILED');
      }
      expect(await taskRow(task.id)).toMatchObject({ sprint_id: null, story_points: 3 });
      expect((await db.query(`SELECT title FROM tasks WHERE id = $1`, [task.id]))[0].title).toBe('task');
      expect((await db.query(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1`, [projectId]))[0].n).toBe(2);
      expect(await historyOf(open.id)).toEqual([]);
    });

    it('adding tasks is all or nothing: the 422 lists each bad id; a completed sprint is a 409', async () => {
      const projectId = await createProject(t, owner);
      const sprint = await newSprint(projectId);
      const good = await newTask(projectId, { story_points: 3 });
      const done = await newTask(projectId, { story_points: 2 });
      await post(dev, `/projects/tasks/${done.id}/complete`).expect(200);
      const foreignTask = await newTask(await createProject(t, outsider), {}, outsider);
      const unknown = '6f0c0e3a-1111-4222-8333-444455556666';
      const res = await post(dev, `/sprints/${sprint.id}/tasks`, { task_ids: [good.id, done.id, foreignTask.id, unknown] });
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([
        { field: 'task_ids[1]', message: `task ${done.id} is Done` },
        { field: 'task_ids[2]', message: `task ${foreignTask.id} was not found in the sprint's project` },
        { field: 'task_ids[3]', message: `task ${unknown} was not found in the sprint's project` },
      ]);
      expect((await taskRow(good.id)).sprint_id).toBeNull();
      const ok = await post(dev, `/sprints/${sprint.id}/tasks`, { task_ids: [good.id] }).expect(200);
      expect(ok.body).toEqual({ sprint: expect.objectContaining({ id: sprint.id, status: 'planned' }), task_ids: [good.id] });
      expect((await taskRow(good.id)).sprint_id).toBe(sprint.id);
      // Adding again changes nothing and records nothing.
      await post(dev, `/sprints/${sprint.id}/tasks`, { task_ids: [good.id] }).expect(200);
      expect(await historyOf(sprint.id)).toEqual([{ task_id: good.id, scope_delta: 3, done_delta: 0 }]);
      expectProblem(await post(dev, `/sprints/${sprint.id}/tasks`, { task_ids: [] }), 422, 'VALIDATION_FAILED');
      expectProblem(await post(dev, `/sprints/${sprint.id}/tasks`, { task_ids: ['nope'] }), 422, 'VALIDATION_FAILED');
      const completed = await createSprint(t, projectId, { status: 'completed' });
      expectProblem(await post(dev, `/sprints/${completed}/tasks`, { task_ids: [good.id] }), 409, 'SPRINT_COMPLETED');
      expect((await taskRow(good.id)).sprint_id).toBe(sprint.id);
    });

    it('removing a task sends it to the backlog; a task that is not in the sprint is a 404', async () => {
      const projectId = await createProject(t, owner);
      const sprint = await newSprint(projectId);
      const other = await newSprint(projectId);
      const task = await newTask(projectId, { sprint_id: sprint.id, story_points: 4 });
      expectProblem(await del(dev, `/sprints/${other.id}/tasks/${task.id}`), 404, 'TASK_NOT_FOUND');
      await del(dev, `/sprints/${sprint.id}/tasks/${task.id}`).expect(204);
      expect((await taskRow(task.id)).sprint_id).toBeNull();
      expectProblem(await del(dev, `/sprints/${sprint.id}/tasks/${task.id}`), 404, 'TASK_NOT_FOUND');
      expect(await historyOf(sprint.id)).toEqual([
        { task_id: task.id, scope_delta: 4, done_delta: 0 },
        { task_id: task.id, scope_delta: -4, done_delta: 0 },
      ]);
    });
  });

  describe('completion and carry-over', () => {
    it('carries unfinished tasks to the backlog by default, or to a planned sprint of the same project', async () => {
      const projectId = await createProject(t, owner);
      const sprint = await newSprint(projectId);
      const next = await newSprint(projectId, { name: 'next' });
      const done = await newTask(projectId, { sprint_id: sprint.id, story_points: 5 });
      const open = await newTask(projectId, { sprint_id: sprint.id, story_points: 3 });
      const unestimated = await newTask(projectId, { sprint_id: sprint.id });
      await post(owner, `/sprints/${sprint.id}/start`).expect(200);
      await patch(dev, `/projects/tasks/${done.id}`, { status: 'Done' }).expect(200);
      const foreign = await newSprint(await createProject(t, owner));
      for (const target of [sprint.id, foreign.id, 'elsewhere', next.id.slice(0, 35)]) {
        expectProblem(await post(owner, `/sprints/${sprint.id}/complete`, { carry_over_to: target }), 422, 'VALIDATION_FAILED');
      }
      const res = await post(owner, `/sprints/${sprint.id}/complete`, { carry_over_to: next.id }).expect(200);
      expect(res.body.sprint).toMatchObject({ status: 'completed', committed_points: 8, completed_points: 5, completed_at: expect.stringMatching(/Z$/) });
      expect([...res.body.carried_over].sort()).toEqual([open.id, unestimated.id].sort());
      expect(await taskRow(open.id)).toMatchObject({ sprint_id: next.id });
      expect(await taskRow(done.id)).toMatchObject({ sprint_id: sprint.id, status: 'Done' });
      // The completed sprint keeps the work that was left; the target records it as added scope.
      expect(await historySums(sprint.id)).toEqual({ scope: 8, done: 5 });
      expect(await historySums(next.id)).toEqual({ scope: 3, done: 0 });
      const reason = await db.query(`SELECT reason FROM activities WHERE task_id = $1 AND field = 'sprint_id' ORDER BY id DESC LIMIT 1`, [open.id]);
      expect(reason[0].reason).toBe(`carried over from sprint ${sprint.id}`);
      // Backlog by default (or when null).
      await post(owner, `/sprints/${next.id}/start`).expect(200);
      const second = await post(owner, `/sprints/${next.id}/complete`, { carry_over_to: null }).expect(200);
      expect([...second.body.carried_over].sort()).toEqual([open.id, unestimated.id].sort());
      expect((await taskRow(open.id)).sprint_id).toBeNull();
    });

    it('completion with carry-over while a member completes a task of the sprint: nothing lost, the numbers agree', async () => {
      for (let round = 0; round < 8; round++) {
        const projectId = await createProject(t, owner);
        const sprint = await newSprint(projectId);
        const target = await newSprint(projectId, { name: 'next' });
        const tasks: TaskBody[] = [];
        for (let points = 1; points <= 5; points++) tasks.push(await newTask(projectId, { sprint_id: sprint.id, story_points: points }));
        await post(owner, `/sprints/${sprint.id}/start`).expect(200);
        for (const task of tasks) await post(dev, `/projects/tasks/${task.id}/start`).expect(200);
        const racing = tasks[round % tasks.length];
        const [completion, taskDone] = await Promise.all([
          post(owner, `/sprints/${sprint.id}/complete`, { carry_over_to: target.id }),
          post(dev, `/projects/tasks/${racing.id}/complete`),
        ]);
        expect([completion.status, taskDone.status]).toEqual([200, 200]);
        const rows: { id: string; sprint_id: string; status: string; story_points: number }[] = await db.query(
          'SELECT id, sprint_id, status, story_points FROM tasks WHERE id = ANY($1)',
          [tasks.map((x) => x.id)],
        );
        expect(rows).toHaveLength(5);
        const inSprint = rows.filter((r) => r.sprint_id === sprint.id);
        const carried = rows.filter((r) => r.sprint_id === target.id);
        expect(inSprint.length + carried.length).toBe(5);
        expect(inSprint.every((r) => r.status === 'Done')).toBe(true);
        expect([...completion.body.carried_over].sort()).toEqual(carried.map((r) => r.id).sort());
        const donePoints = inSprint.reduce((sum, r) => sum + r.story_points, 0);
        expect(completion.body.sprint.completed_points).toBe(donePoints);
        expect((await get(dev, `/sprints/${sprint.id}`)).body.completed_points).toBe(donePoints);
        expect(await historySums(sprint.id)).toEqual({ scope: 15, done: donePoints });
        const carriedPoints = carried.reduce((sum, r) => sum + r.story_points, 0);
        const carriedDone = carried.filter((r) => r.status === 'Done').reduce((sum, r) => sum + r.story_points, 0);
        expect(await historySums(target.id)).toEqual({ scope: carriedPoints, done: carriedDone });
        expect(rows.find((r) => r.id === racing.id)!.status).toBe('Done');
      }
    });
  });

  describe('burndown and forecast', () => {
    it('computes each day from the history: scope added, removed, re-estimated, completed and reopened on different days', async () => {
      const projectId = await createProject(t, owner);
      at('2026-03-01T12:00:00Z');
      const sprint = await newSprint(projectId, { start_date: '2026-03-02', end_date: '2026-03-06' });
      const a = await newTask(projectId, { title: 'a', sprint_id: sprint.id, story_points: 3 });
      const b = await newTask(projectId, { title: 'b', sprint_id: sprint.id, story_points: 5 });
      const c = await newTask(projectId, { title: 'c', sprint_id: sprint.id, story_points: 8 });
      const d = await newTask(projectId, { title: 'd', story_points: 2 });
      const started = await post(owner, `/sprints/${sprint.id}/start`).expect(200);
      expect(started.body.committed_points).toBe(16);
      expect((await get(dev, `/sprints/${sprint.id}/burndown`).expect(200)).body).toEqual({ sprint_id: sprint.id, days: [] });

      at('2026-03-02T09:30:00Z'); // day 1: a completed (+3 done), d added (+2 scope)
      await post(dev, `/projects/tasks/${a.id}/complete`).expect(200);
      await post(dev2, `/sprints/${sprint.id}/tasks`, { task_ids: [d.id] }).expect(200);
      at('2026-03-03T23:59:59Z'); // day 2: b re-estimated 5 -> 8 (+3 scope), c removed (-8 scope)
      await patch(dev, `/projects/tasks/${b.id}`, { story_points: 8 }).expect(200);
      await del(dev, `/sprints/${sprint.id}/tasks/${c.id}`).expect(204);
      at('2026-03-04T00:00:00Z'); // day 3: b completed by PATCH (+8 done), a reopened (-3 done)
      await patch(owner, `/projects/tasks/${b.id}`, { status: 'Done' }).expect(200);
      await patch(dev, `/projects/tasks/${a.id}`, { status: 'In Progress' }).expect(200);

      at('2026-03-05T08:00:00Z'); // day 4: nothing happens; the burndown runs through today
      const ideal = (day: number) => (16 * (4 - day)) / 4;
      const expected = [
        { date: '2026-03-02', scope_points: 18, completed_points: 3, remaining_points: 15, ideal_remaining_points: ideal(0) },
        { date: '2026-03-03', scope_points: 13, completed_points: 3, remaining_points: 10, ideal_remaining_points: ideal(1) },
        { date: '2026-03-04', scope_points: 13, completed_points: 8, remaining_points: 5, ideal_remaining_points: ideal(2) },
        { date: '2026-03-05', scope_points: 13, completed_points: 8, remaining_points: 5, ideal_remaining_points: ideal(3) },
      ];
      expect((await get(dev, `/sprints/${sprint.id}/burndown`).expect(200)).body).toEqual({ sprint_id: sprint.id, days: expected });
      // 8 points in 4 days is 2 a day; 5 left takes 3 more days: 2026-03-08, after the end.
      expect((await get(dev, `/sprints/${sprint.id}/forecast`).expect(200)).body).toEqual({
        remaining_points: 5,
        days_left: 1,
        daily_rate: 2,
        projected_end_date: '2026-03-08',
        on_track: false,
      });

      at('2026-03-20T08:00:00Z'); // after the end: rows stop at the end date, where the ideal line reaches 0
      const late = (await get(dev, `/sprints/${sprint.id}/burndown`).expect(200)).body.days;
      expect(late).toEqual([
        ...expected,
        { date: '2026-03-06', scope_points: 13, completed_points: 8, remaining_points: 5, ideal_remaining_points: 0 },
      ]);
      expect((await get(dev, `/sprints/${sprint.id}/forecast`)).body).toMatchObject({ remaining_points: 5, days_left: 0, on_track: false });
      expectProblem(await get(outsider, `/sprints/${sprint.id}/burndown`), 404, 'SPRINT_NOT_FOUND');
      expectProblem(await get(outsider, `/sprints/${sprint.id}/forecast`), 404, 'SPRINT_NOT_FOUND');
    });

    it('forecast: on track when the burn rate finishes by the end date; a sprint that has not begun is on track', async () => {
      const projectId = await createProject(t, owner);
      at('2026-04-01T10:00:00Z');
      const sprint = await newSprint(projectId, { start_date: '2026-04-06', end_date: '2026-04-10' });
      const tasks = [await newTask(projectId, { sprint_id: sprint.id, story_points: 4 }), await newTask(projectId, { sprint_id: sprint.id, story_points: 6 })];
      expect((await get(dev, `/sprints/${sprint.id}/forecast`)).body).toEqual({
        remaining_points: 10,
        days_left: 5,
        daily_rate: 0,
        projected_end_date: null,
        on_track: true,
      });
      await post(owner, `/sprints/${sprint.id}/start`).expect(200);
      at('2026-04-07T10:00:00Z');
      await post(dev, `/projects/tasks/${tasks[1].id}/complete`).expect(200);
      // 6 in 2 days = 3 a day; 4 left -> 2 more days: 2026-04-09.
      expect((await get(dev, `/sprints/${sprint.id}/forecast`)).body).toEqual({
        remaining_points: 4,
        days_left: 3,
        daily_rate: 3,
        projected_end_date: '2026-04-09',
        on_track: true,
      });
      at('2026-04-08T10:00:00Z');
      await post(dev, `/projects/tasks/${tasks[0].id}/complete`).expect(200);
      expect((await get(dev, `/sprints/${sprint.id}/forecast`)).body).toEqual({
        remaining_points: 0,
        days_left: 2,
        daily_rate: 3.33,
        projected_end_date: '2026-04-08',
        on_track: true,
      });
    });
  });

  describe('velocity', () => {
    it('lists completed sprints newest first with their average; ?last=N (default 3, at most 20)', async () => {
      const projectId = await createProject(t, owner);
      expect((await get(dev, `/projects/${projectId}/velocity`).expect(200)).body).toEqual({ sprints: [], average_completed_points: null });
      const ran: { id: string; name: string; committed: number; completed: number }[] = [];
      for (const [i, points] of [[1, 10], [2, 20], [3, 5], [4, 9]] as const) {
        const sprint = await newSprint(projectId, { name: `s${i}` });
        const done = await newTask(projectId, { sprint_id: sprint.id, story_points: points });
        await newTask(projectId, { sprint_id: sprint.id, story_points: 1 });
        await post(owner, `/sprints/${sprint.id}/start`).expect(200);
        await post(dev, `/projects/tasks/${done.id}/complete`).expect(200);
        await post(owner, `/sprints/${sprint.id}/complete`).expect(200);
        ran.unshift({ id: sprint.id, name: `s${i}`, committed: points + 1, completed: points });
      }
      const expectedRows = ran.map((s) => ({ id: s.id, name: s.name, committed_points: s.committed, completed_points: s.completed }));
      const three = await get(dev, `/projects/${projectId}/velocity`).expect(200);
      expect(three.body).toEqual({ sprints: expectedRows.slice(0, 3), average_completed_points: 11.33 });
      expect((await get(dev, `/projects/${projectId}/velocity?last=2`)).body).toEqual({ sprints: expectedRows.slice(0, 2), average_completed_points: 7 });
      expect((await get(dev, `/projects/${projectId}/velocity?last=20`)).body.sprints).toHaveLength(4);
      for (const last of ['0', '21', 'x', '1.5']) {
        expectProblem(await get(dev, `/projects/${projectId}/velocity?last=${last}`), 422, 'VALIDATION_FAILED');
      }
      expectProblem(await get(outsider, `/projects/${projectId}/velocity`), 404, 'PROJECT_NOT_FOUND');
    });
  });

  describe('capacity planning', () => {
    async function board(projectId: string) {
      const epic = async (order: number) => (await post(dev, `/projects/${projectId}/epics`, { name: `e${order}`, order }).expect(201)).body.id as string;
      const story = async (epicId: string, order: number) => (await post(dev, `/epics/${epicId}/stories`, { name: `s${order}`, order }).expect(201)).body.id as string;
      const late = await epic(2);
      const early = await epic(1);
      return { lateStory: await story(late, 1), earlyStory2: await story(early, 2), earlyStory1: await story(early, 1) };
    }

    it('fills from the backlog in board order, skipping blocked, Done, unestimated, planned and too-big tasks; dry run by default', async () => {
      const projectId = await createProject(t, owner);
      const { lateStory, earlyStory1, earlyStory2 } = await board(projectId);
      const sprint = await newSprint(projectId);
      const elsewhere = await newSprint(projectId);
      const task = (title: string, story_id: string | null, story_points: number | null, order = 0) =>
        newTask(projectId, { title, story_id: story_id ?? undefined, story_points, order });
      await task('in sprint already', null, 2).then((x) => post(dev, `/sprints/${sprint.id}/tasks`, { task_ids: [x.id] }).expect(200));
      const e1a = await task('early 1, order 1', earlyStory1, 3, 1);
      const big = await task('early 1, order 2, too big', earlyStory1, 8, 2);
      await task('early 1, unestimated', earlyStory1, null, 3);
      const blocked = await task('early 1, blocked', earlyStory1, 1, 4);
      await post(dev, '/issues', { project_id: projectId, title: 'stuck', description: 'x', issue_type: 'blocker', task_id: blocked.id }).expect(201);
      const doneTask = await task('early 1, done', earlyStory1, 1, 5);
      await patch(dev, `/projects/tasks/${doneTask.id}`, { status: 'Done' }).expect(200);
      await task('early 1, other sprint', earlyStory1, 1, 6).then((x) => patch(dev, `/projects/tasks/${x.id}`, { sprint_id: elsewhere.id }).expect(200));
      const e2 = await task('early 2', earlyStory2, 2);
      const l1 = await task('late 1', lateStory, 2);
      await task('late 2', lateStory, 2, 1);
      const loose = await task('no story', null, 1);

      // Capacity 10, 2 already planned: 8 left -> e1a (3), skip big (8 > 5), e2 (2), l1 (2), then 1 left: late 2 (2) is too big, loose (1) fits.
      const dry = await post(dev, `/sprints/${sprint.id}/plan`, { capacity_points: 10 }).expect(200);
      expect(dry.body).toEqual({
        capacity_points: 10,
        selected: [
          { id: e1a.id, title: 'early 1, order 1', story_points: 3 },
          { id: e2.id, title: 'early 2', story_points: 2 },
          { id: l1.id, title: 'late 1', story_points: 2 },
          { id: loose.id, title: 'no story', story_points: 1 },
        ],
        total_points: 8,
      });
      expect((await taskRow(e1a.id)).sprint_id).toBeNull();
      // A larger capacity reaches the big one first.
      const wide = await post(dev, `/sprints/${sprint.id}/plan`, { capacity_points: 13 }).expect(200);
      expect(wide.body.selected.map((s: { id: string }) => s.id)).toEqual([e1a.id, big.id]);

      const applied = await post(dev, `/sprints/${sprint.id}/plan`, { capacity_points: 10, apply: true }).expect(200);
      expect(applied.body).toEqual(dry.body);
      for (const id of [e1a.id, e2.id, l1.id, loose.id]) expect((await taskRow(id)).sprint_id).toBe(sprint.id);
      expect((await taskRow(big.id)).sprint_id).toBeNull();
      expect(await historySums(sprint.id)).toEqual({ scope: 10, done: 0 });
      // Full now: nothing more fits.
      expect((await post(dev, `/sprints/${sprint.id}/plan`, { capacity_points: 10 }).expect(200)).body).toEqual({ capacity_points: 10, selected: [], total_points: 0 });
    });

    it('the history is written in the transaction of the move: when it fails, neither the plan nor a PATCH moves anything', async () => {
      const projectId = await createProject(t, owner);
      const sprint = await newSprint(projectId);
      const tasks = [await newTask(projectId, { story_points: 2 }), await newTask(projectId, { story_points: 3 })];
      await db.query(`CREATE FUNCTION fail_history() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
      await db.query(`CREATE TRIGGER fail_history BEFORE INSERT ON sprint_scope_changes FOR EACH ROW EXECUTE FUNCTION fail_history()`);
      try {
        expectProblem(await post(dev, `/sprints/${sprint.id}/plan`, { capacity_points: 5, apply: true }), 500, 'INTERNAL_ERROR');
        expectProblem(await patch(dev, `/projects/tasks/${tasks[0].id}`, { sprint_id: sprint.id }), 500, 'INTERNAL_ERROR');
      } finally {
        await db.query('DROP TRIGGER fail_history ON sprint_scope_changes');
        await db.query('DROP FUNCTION fail_history()');
      }
      for (const task of tasks) expect((await taskRow(task.id)).sprint_id).toBeNull();
      const moves = await db.query(`SELECT 1 FROM activities WHERE task_id = ANY($1) AND field = 'sprint_id'`, [tasks.map((x) => x.id)]);
      expect(moves).toEqual([]);
      const applied = await post(dev, `/sprints/${sprint.id}/plan`, { capacity_points: 5, apply: true }).expect(200);
      expect(applied.body.total_points).toBe(5);
      expect(await historySums(sprint.id)).toEqual({ scope: 5, done: 0 });
    });

    it('capacity defaults to the average velocity; no history and no capacity is a 422; a completed sprint is a 409', async () => {
      const projectId = await createProject(t, owner);
      const sprint = await newSprint(projectId);
      await newTask(projectId, { story_points: 3 });
      await newTask(projectId, { story_points: 4 });
      const res = await post(dev, `/sprints/${sprint.id}/plan`, {});
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors[0].field).toBe('capacity_points');
      await createSprint(t, projectId, { status: 'completed', completedPoints: 4, committedPoints: 5 });
      await createSprint(t, projectId, { status: 'completed', completedPoints: 2, committedPoints: 5 });
      const planned = await post(dev, `/sprints/${sprint.id}/plan`, {}).expect(200);
      expect(planned.body).toMatchObject({ capacity_points: 3, total_points: 3 });
      expectProblem(await post(dev, `/sprints/${sprint.id}/plan`, { capacity_points: -1 }), 422, 'VALIDATION_FAILED');
      expectProblem(await post(dev, `/sprints/${sprint.id}/plan`, { apply: 'yes' }), 422, 'VALIDATION_FAILED');
      const completed = await createSprint(t, projectId, { status: 'completed' });
      expectProblem(await post(dev, `/sprints/${completed}/plan`, { capacity_points: 5 }), 409, 'SPRINT_COMPLETED');
    });
  });

  describe('standup', () => {
    it('per member: completed since (from the history), in progress and blocked; open blockers and at-risk tasks', async () => {
      const projectId = await createProject(t, owner);
      const finished = await newTask(projectId, { title: 'finished' });
      const reopened = await newTask(projectId, { title: 'reopened' });
      const working = await newTask(projectId, { title: 'working' });
      const stuck = await newTask(projectId, { title: 'stuck' });
      const late = await newTask(projectId, { title: 'late', due_date: new Date(Date.now() - 3_600_000).toISOString() });
      await post(dev, `/projects/tasks/${finished.id}/start`).expect(200);
      await post(dev, `/projects/tasks/${finished.id}/complete`).expect(200); // claims "reopened" for dev
      await post(dev, `/projects/tasks/${reopened.id}/complete`).expect(200); // claims "working"
      await patch(owner, `/projects/tasks/${reopened.id}`, { status: 'To Do' }).expect(200);
      await patch(dev2, `/projects/tasks/${stuck.id}`, { status: 'In Progress', assigned_to: dev2.id }).expect(200);
      const blocker = await post(dev2, '/issues', { project_id: projectId, title: 'waiting on API keys', description: 'x', issue_type: 'blocker', task_id: stuck.id }).expect(201);
      await post(dev, '/issues', { project_id: projectId, title: 'a bug', description: 'x' }).expect(201);

      const res = await get(owner, `/projects/${projectId}/standup`).expect(200);
      expect(Date.now() - Date.parse(res.body.since)).toBeGreaterThan(86_000_000);
      const member = (user: TestUser) => res.body.members.find((m: { user_id: number }) => m.user_id === user.id);
      expect(member(dev)).toEqual({
        user_id: dev.id,
        username: dev.username,
        completed: [{ id: finished.id, title: 'finished' }],
        in_progress: [{ id: working.id, title: 'working' }],
        blocked: [],
      });
      expect(member(dev2)).toEqual({ user_id: dev2.id, username: dev2.username, completed: [], in_progress: [], blocked: [{ id: stuck.id, title: 'stuck' }] });
      expect(member(owner)).toMatchObject({ completed: [], in_progress: [], blocked: [] });
      expect(res.body.members.map((m: { username: string }) => m.username)).toEqual(
        [owner, dev, dev2, manager].map((u) => u.username).sort(),
      );
      expect(res.body.open_blockers).toEqual([{ id: blocker.body.id, title: 'waiting on API keys' }]);
      // Overdue (50) first, then In Progress at 0% and blocked (40).
      expect(res.body.at_risk).toEqual([{ id: late.id, title: 'late' }, { id: stuck.id, title: 'stuck' }]);

      const future = new Date(Date.now() + 60_000).toISOString();
      const later = await get(owner, `/projects/${projectId}/standup?since=${encodeURIComponent(future)}`).expect(200);
      expect(later.body.since).toBe(future);
      expect(later.body.members.find((m: { user_id: number }) => m.user_id === dev.id).completed).toEqual([]);
      expectProblem(await get(owner, `/projects/${projectId}/standup?since=yesterday`), 422, 'VALIDATION_FAILED');
      expectProblem(await get(outsider, `/projects/${projectId}/standup`), 404, 'PROJECT_NOT_FOUND');
    });
  });

  describe('sprint_at_risk', () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const alerts = (sprintId: string) =>
      db.query<{ user_id: number; title: string; link: string }[]>(
        `SELECT user_id, title, link FROM notifications WHERE type = 'sprint_at_risk' AND link = $1`,
        [`/api/v1/sprints/${sprintId}/forecast`],
      );

    it('detect-delays and the scheduled scan notify the project owner of an off-track sprint once per sprint per day', async () => {
      const projectId = await createProject(t, dev2);
      const sprint = await newSprint(projectId, { name: 'Slipping', start_date: day(-3), end_date: day(1) });
      const tasks = [await newTask(projectId, { sprint_id: sprint.id, story_points: 2 }), await newTask(projectId, { sprint_id: sprint.id, story_points: 18 })];
      await post(dev2, `/sprints/${sprint.id}/start`).expect(200);
      await post(dev, `/projects/tasks/${tasks[0].id}/complete`).expect(200);
      expect((await get(dev, `/sprints/${sprint.id}/forecast`)).body.on_track).toBe(false);

      const onTrackProject = await createProject(t, dev2, 'fine');
      const fine = await newSprint(onTrackProject, { start_date: day(-1), end_date: day(5) });
      const small = await newTask(onTrackProject, { sprint_id: fine.id, story_points: 1 });
      await newTask(onTrackProject, { sprint_id: fine.id, story_points: 1 });
      await post(dev2, `/sprints/${fine.id}/start`).expect(200);
      await post(dev, `/projects/tasks/${small.id}/complete`).expect(200);
      const firstDayProject = await createProject(t, dev2, 'first day');
      const fresh = await newSprint(firstDayProject, { start_date: day(0), end_date: day(5) });
      await newTask(firstDayProject, { sprint_id: fresh.id, story_points: 40 });
      await post(dev2, `/sprints/${fresh.id}/start`).expect(200);

      const scanned = await post(dev, `/projects/${projectId}/detect-delays`).expect(200);
      expect(scanned.body.notifications_sent).toBe(1);
      expect(await alerts(sprint.id)).toEqual([{ user_id: dev2.id, title: 'Sprint at risk: Slipping', link: `/api/v1/sprints/${sprint.id}/forecast` }]);
      await post(dev, `/projects/${projectId}/detect-delays`).expect(200);
      await post(dev2, '/projects/detect-delays').expect(200);
      const { RiskScanService } = await import('../src/modules/risk');
      await t.app.get(RiskScanService).runScheduled('test');
      expect(await alerts(sprint.id)).toHaveLength(1);
      expect(await alerts(fine.id)).toEqual([]);
      expect(await alerts(fresh.id)).toEqual([]);
      // The next day it may alert again.
      await t.app.get(RiskScanService).scanProjects([projectId], 'test', new Date(Date.now() + 86_400_000));
      expect(await alerts(sprint.id)).toHaveLength(2);
    });
  });

  describe('sprint_updated', () => {
    const open: ClientSocket[] = [];
    afterEach(() => closeAll(open.splice(0)));

    it('each sprint change reaches the project room through the outbox with the sprint JSON', async () => {
      const projectId = await createProject(t, owner);
      const socket = await connect(t.url, dev.token);
      open.push(socket);
      expect(await emitAck(socket, 'subscribe_project', { project_id: projectId })).toMatchObject({ ok: true });
      const created = nextEvent(socket, 'sprint_updated', (s) => s.project_id === projectId && s.status === 'planned');
      const sprint = await newSprint(projectId, { name: 'Live' });
      expect(await created).toEqual(expect.objectContaining({ id: sprint.id, name: 'Live', status: 'planned', committed_points: null }));
      const started = nextEvent(socket, 'sprint_updated', (s) => s.id === sprint.id && s.status === 'active');
      await post(owner, `/sprints/${sprint.id}/start`).expect(200);
      expect(await started).toMatchObject({ committed_points: 0, started_at: expect.any(String) });
      const completed = nextEvent(socket, 'sprint_updated', (s) => s.id === sprint.id && s.status === 'completed');
      await post(owner, `/sprints/${sprint.id}/complete`).expect(200);
      expect(await completed).toMatchObject({ completed_points: 0 });
      const planned = await newSprint(projectId, { name: 'Gone' });
      const deleted = nextEvent(socket, 'sprint_deleted', (s) => s.id === planned.id);
      await del(owner, `/sprints/${planned.id}`).expect(204);
      expect(await deleted).toEqual({ id: planned.id, project_id: projectId });
      // A rejected change queues nothing.
      const before = (await db.query(`SELECT count(*)::int AS n FROM outbox_events WHERE event LIKE 'sprint_%'`))[0].n;
      expectProblem(await post(owner, `/sprints/${sprint.id}/start`), 409, 'INVALID_SPRINT_TRANSITION');
      expect((await db.query(`SELECT count(*)::int AS n FROM outbox_events WHERE event LIKE 'sprint_%'`))[0].n).toBe(before);
    });
  });
});
