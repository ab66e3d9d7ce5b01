import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { connect, emitAck, eventually, nextEvent } from './support/sockets';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

interface NotificationRow {
  user_id: number;
  type: string;
  title: string;
  message: string;
  link: string | null;
}

describe('comments and mentions (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    owner = await createUser(t, { username: `owner_${Date.now()}` });
    projectId = await createProject(t, owner);
  });
  afterAll(async () => t.close());

  const member = (role = 'developer', username?: string) => createUser(t, { organizationId: owner.organizationId, role, username });
  const createTask = async (user: TestUser, title = 'A task') =>
    (await t.http.post(`/api/v1/projects/${projectId}/tasks`).set('Authorization', user.auth).send({ title }).expect(201)).body as {
      id: string;
    };
  const assign = (by: TestUser, taskId: string, assignee: TestUser) =>
    t.http.patch(`/api/v1/projects/tasks/${taskId}`).set('Authorization', by.auth).send({ assigned_to: assignee.id }).expect(200);
  const postComment = (user: TestUser, taskId: string, body: string) =>
    t.http.post(`/api/v1/projects/tasks/${taskId}/comments`).set('Authorization', user.auth).send({ body });
  const editComment = (user: TestUser, commentId: number, body: string) =>
    t.http.patch(`/api/v1/comments/${commentId}`).set('Authorization', user.auth).send({ body });
  /** Notifications of the given users produced by comments, by user id. */
  const commentNotices = (users: TestUser[]) =>
    db.query<NotificationRow[]>(
      `SELECT user_id, type, title, message, link FROM notifications
        WHERE user_id = ANY($1) AND type IN ('mention', 'comment_added') ORDER BY user_id, id`,
      [users.map((u) => u.id)],
    );
  const watcherIds = async (taskId: string) =>
    (await db.query<{ user_id: number }[]>('SELECT user_id FROM watchers WHERE task_id = $1 ORDER BY user_id', [taskId])).map((r) => r.user_id);
  const counts = async () =>
    (
      await db.query<Record<string, number>[]>(
        `SELECT (SELECT count(*)::int FROM comments) AS comments, (SELECT count(*)::int FROM notifications) AS notifications,
                (SELECT count(*)::int FROM watchers) AS watchers, (SELECT count(*)::int FROM activities) AS activities,
                (SELECT count(*)::int FROM outbox_events) AS outbox`,
      )
    )[0];

  describe('a comment mentioning three members: one twice, one a watcher, one the author', () => {
    let creator: TestUser;
    let assignee: TestUser;
    let author: TestUser;
    let twice: TestUser;
    let watching: TestUser;
    let bystander: TestUser;
    let outsider: TestUser;
    let taskId: string;
    let body: string;

    beforeAll(async () => {
      [creator, assignee, author, twice, watching, bystander] = await Promise.all([member(), member(), member(), member(), member(), member()]);
      outsider = await createUser(t);
      taskId = (await createTask(creator, 'Fix the login page')).id;
      await assign(creator, taskId, assignee);
      await t.http.post(`/api/v1/projects/tasks/${taskId}/watch`).set('Authorization', watching.auth).expect(204);
      body =
        `@${twice.username} can you look? @${watching.username} too. Again @${twice.username}, ` +
        `cc @${author.username}, @${outsider.username} and @nobody_at_all. Mail ${bystander.username}@example.test.`;
    });

    it('rolls back with the comment when the notification insert fails: no comment, history, watcher, notification or event', async () => {
      const before = await counts();
      await db.query(`CREATE FUNCTION fail_notification() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$`);
      await db.query(`CREATE TRIGGER fail_notification BEFORE INSERT ON notifications FOR EACH STATEMENT EXECUTE FUNCTION fail_notification()`);
      try {
        expectProblem(await postComment(author, taskId, body), 500, 'INTERNAL_ERROR');
      } finally {
        await db.query('DROP TRIGGER fail_notification ON notifications');
        await db.query('DROP FUNCTION fail_notification()');
      }
      expect(await counts()).toEqual(before);
      expect(await watcherIds(taskId)).not.toContain(author.id);
    });

    it('creates exactly one mention per mentioned member, comment_added for the other watchers, nothing for the author', async () => {
      const res = await postComment(author, taskId, body);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        task_id: taskId,
        issue_id: null,
        author_id: author.id,
        author_username: author.username,
        body,
        mentions: [author.id, twice.id, watching.id].sort((a, b) => a - b),
        edited: false,
        created_at: expect.stringMatching(/Z$/),
        updated_at: expect.stringMatching(/Z$/),
      });
      const link = `/api/v1/projects/tasks/${taskId}`;
      const notices = await commentNotices([creator, assignee, author, twice, watching, bystander, outsider]);
      const expected = [
        { user_id: creator.id, type: 'comment_added' },
        { user_id: assignee.id, type: 'comment_added' },
        { user_id: twice.id, type: 'mention' },
        { user_id: watching.id, type: 'mention' },
      ].sort((a, b) => a.user_id - b.user_id);
      expect(notices.map(({ user_id, type }) => ({ user_id, type }))).toEqual(expected);
      expect(notices.every((n) => n.link === link)).toBe(true);
      expect(notices.find((n) => n.user_id === twice.id)).toMatchObject({
        title: `${author.username} mentioned you on "Fix the login page"`,
        message: body,
      });
      expect(notices.find((n) => n.user_id === creator.id)).toMatchObject({
        title: 'New comment on "Fix the login page"',
        message: `${author.username}: ${body}`,
      });
      // Each notification also left for its user's room, once.
      const pushed = await db.query<{ room: string }[]>(
        `SELECT room FROM outbox_events
          WHERE event = 'notification' AND payload->>'link' = $1 AND payload->>'type' IN ('mention', 'comment_added') ORDER BY room`,
        [link],
      );
      expect(pushed.map((p) => p.room)).toEqual(expected.map((e) => `user:${e.user_id}`).sort());

      expect(await watcherIds(taskId)).toEqual([creator.id, assignee.id, author.id, watching.id].sort((a, b) => a - b));
      const [history] = await db.query<{ action: string; field: string; new_value: string; actor_id: number }[]>(
        `SELECT action, field, new_value, actor_id FROM activities WHERE task_id = $1 AND action = 'commented'`,
        [taskId],
      );
      expect(history).toEqual({ action: 'commented', field: 'comment_id', new_value: String(res.body.id), actor_id: author.id });
    });

    it('an edit notifies only members newly mentioned; a mention removed and restored is refused by the dedup key', async () => {
      const [{ id }] = await db.query<{ id: number }[]>('SELECT id FROM comments WHERE task_id = $1 AND author_id = $2', [taskId, author.id]);
      const before = await commentNotices([creator, assignee, author, twice, watching, bystander]);

      const edited = await editComment(author, id, `now only @${bystander.username}`);
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ edited: true, mentions: [bystander.id], body: `now only @${bystander.username}` });
      await editComment(author, id, `back to @${twice.username} and @${bystander.username}`).expect(200);

      const after = await commentNotices([creator, assignee, author, twice, watching, bystander]);
      expect(after.length).toBe(before.length + 1);
      expect(after.filter((n) => n.user_id === bystander.id).map((n) => n.type)).toEqual(['mention']);
      expect(after.filter((n) => n.user_id === twice.id).map((n) => n.type)).toEqual(['mention']);
    });

    it('five concurrent edits adding the same member create one mention', async () => {
      const late = await member();
      const created = await postComment(author, taskId, 'first draft').expect(201);
      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) => editComment(author, created.body.id, `draft ${i} for @${late.username}`)),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      const rows = await db.query(`SELECT id FROM notifications WHERE user_id = $1 AND type = 'mention'`, [late.id]);
      expect(rows).toHaveLength(1);
    });
  });

  describe('edit and delete rules', () => {
    let author: TestUser;
    let other: TestUser;
    let manager: TestUser;
    let projectOwner: TestUser;
    let outsider: TestUser;
    let taskId: string;

    beforeAll(async () => {
      [author, other, manager, projectOwner] = await Promise.all([member(), member(), member('manager'), member()]);
      outsider = await createUser(t);
      const [{ id }] = await db.query<{ id: string }[]>(
        `INSERT INTO projects (organization_id, owner_id, name) VALUES ($1, $2, 'owned by a member') RETURNING id`,
        [owner.organizationId, projectOwner.id],
      );
      taskId = (await t.http.post(`/api/v1/projects/${id}/tasks`).set('Authorization', author.auth).send({ title: 'x' }).expect(201)).body.id;
    });

    const fresh = async () => (await postComment(author, taskId, 'something to say').expect(201)).body as { id: number };

    it('only the author edits: another member gets 403, an outsider 404, an unknown id 404, a bad body 422', async () => {
      const comment = await fresh();
      expectProblem(await editComment(other, comment.id, 'hijack'), 403, 'NOT_THE_COMMENT_AUTHOR');
      expectProblem(await editComment(manager, comment.id, 'hijack'), 403, 'NOT_THE_COMMENT_AUTHOR');
      expectProblem(await editComment(outsider, comment.id, 'hijack'), 404, 'COMMENT_NOT_FOUND');
      expectProblem(await editComment(author, 2_000_000_000, 'x'), 404, 'COMMENT_NOT_FOUND');
      expectProblem(await editComment(author, comment.id, '   '), 422, 'VALIDATION_FAILED');
      expectProblem(await editComment(author, comment.id, 'x'.repeat(10_001)), 422, 'VALIDATION_FAILED');
      const [row] = await db.query('SELECT body, edited FROM comments WHERE id = $1', [comment.id]);
      expect(row).toEqual({ body: 'something to say', edited: false });
    });

    it('an edit with the same body changes nothing and does not mark it edited', async () => {
      const comment = await fresh();
      const res = await editComment(author, comment.id, '  something to say ').expect(200);
      expect(res.body.edited).toBe(false);
    });

    it('the author, the project owner and an organization manager delete (204); another member gets 403', async () => {
      const comments = [await fresh(), await fresh(), await fresh(), await fresh()];
      const del = (user: TestUser, id: number) => t.http.delete(`/api/v1/comments/${id}`).set('Authorization', user.auth);
      expectProblem(await del(other, comments[0].id), 403, 'FORBIDDEN');
      expectProblem(await del(outsider, comments[0].id), 404, 'COMMENT_NOT_FOUND');
      await del(author, comments[0].id).expect(204);
      await del(projectOwner, comments[1].id).expect(204);
      await del(manager, comments[2].id).expect(204);
      await del(owner, comments[3].id).expect(204);
      const left = await db.query('SELECT id FROM comments WHERE id = ANY($1)', [comments.map((c) => c.id)]);
      expect(left).toEqual([]);
      expectProblem(await del(author, comments[0].id), 404, 'COMMENT_NOT_FOUND');
    });

    it('a comment body is 1..10000 characters and the task must be visible', async () => {
      expectProblem(await postComment(author, taskId, ''), 422, 'VALIDATION_FAILED');
      expectProblem(await postComment(author, taskId, 'x'.repeat(10_001)), 422, 'VALIDATION_FAILED');
      await postComment(author, taskId, 'x'.repeat(10_000)).expect(201);
      expectProblem(await postComment(outsider, taskId, 'hello'), 404, 'TASK_NOT_FOUND');
      expectProblem(await postComment(author, '00000000-0000-4000-8000-000000000000', 'hello'), 404, 'TASK_NOT_FOUND');
      expectProblem(
        await t.http.post(`/api/v1/projects/tasks/not-a-uuid/comments`).set('Authorization', author.auth).send({ body: 'x' }),
        422,
        'VALIDATION_FAILED',
      );
    });
  });

  describe('comments on issues and the list', () => {
    it('pages comments oldest first with authors, on issues as on tasks', async () => {
      const reporter = await member();
      const issue = (
        await t.http
          .post('/api/v1/issues')
          .set('Authorization', reporter.auth)
          .send({ project_id: projectId, title: 'Crash on save', description: 'it crashes' })
          .expect(201)
      ).body as { id: number };
      const commenter = await member();
      for (const text of ['one', 'two', 'three']) {
        await t.http.post(`/api/v1/issues/${issue.id}/comments`).set('Authorization', commenter.auth).send({ body: text }).expect(201);
      }
      const first = await t.http.get(`/api/v1/issues/${issue.id}/comments?limit=2`).set('Authorization', reporter.auth).expect(200);
      expect(first.body).toMatchObject({ total: 3, limit: 2 });
      expect(first.body.items.map((c: { body: string }) => c.body)).toEqual(['one', 'two']);
      expect(first.body.items[0]).toMatchObject({ issue_id: issue.id, task_id: null, author_username: commenter.username });
      const second = await t.http
        .get(`/api/v1/issues/${issue.id}/comments?limit=2&cursor=${encodeURIComponent(first.body.next_cursor)}`)
        .set('Authorization', reporter.auth)
        .expect(200);
      expect(second.body.items.map((c: { body: string }) => c.body)).toEqual(['three']);
      expect(second.body.next_cursor).toBeNull();

      // The reporter watches their issue, so each comment told them.
      const told = await db.query(`SELECT message FROM notifications WHERE user_id = $1 AND type = 'comment_added' ORDER BY id`, [reporter.id]);
      expect(told.map((n: { message: string }) => n.message)).toEqual([`${commenter.username}: one`, `${commenter.username}: two`, `${commenter.username}: three`]);
      const [activity] = await db.query(`SELECT count(*)::int AS n FROM activities WHERE issue_id = $1 AND action = 'commented'`, [issue.id]);
      expect(activity.n).toBe(3);
    });

    it('mentions resolve case-insensitively to members of the project’s organization only', async () => {
      const mixed = await member('developer', `Mixed_${Date.now()}`);
      const author = await member();
      const stranger = await createUser(t, { username: `stranger_${Date.now()}` });
      const task = await createTask(author);
      const res = await postComment(author, task.id, `hey @${mixed.username.toLowerCase()}. and @${stranger.username}.`).expect(201);
      expect(res.body.mentions).toEqual([mixed.id]);
      expect(await db.query(`SELECT id FROM notifications WHERE user_id = $1`, [stranger.id])).toEqual([]);
    });
  });

  it('comment_added reaches the project room after commit, with the comment JSON', async () => {
    const author = await member();
    const listener = await member();
    const task = await createTask(author);
    const socket = await connect(t.url, listener.token);
    try {
      expect(await emitAck(socket, 'subscribe_project', { project_id: projectId })).toMatchObject({ ok: true });
      const received = nextEvent(socket, 'comment_added', (p) => p.task_id === task.id);
      const posted = await postComment(author, task.id, 'live!').expect(201);
      expect(await received).toEqual(posted.body);
    } finally {
      socket.close();
    }
    await eventually(async () => {
      const rows = await db.query(`SELECT 1 FROM outbox_events WHERE event = 'comment_added' AND delivered_at IS NOT NULL`);
      return rows.length > 0;
    }, 'the comment_added row is marked delivered');
  });
});
