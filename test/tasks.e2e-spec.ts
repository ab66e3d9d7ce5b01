import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { addMember, createEpic, createProject, createStory, createTasks, createUser, TestUser } from './support/fixtures';

describe('tasks', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let dev: TestUser;
  let dev2: TestUser;
  let outsider: TestUser;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    owner = await createUser(t);
    dev = await addMember(t, owner);
    dev2 = await addMember(t, owner);
    outsider = await createUser(t);
    projectId = await createProject(t, owner);
  });
  afterAll(async () => t.close());

  const createTask = (user: TestUser, body: Record<string, unknown>, project = projectId) =>
    t.http.post(`/api/v1/projects/${project}/tasks`).set('Authorization', user.auth).send(body);
  const patch = (user: TestUser, id: string, body: Record<string, unknown>) =>
    t.http.patch(`/api/v1/projects/tasks/${id}`).set('Authorization', user.auth).send(body);
  const rowOf = async (id: string) => (await db.query('SELECT * FROM tasks WHERE id = $1', [id]))[0];

  it('creates a task with the contract shape and a computed risk', async () => {
    const due = new Date(Date.now() + 10 * 3_600_000).toISOString();
    const res = await createTask(dev, { title: ' Write docs ', description: 'all of them', due_date: due, estimate_hours: 2.5, priority: 3, order: 7 });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      project_id: projectId,
      story_id: null,
      title: 'Write docs',
      description: 'all of them',
      status: 'To Do',
      assignee_id: null,
      due_date: due,
      estimate_hours: 2.5,
      progress_percentage: 0,
      risk_level: 'medium',
      risk_score: 30,
      priority: 3,
      order: 7,
      is_blocked: false,
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    const got = await t.http.get(`/api/v1/projects/tasks/${res.body.id}`).set('Authorization', dev2.auth).expect(200);
    expect(got.body).toEqual(res.body);
  });

  it('story_id must be a story of the same project', async () => {
    const other = await createProject(t, owner, 'other');
    const story = await createStory(t, await createEpic(t, other));
    const res = await createTask(dev, { title: 'x', story_id: story });
    expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ field: 'story_id', message: 'must be a story of the same project' }]);
  });

  it.each([
    ['empty title', { title: '' }],
    ['title over 200', { title: 'x'.repeat(201) }],
    ['priority 5', { title: 'x', priority: 5 }],
    ['priority as a numeric string', { title: 'x', priority: '2' }],
    ['negative estimate', { title: 'x', estimate_hours: -1 }],
    ['due date not ISO', { title: 'x', due_date: 'tomorrow' }],
    ['unknown field', { title: 'x', assignee: 3 }],
    ['status on create', { title: 'x', status: 'Done' }],
  ])('create rejects %s with 422 and stores nothing', async (_, body) => {
    const before = (await db.query('SELECT count(*)::int AS n FROM tasks'))[0].n;
    expectProblem(await createTask(dev, body), 422, 'VALIDATION_FAILED');
    expect((await db.query('SELECT count(*)::int AS n FROM tasks'))[0].n).toBe(before);
  });

  describe('PATCH', () => {
    it('updates fields, recomputes risk, and answers {message, task}', async () => {
      const id = (await createTask(dev, { title: 'p' }).expect(201)).body.id;
      const due = new Date(Date.now() - 3_600_000).toISOString();
      const res = await patch(dev, id, { status: 'In Progress', progress_percentage: 10, due_date: due, assigned_to: dev2.id, priority: 4 });
      expect(res.status).toBe(200);
      expect(res.body.message).toEqual(expect.any(String));
      expect(res.body.task).toMatchObject({
        status: 'In Progress',
        progress_percentage: 10,
        due_date: due,
        assignee_id: dev2.id,
        priority: 4,
        risk_level: 'high',
        risk_score: 65,
      });
      const notified = await db.query(`SELECT 1 FROM notifications WHERE user_id = $1 AND type = 'task_assigned' AND link LIKE $2`, [dev2.id, `%${id}`]);
      expect(notified).toHaveLength(1);
    });

    it('an explicit null clears assigned_to, due_date and estimate_hours; absent fields stay', async () => {
      const id = (await createTask(dev, { title: 'c', due_date: new Date(Date.now() + 3_600_000).toISOString(), estimate_hours: 3 }).expect(201)).body.id;
      await patch(dev, id, { assigned_to: dev.id }).expect(200);
      const res = await patch(dev, id, { assigned_to: null, due_date: null, estimate_hours: null });
      expect(res.status).toBe(200);
      expect(res.body.task).toMatchObject({ assignee_id: null, due_date: null, estimate_hours: null, title: 'c', risk_score: 0 });
    });

    it.each([
      ['progress 101', { progress_percentage: 101 }, 'progress_percentage'],
      ['progress -1', { progress_percentage: -1 }, 'progress_percentage'],
      ['unknown status', { status: 'Blocked' }, 'status'],
      ['null title', { title: null }, 'title'],
      ['null status', { status: null }, 'status'],
      ['bad due date', { due_date: '2026-13-01' }, 'due_date'],
      ['non-member assignee', { assigned_to: -5 }, 'assigned_to'],
    ])('rejects %s with 422 naming the field, changing nothing', async (_, body, field) => {
      const id = (await createTask(dev, { title: 'v' }).expect(201)).body.id;
      const before = await rowOf(id);
      const res = await patch(dev, id, body);
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await rowOf(id)).toEqual(before);
    });

    it('an assignee outside the project is a 422 naming assigned_to', async () => {
      const id = (await createTask(dev, { title: 'a' }).expect(201)).body.id;
      const res = await patch(dev, id, { assigned_to: outsider.id });
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors[0].field).toBe('assigned_to');
      expect((await rowOf(id)).assignee_id).toBeNull();
    });
  });

  describe('start', () => {
    it('assigns the caller and sets In Progress; two racing callers: one 200, one 409', async () => {
      const id = (await createTask(owner, { title: 's' }).expect(201)).body.id;
      const results = await Promise.all([dev, dev2].map((u) => t.http.post(`/api/v1/projects/tasks/${id}/start`).set('Authorization', u.auth)));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results.find((r) => r.status === 200)!;
      expectProblem(results.find((r) => r.status === 409)!, 409, 'TASK_NOT_STARTABLE');
      expect(winner.body.task.status).toBe('In Progress');
      const row = await rowOf(id);
      expect(row.assignee_id).toBe(winner.body.task.assignee_id);
      expect([dev.id, dev2.id]).toContain(row.assignee_id);
    });
  });

  describe('list', () => {
    it('pages with filters status, assignee_id, risk_level', async () => {
      const p = await createProject(t, owner, 'listing');
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await createTask(dev, { title: `t${i}` }, p).expect(201)).body.id);
      await patch(dev, ids[1], { status: 'In Progress', assigned_to: dev.id }).expect(200);
      await patch(dev, ids[3], { status: 'Done', assigned_to: dev2.id }).expect(200);
      const list = (q: string) => t.http.get(`/api/v1/projects/${p}/tasks${q}`).set('Authorization', dev.auth);
      const all = await list('?limit=2').expect(200);
      expect(all.body).toMatchObject({ total: 5, limit: 2, skip: 0 });
      expect(all.body.items.map((x: { title: string }) => x.title)).toEqual(['t4', 't3']);
      const next = await list(`?limit=2&cursor=${encodeURIComponent(all.body.next_cursor)}`).expect(200);
      expect(next.body.items.map((x: { title: string }) => x.title)).toEqual(['t2', 't1']);
      expect((await list('?status=In%20Progress').expect(200)).body.items.map((x: { id: string }) => x.id)).toEqual([ids[1]]);
      expect((await list(`?assignee_id=${dev2.id}`).expect(200)).body.items.map((x: { id: string }) => x.id)).toEqual([ids[3]]);
      expect((await list('?risk_level=medium').expect(200)).body.items.map((x: { id: string }) => x.id)).toEqual([ids[1]]);
      expect((await list('?risk_level=high').expect(200)).body.total).toBe(0);
      expectProblem(await list('?status=Nope'), 422, 'VALIDATION_FAILED');
      expectProblem(await list('?assignee_id=abc'), 422, 'VALIDATION_FAILED');
      expectProblem(await list('?limit=101'), 422, 'VALIDATION_FAILED');
      // A cursor of one filter cannot be replayed on another.
      expectProblem(await list(`?status=To%20Do&cursor=${encodeURIComponent(all.body.next_cursor)}`), 422, 'INVALID_CURSOR');
    });
  });

  describe('bulk-assign', () => {
    const bulk = (user: TestUser, body: Record<string, unknown>) =>
      t.http.post('/api/v1/projects/tasks/bulk-assign').set('Authorization', user.auth).send(body);

    it('assigns all and notifies the assignee per task', async () => {
      const ids = [];
      for (let i = 0; i < 3; i++) ids.push((await createTask(dev, { title: `b${i}` }).expect(201)).body.id);
      const res = await bulk(dev, { task_ids: ids, assigned_to: dev2.id }).expect(200);
      expect(res.body.tasks.map((x: { id: string; assignee_id: number }) => [x.id, x.assignee_id])).toEqual(ids.map((id) => [id, dev2.id]));
      const rows = await db.query('SELECT assignee_id FROM tasks WHERE id = ANY($1)', [ids]);
      expect(rows.every((r: { assignee_id: number }) => r.assignee_id === dev2.id)).toBe(true);
      const links = ids.map((id) => `/api/v1/projects/tasks/${id}`);
      const notified = await db.query(
        `SELECT link FROM notifications WHERE user_id = $1 AND type = 'task_assigned' AND link = ANY($2) ORDER BY link`,
        [dev2.id, links],
      );
      expect(notified.map((n: { link: string }) => n.link)).toEqual([...links].sort());
      const events = await db.query(
        `SELECT payload->>'id' AS id, payload->>'assignee_id' AS assignee FROM outbox_events
          WHERE event = 'task_updated' AND payload->>'id' = ANY($1) AND payload->>'assignee_id' = $2`,
        [ids, String(dev2.id)],
      );
      expect(events).toHaveLength(3);
      // Assigning again to the same member changes nothing and notifies no one twice.
      await bulk(dev, { task_ids: ids, assigned_to: dev2.id }).expect(200);
      const again = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND link = ANY($2)`, [dev2.id, links]);
      expect(again[0].n).toBe(3);
    });

    it('is all or nothing: unknown and invisible ids are listed alike, and nothing changes', async () => {
      const mine = (await createTask(dev, { title: 'mine' }).expect(201)).body.id;
      const strangerProject = await createProject(t, outsider);
      const [invisible] = await createTasks(t, strangerProject, [{ title: 'theirs' }]);
      const unknown = '00000000-0000-4000-8000-000000000000';
      const res = await bulk(dev, { task_ids: [mine, invisible, unknown], assigned_to: dev2.id });
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([
        { field: 'task_ids[1]', message: `task ${invisible} was not found` },
        { field: 'task_ids[2]', message: `task ${unknown} was not found` },
      ]);
      expect((await rowOf(mine)).assignee_id).toBeNull();
      expect((await rowOf(invisible)).assignee_id).toBeNull();
    });

    it('the assignee must be a member; bad bodies are 422', async () => {
      const id = (await createTask(dev, { title: 'm' }).expect(201)).body.id;
      const res = await bulk(dev, { task_ids: [id], assigned_to: outsider.id });
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors[0].field).toBe('assigned_to');
      expect((await rowOf(id)).assignee_id).toBeNull();
      expectProblem(await bulk(dev, { task_ids: [], assigned_to: dev2.id }), 422, 'VALIDATION_FAILED');
      expectProblem(await bulk(dev, { task_ids: ['nope'], assigned_to: dev2.id }), 422, 'VALIDATION_FAILED');
      expectProblem(await bulk(dev, { task_ids: [id, id], assigned_to: dev2.id }), 422, 'VALIDATION_FAILED');
    });
  });

  describe('delete and access', () => {
    it('a developer cannot delete (403); the owner can (204); then 404', async () => {
      const id = (await createTask(dev, { title: 'd' }).expect(201)).body.id;
      expectProblem(await t.http.delete(`/api/v1/projects/tasks/${id}`).set('Authorization', dev.auth), 403, 'FORBIDDEN');
      await t.http.delete(`/api/v1/projects/tasks/${id}`).set('Authorization', owner.auth).expect(204);
      expectProblem(await t.http.get(`/api/v1/projects/tasks/${id}`).set('Authorization', owner.auth), 404, 'TASK_NOT_FOUND');
    });

    it('an outsider gets 404 on every task route and nothing changes', async () => {
      const id = (await createTask(dev, { title: 'private' }).expect(201)).body.id;
      const before = await rowOf(id);
      const o = outsider.auth;
      const calls = [
        t.http.get(`/api/v1/projects/${projectId}/tasks`).set('Authorization', o),
        t.http.post(`/api/v1/projects/${projectId}/tasks`).set('Authorization', o).send({ title: 'x' }),
        t.http.get(`/api/v1/projects/tasks/${id}`).set('Authorization', o),
        t.http.patch(`/api/v1/projects/tasks/${id}`).set('Authorization', o).send({ title: 'x' }),
        t.http.post(`/api/v1/projects/tasks/${id}/start`).set('Authorization', o),
        t.http.post(`/api/v1/projects/tasks/${id}/complete`).set('Authorization', o),
        t.http.delete(`/api/v1/projects/tasks/${id}`).set('Authorization', o),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
      }
      expect(await rowOf(id)).toEqual(before);
      expectProblem(await t.http.get('/api/v1/projects/tasks/not-a-uuid').set('Authorization', owner.auth), 422, 'VALIDATION_FAILED');
    });
  });
});
