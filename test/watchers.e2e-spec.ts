import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

describe('watchers (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    owner = await createUser(t);
    projectId = await createProject(t, owner);
  });
  afterAll(async () => t.close());

  const member = () => createUser(t, { organizationId: owner.organizationId });
  const createTask = async (user: TestUser) =>
    (await t.http.post(`/api/v1/projects/${projectId}/tasks`).set('Authorization', user.auth).send({ title: 'Ship it' }).expect(201)).body
      .id as string;
  const createIssue = async (user: TestUser) =>
    (
      await t.http
        .post('/api/v1/issues')
        .set('Authorization', user.auth)
        .send({ project_id: projectId, title: 'Broken build', description: 'red' })
        .expect(201)
    ).body.id as number;
  const watchers = async (path: string, user: TestUser) =>
    (await t.http.get(`${path}/watchers`).set('Authorization', user.auth).expect(200)).body as {
      items: { user_id: number; username: string }[];
      total: number;
    };
  const noticesOf = (users: TestUser[], type: string) =>
    db.query<{ user_id: number; title: string; message: string; link: string }[]>(
      `SELECT user_id, title, message, link FROM notifications WHERE user_id = ANY($1) AND type = $2 ORDER BY user_id, id`,
      [users.map((u) => u.id), type],
    );
  const activity = (column: string, id: string | number) =>
    db.query<{ action: string; actor_id: number }[]>(
      `SELECT action, actor_id FROM activities WHERE ${column} = $1 AND action IN ('watched', 'unwatched') ORDER BY id`,
      [id],
    );

  it('the creator and the assignee watch a task automatically; others watch and unwatch explicitly (204, idempotent, recorded)', async () => {
    const creator = await member();
    const assignee = await member();
    const fan = await member();
    const taskId = await createTask(creator);
    const path = `/api/v1/projects/tasks/${taskId}`;
    await t.http.patch(path).set('Authorization', creator.auth).send({ assigned_to: assignee.id }).expect(200);
    expect((await watchers(path, fan)).items).toEqual([
      { user_id: creator.id, username: creator.username },
      { user_id: assignee.id, username: assignee.username },
    ]);

    await t.http.post(`${path}/watch`).set('Authorization', fan.auth).expect(204);
    await t.http.post(`${path}/watch`).set('Authorization', fan.auth).expect(204);
    const listed = await watchers(path, fan);
    expect(listed.total).toBe(3);
    expect(listed.items.at(-1)).toEqual({ user_id: fan.id, username: fan.username });

    await t.http.delete(`${path}/watch`).set('Authorization', fan.auth).expect(204);
    await t.http.delete(`${path}/watch`).set('Authorization', fan.auth).expect(204);
    expect((await watchers(path, fan)).items.map((w) => w.user_id)).toEqual([creator.id, assignee.id]);
    expect(await activity('task_id', taskId)).toEqual([
      { action: 'watched', actor_id: fan.id },
      { action: 'unwatched', actor_id: fan.id },
    ]);
  });

  it('the reporter and the assignee watch an issue; the list pages by cursor', async () => {
    const reporter = await member();
    const assignee = await member();
    const issueId = await createIssue(reporter);
    await t.http.post(`/api/v1/issues/${issueId}/assign`).set('Authorization', owner.auth).send({ assignee_id: assignee.id }).expect(200);
    const extra = await member();
    await t.http.post(`/api/v1/issues/${issueId}/watch`).set('Authorization', extra.auth).expect(204);
    const first = await t.http.get(`/api/v1/issues/${issueId}/watchers?limit=2`).set('Authorization', extra.auth).expect(200);
    expect(first.body.items.map((w: { user_id: number }) => w.user_id)).toEqual([reporter.id, assignee.id]);
    const rest = await t.http
      .get(`/api/v1/issues/${issueId}/watchers?limit=2&cursor=${encodeURIComponent(first.body.next_cursor)}`)
      .set('Authorization', extra.auth)
      .expect(200);
    expect(rest.body.items.map((w: { user_id: number }) => w.user_id)).toEqual([extra.id]);
    expect(await activity('issue_id', issueId)).toEqual([{ action: 'watched', actor_id: extra.id }]);
  });

  it('outsiders get 404 on every watcher route, and nothing changes', async () => {
    const outsider = await createUser(t);
    const taskId = await createTask(owner);
    const issueId = await createIssue(owner);
    for (const path of [`/api/v1/projects/tasks/${taskId}`, `/api/v1/issues/${issueId}`]) {
      const code = path.includes('issues') ? 'ISSUE_NOT_FOUND' : 'TASK_NOT_FOUND';
      expectProblem(await t.http.post(`${path}/watch`).set('Authorization', outsider.auth), 404, code);
      expectProblem(await t.http.delete(`${path}/watch`).set('Authorization', outsider.auth), 404, code);
      expectProblem(await t.http.get(`${path}/watchers`).set('Authorization', outsider.auth), 404, code);
    }
    expect(await db.query('SELECT 1 FROM watchers WHERE user_id = $1', [outsider.id])).toEqual([]);
  });

  it('a status change notifies every watcher but the actor (status_changed), for tasks and issues', async () => {
    const creator = await member();
    const assignee = await member();
    const fan = await member();
    const taskId = await createTask(creator);
    await t.http.patch(`/api/v1/projects/tasks/${taskId}`).set('Authorization', creator.auth).send({ assigned_to: assignee.id }).expect(200);
    await t.http.post(`/api/v1/projects/tasks/${taskId}/watch`).set('Authorization', fan.auth).expect(204);
    // A change that is not a status change tells nobody.
    await t.http.patch(`/api/v1/projects/tasks/${taskId}`).set('Authorization', assignee.auth).send({ title: 'Ship it now' }).expect(200);
    expect(await noticesOf([creator, assignee, fan], 'status_changed')).toEqual([]);

    await t.http.post(`/api/v1/projects/tasks/${taskId}/start`).set('Authorization', assignee.auth).expect(200);
    const notices = await noticesOf([creator, assignee, fan], 'status_changed');
    expect(notices).toEqual(
      [creator, fan]
        .map((u) => u.id)
        .sort((a, b) => a - b)
        .map((user_id) => ({
          user_id,
          title: 'Status changed: Ship it now',
          message: '"Ship it now" moved from To Do to In Progress',
          link: `/api/v1/projects/tasks/${taskId}`,
        })),
    );

    const reporter = await member();
    const issueId = await createIssue(reporter);
    await t.http.post(`/api/v1/issues/${issueId}/assign`).set('Authorization', assignee.auth).send({ assignee_id: assignee.id }).expect(200);
    expect((await noticesOf([reporter], 'status_changed')).map((n) => n.message)).toEqual(['"Broken build" moved from open to in_progress']);
    // Both changes were the assignee's own: they are never told of them.
    expect(await noticesOf([assignee], 'status_changed')).toEqual([]);
  });

  it('a member who leaves the organization stops watching its tasks, so they are told nothing more', async () => {
    const creator = await member();
    const leaver = await member();
    const taskId = await createTask(creator);
    await t.http.post(`/api/v1/projects/tasks/${taskId}/watch`).set('Authorization', leaver.auth).expect(204);
    await t.http.delete(`/api/v1/organizations/remove-member/${leaver.id}`).set('Authorization', owner.auth).expect(204);
    expect(await db.query('SELECT 1 FROM watchers WHERE user_id = $1', [leaver.id])).toEqual([]);
    await t.http.post(`/api/v1/projects/tasks/${taskId}/start`).set('Authorization', creator.auth).expect(200);
    await t.http.post(`/api/v1/projects/tasks/${taskId}/comments`).set('Authorization', creator.auth).send({ body: 'done soon' }).expect(201);
    expect(await db.query(`SELECT type FROM notifications WHERE user_id = $1`, [leaver.id])).toEqual([]);
  });

  it('a bulk assignment makes the assignee a watcher of every task', async () => {
    const dev = await member();
    const project = await createProject(t, owner, 'bulk');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await t.http.post(`/api/v1/projects/${project}/tasks`).set('Authorization', owner.auth).send({ title: `t${i}` }).expect(201)).body.id);
    }
    await t.http.post('/api/v1/projects/tasks/bulk-assign').set('Authorization', owner.auth).send({ task_ids: ids, assigned_to: dev.id }).expect(200);
    const rows = await db.query<{ task_id: string }[]>('SELECT task_id FROM watchers WHERE user_id = $1 ORDER BY task_id', [dev.id]);
    expect(rows.map((r) => r.task_id)).toEqual([...ids].sort());
  });
});
