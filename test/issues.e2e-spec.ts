import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { addMember, createProject, createTask, createUser, TestUser } from './support/fixtures';
import { Rooms } from '../src/common/realtime';

type Status = 'open' | 'in_progress' | 'resolved' | 'closed';
type Action = 'assign' | 'resolve' | 'close' | 'reopen';

const LEGAL: Record<Action, Partial<Record<Status, Status>>> = {
  assign: { open: 'in_progress', in_progress: 'in_progress' },
  resolve: { open: 'resolved', in_progress: 'resolved' },
  close: { resolved: 'closed' },
  reopen: { resolved: 'open', closed: 'open' },
};
const STATUSES: Status[] = ['open', 'in_progress', 'resolved', 'closed'];

describe('issues', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let dev: TestUser;
  let qa: TestUser;
  let outsider: TestUser;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    owner = await createUser(t);
    dev = await addMember(t, owner);
    qa = await addMember(t, owner, 'qa');
    outsider = await createUser(t);
    projectId = await createProject(t, owner);
  });
  afterAll(async () => t.close());

  const create = (user: TestUser, body: Record<string, unknown>) =>
    t.http.post('/api/v1/issues').set('Authorization', user.auth).send({ project_id: projectId, ...body });
  const act = (user: TestUser, id: number, action: Action, body: Record<string, unknown> = {}) =>
    t.http.post(`/api/v1/issues/${id}/${action}`).set('Authorization', user.auth).send(body);
  const bodyFor = (action: Action) =>
    action === 'assign' ? { assignee_id: dev.id } : action === 'resolve' ? { resolution: 'fixed it' } : {};
  const notificationsOf = async (user: TestUser, type: string) =>
    db.query<{ link: string }[]>(`SELECT * FROM notifications WHERE user_id = $1 AND type = $2`, [user.id, type]);

  async function issueIn(status: Status): Promise<number> {
    const res = await create(qa, { title: `in ${status}`, description: 'd' }).expect(201);
    const id = res.body.id as number;
    if (status === 'in_progress') await act(owner, id, 'assign', bodyFor('assign')).expect(200);
    if (status === 'resolved' || status === 'closed') await act(owner, id, 'resolve', bodyFor('resolve')).expect(200);
    if (status === 'closed') await act(owner, id, 'close').expect(200);
    return id;
  }

  it('creates an issue with the contract shape, usernames included', async () => {
    const res = await create(qa, { title: ' Crash on save ', description: 'Steps...', issue_type: 'bug', priority: 'high' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      project_id: projectId,
      task_id: null,
      title: 'Crash on save',
      description: 'Steps...',
      issue_type: 'bug',
      priority: 'high',
      status: 'open',
      reporter_id: qa.id,
      reporter_username: qa.username,
      assignee_id: null,
      assignee_username: null,
      resolution: null,
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
      resolved_at: null,
    });
    const got = await t.http.get(`/api/v1/issues/${res.body.id}`).set('Authorization', dev.auth).expect(200);
    expect(got.body).toEqual(res.body);
  });

  describe('the transition table, every (from, action) pair', () => {
    for (const action of Object.keys(LEGAL) as Action[]) {
      for (const from of STATUSES) {
        const to = LEGAL[action][from];
        it(`${action} from ${from}: ${to ? `-> ${to}` : '409'}`, async () => {
          const id = await issueIn(from);
          const res = await act(owner, id, action, bodyFor(action));
          if (to) {
            expect(res.status).toBe(200);
            expect(res.body.status).toBe(to);
          } else {
            expectProblem(res, 409, 'INVALID_ISSUE_TRANSITION');
            expect(res.body.detail).toContain(from);
            expect(res.body).toMatchObject({ from, action });
            const [row] = await db.query('SELECT status FROM issues WHERE id = $1', [id]);
            expect(row.status).toBe(from);
          }
        });
      }
    }
  });

  describe('notifications: who gets what, exactly once', () => {
    it('new_issue goes to the project owner unless the owner reported it', async () => {
      const before = (await notificationsOf(owner, 'new_issue')).length;
      const res = await create(qa, { title: 'by qa', description: 'd' }).expect(201);
      await create(owner, { title: 'by owner', description: 'd' }).expect(201);
      const after = await notificationsOf(owner, 'new_issue');
      expect(after).toHaveLength(before + 1);
      expect(after.filter((n) => n.link === `/api/v1/issues/${res.body.id}`)).toHaveLength(1);
    });

    it('issue_assigned goes to the assignee, not when assigning oneself', async () => {
      const id = (await create(qa, { title: 'assign me', description: 'd' }).expect(201)).body.id;
      await act(owner, id, 'assign', { assignee_id: dev.id }).expect(200);
      await act(dev, id, 'assign', { assignee_id: dev.id }).expect(200);
      const mine = (await notificationsOf(dev, 'issue_assigned')).filter((n) => n.link === `/api/v1/issues/${id}`);
      expect(mine).toHaveLength(1);
      const assigned = await t.http.get(`/api/v1/issues/${id}`).set('Authorization', dev.auth).expect(200);
      expect(assigned.body).toMatchObject({ assignee_id: dev.id, assignee_username: dev.username, status: 'in_progress' });
    });

    it('issue_resolved goes to the reporter unless the reporter resolved it', async () => {
      const a = (await create(qa, { title: 'resolved by dev', description: 'd' }).expect(201)).body.id;
      const b = (await create(qa, { title: 'resolved by qa', description: 'd' }).expect(201)).body.id;
      await act(dev, a, 'resolve', { resolution: 'done' }).expect(200);
      await act(qa, b, 'resolve', { resolution: 'done' }).expect(200);
      const links = (await notificationsOf(qa, 'issue_resolved')).map((n) => n.link);
      expect(links.filter((l) => l === `/api/v1/issues/${a}`)).toHaveLength(1);
      expect(links.filter((l) => l === `/api/v1/issues/${b}`)).toHaveLength(0);
    });

    it('a rolled-back transition leaves no notification, no status change and no outbox row', async () => {
      const id = (await create(qa, { title: 'will fail', description: 'd' }).expect(201)).body.id;
      const outboxBefore = (await db.query('SELECT count(*)::int AS n FROM outbox_events'))[0].n;
      await db.query(`CREATE FUNCTION fail_notification() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'injected'; END $$`);
      await db.query(`CREATE TRIGGER fail_notification BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION fail_notification()`);
      try {
        expectProblem(await act(owner, id, 'assign', { assignee_id: dev.id }), 500, 'INTERNAL_ERROR');
      } finally {
        await db.query('DROP TRIGGER fail_notification ON notifications');
        await db.query('DROP FUNCTION fail_notification()');
      }
      const [row] = await db.query('SELECT status, assignee_id FROM issues WHERE id = $1', [id]);
      expect(row).toEqual({ status: 'open', assignee_id: null });
      const mine = (await notificationsOf(dev, 'issue_assigned')).filter((n) => n.link === `/api/v1/issues/${id}`);
      expect(mine).toHaveLength(0);
      expect((await db.query('SELECT count(*)::int AS n FROM outbox_events'))[0].n).toBe(outboxBefore);
    });

    it('every change writes an issue_updated outbox row to the project room', async () => {
      const before = (await db.query(`SELECT count(*)::int AS n FROM outbox_events WHERE event = 'issue_updated'`))[0].n;
      const id = (await create(qa, { title: 'tracked', description: 'd' }).expect(201)).body.id;
      await act(owner, id, 'resolve', { resolution: 'ok' }).expect(200);
      await act(owner, id, 'close').expect(200);
      const rows = await db.query(`SELECT room, payload FROM outbox_events WHERE event = 'issue_updated' ORDER BY id`);
      expect(rows.length - before).toBe(3);
      expect(rows.at(-1)).toMatchObject({ room: Rooms.project(projectId), payload: { id, status: 'closed' } });
    });
  });

  describe('blockers', () => {
    it('an open blocker marks its task blocked and risky until resolved or closed; reopening blocks again', async () => {
      const task = await t.http
        .post(`/api/v1/projects/${projectId}/tasks`)
        .set('Authorization', owner.auth)
        .send({ title: 'blocked work' })
        .expect(201);
      const taskId = task.body.id;
      const getTask = async () => (await t.http.get(`/api/v1/projects/tasks/${taskId}`).set('Authorization', dev.auth).expect(200)).body;
      expect((await getTask()).is_blocked).toBe(false);
      const blocker = await create(qa, { title: 'API down', description: 'd', issue_type: 'blocker', task_id: taskId }).expect(201);
      const blocked = await getTask();
      expect(blocked.is_blocked).toBe(true);
      expect(blocked.risk_score).toBe(20);
      expect(blocked.risk_level).toBe('medium');
      await act(owner, blocker.body.id, 'assign', { assignee_id: dev.id }).expect(200);
      expect((await getTask()).is_blocked).toBe(true);
      await act(dev, blocker.body.id, 'resolve', { resolution: 'back up' }).expect(200);
      expect(await getTask()).toMatchObject({ is_blocked: false, risk_score: 0 });
      await act(owner, blocker.body.id, 'close').expect(200);
      expect((await getTask()).is_blocked).toBe(false);
      await act(owner, blocker.body.id, 'reopen').expect(200);
      expect((await getTask()).is_blocked).toBe(true);
      // A bug linked to the task never blocks it.
      await create(qa, { title: 'cosmetic', description: 'd', issue_type: 'bug', task_id: taskId }).expect(201);
      const [{ open_blocker_count }] = await db.query('SELECT open_blocker_count FROM tasks WHERE id = $1', [taskId]);
      expect(open_blocker_count).toBe(1);
    });

    it('task_id must belong to the same project; the assignee must be a member', async () => {
      const otherProject = await createProject(t, owner, 'other');
      const foreignTask = await createTask(t, otherProject, { title: 'x' });
      const res = await create(qa, { title: 't', description: 'd', task_id: foreignTask });
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field: 'task_id', message: 'must be a task of the same project' }]);
      const id = (await create(qa, { title: 'assignee check', description: 'd' }).expect(201)).body.id;
      const bad = await act(owner, id, 'assign', { assignee_id: outsider.id });
      expectProblem(bad, 422, 'VALIDATION_FAILED');
      expect(bad.body.errors[0].field).toBe('assignee_id');
    });
  });

  describe('listing', () => {
    it('pages newest first with filters, usernames joined in the same query', async () => {
      const p = await createProject(t, owner, 'list');
      for (const [i, type] of (['bug', 'question', 'blocker', 'bug'] as const).entries()) {
        await t.http
          .post('/api/v1/issues')
          .set('Authorization', qa.auth)
          .send({ project_id: p, title: `i${i}`, description: 'd', issue_type: type, priority: i % 2 ? 'low' : 'critical' })
          .expect(201);
      }
      const all = await t.http.get(`/api/v1/issues/project/${p}?limit=3`).set('Authorization', dev.auth).expect(200);
      expect(all.body).toMatchObject({ total: 4, skip: 0, limit: 3, next_cursor: expect.any(String) });
      expect(all.body.items.map((i: { title: string }) => i.title)).toEqual(['i3', 'i2', 'i1']);
      expect(all.body.items[0].reporter_username).toBe(qa.username);
      const rest = await t.http
        .get(`/api/v1/issues/project/${p}?limit=3&cursor=${encodeURIComponent(all.body.next_cursor)}`)
        .set('Authorization', dev.auth)
        .expect(200);
      expect(rest.body.items.map((i: { title: string }) => i.title)).toEqual(['i0']);
      const bugs = await t.http.get(`/api/v1/issues/project/${p}?issue_type=bug`).set('Authorization', dev.auth).expect(200);
      expect(bugs.body.total).toBe(2);
      const critical = await t.http.get(`/api/v1/issues/project/${p}?priority=critical&status=open`).set('Authorization', dev.auth).expect(200);
      expect(critical.body.items.map((i: { title: string }) => i.title)).toEqual(['i2', 'i0']);
      expectProblem(await t.http.get(`/api/v1/issues/project/${p}?status=bogus`).set('Authorization', dev.auth), 422, 'VALIDATION_FAILED');
    });
  });

  describe('validation: 422 and nothing stored', () => {
    it.each([
      ['unknown issue_type', { title: 't', description: 'd', issue_type: 'feature' }],
      ['empty title', { title: '', description: 'd' }],
      ['whitespace title', { title: '   ', description: 'd' }],
      ['10,000-character title', { title: 'x'.repeat(10_000), description: 'd' }],
      ['missing description', { title: 't' }],
      ['unknown field', { title: 't', description: 'd', severity: 'high' }],
      ['malformed project id', { project_id: 'nope', title: 't', description: 'd' }],
    ])('%s', async (_, body) => {
      const before = (await db.query('SELECT count(*)::int AS n FROM issues'))[0].n;
      expectProblem(await create(qa, body), 422, 'VALIDATION_FAILED');
      expect((await db.query('SELECT count(*)::int AS n FROM issues'))[0].n).toBe(before);
    });

    it('a resolution must be 1..5000 characters', async () => {
      const id = (await create(qa, { title: 'r', description: 'd' }).expect(201)).body.id;
      expectProblem(await act(owner, id, 'resolve', { resolution: '' }), 422, 'VALIDATION_FAILED');
      expectProblem(await act(owner, id, 'resolve', { resolution: 'x'.repeat(5001) }), 422, 'VALIDATION_FAILED');
      expectProblem(await t.http.post('/api/v1/issues/abc/close').set('Authorization', owner.auth), 422, 'VALIDATION_FAILED');
    });
  });

  describe('access', () => {
    it('an outsider gets 404 on every issue route, including create with this project id', async () => {
      const id = (await create(qa, { title: 'secret', description: 'd' }).expect(201)).body.id;
      const snapshot = async () => db.query('SELECT id, status, assignee_id, resolution FROM issues ORDER BY id');
      const before = await snapshot();
      const calls = [
        create(outsider, { title: 'x', description: 'd' }),
        t.http.get(`/api/v1/issues/${id}`).set('Authorization', outsider.auth),
        t.http.get(`/api/v1/issues/project/${projectId}`).set('Authorization', outsider.auth),
        act(outsider, id, 'assign', { assignee_id: outsider.id }),
        act(outsider, id, 'resolve', { resolution: 'x' }),
        act(outsider, id, 'close'),
        act(outsider, id, 'reopen'),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
      }
      expect(await snapshot()).toEqual(before);
      expectProblem(await t.http.get('/api/v1/issues/999999').set('Authorization', owner.auth), 404, 'ISSUE_NOT_FOUND');
    });
  });
});
