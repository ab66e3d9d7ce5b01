import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

describe('labels (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let dev: TestUser;
  let projectId: string;
  let otherProject: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    owner = await createUser(t);
    dev = await createUser(t, { organizationId: owner.organizationId });
    projectId = await createProject(t, owner);
    otherProject = await createProject(t, owner, 'other');
  });
  afterAll(async () => t.close());

  const createLabel = (user: TestUser, body: Record<string, unknown>, project = projectId) =>
    t.http.post(`/api/v1/projects/${project}/labels`).set('Authorization', user.auth).send(body);
  const label = async (name: string, project = projectId) =>
    (await createLabel(dev, { name, color: '#aabbcc' }, project).expect(201)).body.id as string;
  const createTask = (body: Record<string, unknown>) =>
    t.http.post(`/api/v1/projects/${projectId}/tasks`).set('Authorization', dev.auth).send({ title: 'Labelled', ...body });
  const patchTask = (id: string, body: Record<string, unknown>) =>
    t.http.patch(`/api/v1/projects/tasks/${id}`).set('Authorization', dev.auth).send(body);
  const labelHistory = (taskId: string) =>
    db.query<{ action: string; old_value: string; new_value: string; reason: string | null; actor_id: number }[]>(
      `SELECT action, old_value, new_value, reason, actor_id FROM activities WHERE task_id = $1 AND field = 'label_ids' ORDER BY id`,
      [taskId],
    );
  const sorted = (...ids: string[]) => [...ids].sort();

  describe('label CRUD', () => {
    it('creates a label with its color stored lowercase; names are unique per project whatever the case', async () => {
      const res = await createLabel(dev, { name: '  Bug ', color: '#D73A4A' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        project_id: projectId,
        name: 'Bug',
        color: '#d73a4a',
        created_at: expect.stringMatching(/Z$/),
        updated_at: expect.stringMatching(/Z$/),
      });
      expectProblem(await createLabel(dev, { name: 'BUG', color: '#000000' }), 409, 'LABEL_NAME_TAKEN');
      await createLabel(dev, { name: 'bug', color: '#000000' }, otherProject).expect(201);
    });

    it('of two concurrent creations of the same name, one wins and the other gets 409', async () => {
      const results = await Promise.all(['Chore', 'chore', 'CHORE'].map((name) => createLabel(dev, { name, color: '#123456' })));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      const rows = await db.query(`SELECT name FROM labels WHERE project_id = $1 AND lower(name) = 'chore'`, [projectId]);
      expect(rows).toHaveLength(1);
    });

    it.each([
      [{ name: '', color: '#123456' }, 'name'],
      [{ name: 'x'.repeat(51), color: '#123456' }, 'name'],
      [{ name: 'ok', color: 'red' }, 'color'],
      [{ name: 'ok', color: '#12345' }, 'color'],
      [{ name: 'ok' }, 'color'],
      [{ name: 'ok', color: '#123456', extra: 1 }, 'extra'],
    ])('%j is a 422 naming %s and creates nothing', async (body, field) => {
      const before = await db.query('SELECT count(*)::int AS n FROM labels');
      const res = await createLabel(dev, body);
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await db.query('SELECT count(*)::int AS n FROM labels')).toEqual(before);
    });

    it('lists labels by name, renames and recolours them (a taken name is a 409), and outsiders get 404', async () => {
      const project = await createProject(t, owner, 'listing');
      for (const name of ['Zeta', 'alpha', 'Mid']) await label(name, project);
      const list = await t.http.get(`/api/v1/projects/${project}/labels?limit=2`).set('Authorization', dev.auth).expect(200);
      expect(list.body.total).toBe(3);
      const next = await t.http
        .get(`/api/v1/projects/${project}/labels?limit=2&cursor=${encodeURIComponent(list.body.next_cursor)}`)
        .set('Authorization', dev.auth)
        .expect(200);
      const names = [...list.body.items, ...next.body.items].map((l: { name: string }) => l.name);
      // By name in the database's collation, across the two pages.
      const inOrder = await db.query<{ name: string }[]>('SELECT name FROM labels WHERE project_id = $1 ORDER BY name, id', [project]);
      expect(names).toEqual(inOrder.map((r) => r.name));
      expect([...names].sort()).toEqual(['Mid', 'Zeta', 'alpha']);

      const zeta = list.body.items.concat(next.body.items).find((l: { name: string }) => l.name === 'Zeta');
      const renamed = await t.http.patch(`/api/v1/labels/${zeta.id}`).set('Authorization', dev.auth).send({ name: 'Omega', color: '#FFFFFF' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: 'Omega', color: '#ffffff' });
      expectProblem(await t.http.patch(`/api/v1/labels/${zeta.id}`).set('Authorization', dev.auth).send({ name: 'ALPHA' }), 409, 'LABEL_NAME_TAKEN');
      expectProblem(await t.http.patch(`/api/v1/labels/${zeta.id}`).set('Authorization', dev.auth).send({ name: null }), 422, 'VALIDATION_FAILED');

      const outsider = await createUser(t);
      expectProblem(await t.http.get(`/api/v1/projects/${project}/labels`).set('Authorization', outsider.auth), 404, 'PROJECT_NOT_FOUND');
      expectProblem(await t.http.patch(`/api/v1/labels/${zeta.id}`).set('Authorization', outsider.auth).send({ name: 'x' }), 404, 'LABEL_NOT_FOUND');
      expectProblem(await t.http.delete(`/api/v1/labels/${zeta.id}`).set('Authorization', outsider.auth), 404, 'LABEL_NOT_FOUND');
    });
  });

  describe('labels on tasks', () => {
    it('a task is created with labels and shows them sorted; another project’s label or an unknown id is a 422', async () => {
      const [a, b] = [await label('Frontend'), await label('Urgent')];
      const res = await createTask({ label_ids: [b, a] });
      expect(res.status).toBe(201);
      expect(res.body.label_ids).toEqual(sorted(a, b));
      const got = await t.http.get(`/api/v1/projects/tasks/${res.body.id}`).set('Authorization', owner.auth).expect(200);
      expect(got.body.label_ids).toEqual(sorted(a, b));

      const foreign = await label('Foreign', otherProject);
      const refused = await createTask({ label_ids: [a, foreign, '00000000-0000-4000-8000-000000000000'] });
      expectProblem(refused, 422, 'VALIDATION_FAILED');
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['label_ids[1]', 'label_ids[2]']);
      expectProblem(await createTask({ label_ids: [a, a] }), 422, 'VALIDATION_FAILED');
      expectProblem(await createTask({ label_ids: 'nope' }), 422, 'VALIDATION_FAILED');
    });

    it('PATCH replaces the label set, records it in the history and in the task_updated event; [] removes them all', async () => {
      const [a, b, c] = [await label('L-a'), await label('L-b'), await label('L-c')];
      const task = (await createTask({ label_ids: [a] }).expect(201)).body as { id: string; updated_at: string };
      const res = await patchTask(task.id, { label_ids: [c, b] });
      expect(res.status).toBe(200);
      expect(res.body.task.label_ids).toEqual(sorted(b, c));
      expect(res.body.task.updated_at > task.updated_at).toBe(true);
      await patchTask(task.id, { label_ids: [b, c], title: 'Renamed' }).expect(200); // same set: no label row
      // The event carries the task JSON as the API answers it, labels included.
      const [latest] = await db.query<{ payload: unknown }[]>(
        `SELECT payload FROM outbox_events WHERE event = 'task_updated' AND payload->>'id' = $1 ORDER BY id DESC LIMIT 1`,
        [task.id],
      );
      const answered = await t.http.get(`/api/v1/projects/tasks/${task.id}`).set('Authorization', dev.auth).expect(200);
      expect(latest.payload).toEqual(answered.body);
      await patchTask(task.id, { label_ids: [] }).expect(200);
      expect(await labelHistory(task.id)).toEqual([
        { action: 'updated', old_value: JSON.stringify([a]), new_value: JSON.stringify(sorted(b, c)), reason: null, actor_id: dev.id },
        { action: 'updated', old_value: JSON.stringify(sorted(b, c)), new_value: '[]', reason: null, actor_id: dev.id },
      ]);
      const events = await db.query<{ payload: { label_ids: string[] } }[]>(
        `SELECT payload FROM outbox_events WHERE event = 'task_updated' AND payload->>'id' = $1 ORDER BY id`,
        [task.id],
      );
      expect(events.map((e) => e.payload.label_ids)).toEqual([[a], sorted(b, c), sorted(b, c), []]);
      expectProblem(await patchTask(task.id, { label_ids: null }), 422, 'VALIDATION_FAILED');
    });

    it('the list filters by label and reads the labels of a whole page in one query', async () => {
      const project = await createProject(t, owner, 'filter');
      const [red, blue] = [await label('red', project), await label('blue', project)];
      const ids: string[] = [];
      for (let i = 0; i < 30; i++) {
        const labelIds = i % 3 === 0 ? [red] : i % 3 === 1 ? [red, blue] : [];
        const res = await t.http.post(`/api/v1/projects/${project}/tasks`).set('Authorization', dev.auth).send({ title: `t${i}`, label_ids: labelIds });
        ids.push(res.body.id);
      }
      const list = (query: string) => t.http.get(`/api/v1/projects/${project}/tasks${query}`).set('Authorization', dev.auth).expect(200);
      expect((await list(`?label_id=${red}&limit=100`)).body.total).toBe(20);
      const withBlue = (await list(`?label_id=${blue}&limit=100`)).body.items as { id: string; label_ids: string[] }[];
      expect(withBlue.map((x) => x.id).sort()).toEqual(ids.filter((_, i) => i % 3 === 1).sort());
      expect(withBlue.every((x) => x.label_ids.join() === sorted(red, blue).join())).toBe(true);
      expect((await list(`?label_id=${await label('unused', project)}`)).body).toMatchObject({ total: 0, items: [] });
      expectProblem(await t.http.get(`/api/v1/projects/${project}/tasks?label_id=nope`).set('Authorization', dev.auth), 422, 'VALIDATION_FAILED');

      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const page = await list('?limit=30');
        expect(page.body.items).toHaveLength(30);
        const labelQueries = spy.mock.calls.filter(([sql]) => String(sql).includes('task_labels'));
        expect(labelQueries).toHaveLength(1);
      } finally {
        spy.mockRestore();
      }
    });

    it('deleting a label (a manager) takes it off its tasks through their history; a developer gets 403', async () => {
      const [doomed, kept] = [await label('Doomed'), await label('Kept')];
      const first = (await createTask({ label_ids: [doomed, kept] }).expect(201)).body.id as string;
      const second = (await createTask({ label_ids: [doomed] }).expect(201)).body.id as string;
      expectProblem(await t.http.delete(`/api/v1/labels/${doomed}`).set('Authorization', dev.auth), 403, 'FORBIDDEN');
      await t.http.delete(`/api/v1/labels/${doomed}`).set('Authorization', owner.auth).expect(204);

      expect((await t.http.get(`/api/v1/projects/tasks/${first}`).set('Authorization', dev.auth)).body.label_ids).toEqual([kept]);
      expect((await t.http.get(`/api/v1/projects/tasks/${second}`).set('Authorization', dev.auth)).body.label_ids).toEqual([]);
      const reason = 'label "Doomed" deleted';
      expect(await labelHistory(first)).toEqual([
        { action: 'updated', old_value: JSON.stringify(sorted(doomed, kept)), new_value: JSON.stringify([kept]), reason, actor_id: owner.id },
      ]);
      expect(await labelHistory(second)).toEqual([
        { action: 'updated', old_value: JSON.stringify([doomed]), new_value: '[]', reason, actor_id: owner.id },
      ]);
      expectProblem(await patchTask(first, { label_ids: [doomed] }), 422, 'VALIDATION_FAILED');
    });

    it('a label deleted while tasks are being labelled with it never leaves a task pointing at it', async () => {
      const contested = await label('Contested');
      const tasks = await Promise.all(Array.from({ length: 6 }, async () => (await createTask({}).expect(201)).body.id as string));
      const results = await Promise.all([
        ...tasks.map((id) => patchTask(id, { label_ids: [contested] })),
        t.http.delete(`/api/v1/labels/${contested}`).set('Authorization', owner.auth),
      ]);
      expect(results.at(-1)!.status).toBe(204);
      for (const res of results.slice(0, -1)) expect([200, 422]).toContain(res.status);
      expect(await db.query('SELECT * FROM task_labels WHERE label_id = $1', [contested])).toEqual([]);
      // Every task that got the label lost it again through its history.
      for (const [i, id] of tasks.entries()) {
        const rows = await labelHistory(id);
        expect(rows.length).toBe(results[i].status === 200 ? 2 : 0);
      }
    });
  });
});
