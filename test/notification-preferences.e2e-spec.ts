import { DataSource } from 'typeorm';
import { NotificationsService, NotificationType } from '../src/modules/notifications';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

const ALL_ON = Object.fromEntries(Object.values(NotificationType).map((type) => [type, true]));

describe('notification preferences (e2e)', () => {
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
  const get = (user: TestUser) => t.http.get('/api/v1/notifications/preferences').set('Authorization', user.auth);
  const put = (user: TestUser, body: unknown) => t.http.put('/api/v1/notifications/preferences').set('Authorization', user.auth).send(body as object);
  const typesOf = async (user: TestUser) =>
    (await db.query<{ type: string }[]>('SELECT type FROM notifications WHERE user_id = $1 ORDER BY id', [user.id])).map((r) => r.type);

  it('lists every type, all on by default, including the new ones', async () => {
    const user = await member();
    const res = await get(user).expect(200);
    expect(res.body).toEqual(ALL_ON);
    expect(Object.keys(res.body)).toEqual(expect.arrayContaining(['comment_added', 'status_changed', 'sprint_at_risk', 'mention']));
  });

  it('a partial PUT changes only the named types and answers the whole map; the change sticks', async () => {
    const user = await member();
    const res = await put(user, { comment_added: false, status_changed: false }).expect(200);
    expect(res.body).toEqual({ ...ALL_ON, comment_added: false, status_changed: false });
    await put(user, { status_changed: true, mention: true }).expect(200);
    expect((await get(user).expect(200)).body).toEqual({ ...ALL_ON, comment_added: false });
    await put(user, {}).expect(200);
    expect((await get(user).expect(200)).body).toEqual({ ...ALL_ON, comment_added: false });
  });

  it.each([
    [{ mention: false }, ['mention']],
    [{ org_invitation: false, task_assigned: false, new_issue: false }, ['task_assigned', 'org_invitation']],
  ])('switching off a mandatory type is a 422 naming it and changes nothing: %j', async (body, fields) => {
    const user = await member();
    const res = await put(user, body);
    expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    expect((await get(user)).body).toEqual(ALL_ON);
  });

  it.each([[{ unknown_type: false }], [{ comment_added: 'no' }], [{ comment_added: null }], [[true]]])(
    'a bad body is a 422 and changes nothing: %j',
    async (body) => {
      const user = await member();
      expectProblem(await put(user, body), 422, 'VALIDATION_FAILED');
      expect((await get(user)).body).toEqual(ALL_ON);
    },
  );

  it('the database itself refuses to store a mandatory type as off', async () => {
    const user = await member();
    await expect(
      db.query(`INSERT INTO notification_preferences (user_id, type, enabled) VALUES ($1, 'task_assigned', false)`, [user.id]),
    ).rejects.toThrow(/ck_notification_preferences_mandatory/);
  });

  it('a switched-off type is not created for that user (one at a time and in a set-based fan-out), others still get theirs', async () => {
    const quiet = await member();
    const loud = await member();
    const author = await member();
    await put(quiet, { comment_added: false, status_changed: false }).expect(200);
    const task = (await t.http.post(`/api/v1/projects/${projectId}/tasks`).set('Authorization', author.auth).send({ title: 'x' }).expect(201)).body;
    for (const user of [quiet, loud]) await t.http.post(`/api/v1/projects/tasks/${task.id}/watch`).set('Authorization', user.auth).expect(204);

    await t.http.post(`/api/v1/projects/tasks/${task.id}/comments`).set('Authorization', author.auth).send({ body: 'hello all' }).expect(201);
    await t.http.post(`/api/v1/projects/tasks/${task.id}/start`).set('Authorization', author.auth).expect(200);
    // A mention cannot be switched off.
    await t.http.post(`/api/v1/projects/tasks/${task.id}/comments`).set('Authorization', author.auth).send({ body: `@${quiet.username} look` }).expect(201);
    expect(await typesOf(quiet)).toEqual(['mention']);
    expect(await typesOf(loud)).toEqual(['comment_added', 'status_changed', 'comment_added']);

    // The single-notification path honours it too, and reports that nothing was created.
    await put(owner, { new_issue: false }).expect(200);
    await t.http.post('/api/v1/issues').set('Authorization', author.auth).send({ project_id: projectId, title: 'i', description: 'd' }).expect(201);
    expect(await typesOf(owner)).not.toContain('new_issue');
    const direct = await t.app
      .get(NotificationsService)
      .notify({ userId: quiet.id, type: NotificationType.COMMENT_ADDED, title: 't', message: 'm' });
    expect(direct).toEqual({ created: false });
    const pushed = await db.query(`SELECT 1 FROM outbox_events WHERE room = $1 AND payload->>'type' = 'comment_added'`, [`user:${quiet.id}`]);
    expect(pushed).toEqual([]);

    // Switched back on, it is created again.
    await put(quiet, { comment_added: true }).expect(200);
    await t.http.post(`/api/v1/projects/tasks/${task.id}/comments`).set('Authorization', author.auth).send({ body: 'again' }).expect(201);
    expect((await typesOf(quiet)).at(-1)).toBe('comment_added');
  });
});
