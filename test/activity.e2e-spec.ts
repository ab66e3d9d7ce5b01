import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { ActivityLog } from '../src/modules/activity';
import { IssueChange, IssueChangeListeners } from '../src/modules/issues';
import { TaskChange, TaskChangeListeners } from '../src/modules/tasks';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

interface Row {
  action: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
  actor_id: number | null;
}

describe('activity: every write of a task or an issue is recorded in its transaction', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let dev: TestUser;
  let projectId: string;
  let storyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    owner = await createUser(t, { username: `owner_${Date.now()}` });
    dev = await createUser(t, { organizationId: owner.organizationId });
    projectId = await createProject(t, owner);
    const epic = await t.http.post(`/api/v1/projects/${projectId}/epics`).set('Authorization', owner.auth).send({ name: 'E' }).expect(201);
    const story = await t.http.post(`/api/v1/epics/${epic.body.id}/stories`).set('Authorization', owner.auth).send({ name: 'S' }).expect(201);
    storyId = story.body.id;
  });
  afterAll(async () => t.close());

  const createTask = async (user: TestUser, body: Record<string, unknown> = {}) =>
    (await t.http.post(`/api/v1/projects/${projectId}/tasks`).set('Authorization', user.auth).send({ title: 'A task', ...body }).expect(201))
      .body as { id: string };
  const activityOf = (column: 'task_id' | 'issue_id', id: string | number) =>
    db.query<Row[]>(
      `SELECT action, field, old_value, new_value, reason, actor_id FROM activities WHERE ${column} = $1 ORDER BY created_at, id`,
      [id],
    );
  const count = async () => (await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM activities'))[0].n;

  it('records the creation with its actor', async () => {
    const task = await createTask(dev);
    expect(await activityOf('task_id', task.id)).toEqual([
      { action: 'created', field: null, old_value: null, new_value: null, reason: null, actor_id: dev.id },
    ]);
  });

  it('records each changed field of a PATCH with old and new values as text, and nothing for unchanged ones', async () => {
    const task = await createTask(dev, { description: 'first', priority: 1, estimate_hours: 3 });
    await t.http
      .patch(`/api/v1/projects/tasks/${task.id}`)
      .set('Authorization', dev.auth)
      .send({
        title: 'Renamed',
        description: null,
        priority: 1,
        estimate_hours: 4.5,
        due_date: '2031-05-06T07:08:09.010Z',
        status: 'In Progress',
        assigned_to: owner.id,
        progress_percentage: 30,
      })
      .expect(200);
    const rows = (await activityOf('task_id', task.id)).slice(1);
    const base = { reason: null, actor_id: dev.id };
    expect(rows).toEqual([
      { ...base, action: 'updated', field: 'title', old_value: 'A task', new_value: 'Renamed' },
      { ...base, action: 'updated', field: 'description', old_value: 'first', new_value: null },
      { ...base, action: 'status_changed', field: 'status', old_value: 'To Do', new_value: 'In Progress' },
      { ...base, action: 'assigned', field: 'assignee_id', old_value: null, new_value: String(owner.id) },
      { ...base, action: 'updated', field: 'due_date', old_value: null, new_value: '2031-05-06T07:08:09.010Z' },
      { ...base, action: 'updated', field: 'estimate_hours', old_value: '3', new_value: '4.5' },
      { ...base, action: 'updated', field: 'progress_percentage', old_value: '0', new_value: '30' },
    ]);

    await t.http.patch(`/api/v1/projects/tasks/${task.id}`).set('Authorization', dev.auth).send({ assigned_to: null }).expect(200);
    expect((await activityOf('task_id', task.id)).at(-1)).toEqual({
      ...base,
      action: 'unassigned',
      field: 'assignee_id',
      old_value: String(owner.id),
      new_value: null,
    });
  });

  it('records a start as a status transition and an assignment', async () => {
    const task = await createTask(owner);
    await t.http.post(`/api/v1/projects/tasks/${task.id}/start`).set('Authorization', dev.auth).expect(200);
    expect((await activityOf('task_id', task.id)).slice(1)).toEqual([
      { action: 'status_changed', field: 'status', old_value: 'To Do', new_value: 'In Progress', reason: null, actor_id: dev.id },
      { action: 'assigned', field: 'assignee_id', old_value: null, new_value: String(dev.id), reason: null, actor_id: dev.id },
    ]);
  });

  it('records the completion, and the auto-assignment of the next task with a reason naming the completed one', async () => {
    const project = await createProject(t, owner, 'completion');
    const current = (await t.http.post(`/api/v1/projects/${project}/tasks`).set('Authorization', dev.auth).send({ title: 'current' }).expect(201)).body.id;
    const next = (await t.http.post(`/api/v1/projects/${project}/tasks`).set('Authorization', owner.auth).send({ title: 'next' }).expect(201)).body.id;
    await t.http.post(`/api/v1/projects/tasks/${current}/start`).set('Authorization', dev.auth).expect(200);
    const res = await t.http.post(`/api/v1/projects/tasks/${current}/complete`).set('Authorization', dev.auth).expect(200);
    expect(res.body.task.next_task.id).toBe(next);

    expect((await activityOf('task_id', current)).slice(3)).toEqual([
      { action: 'status_changed', field: 'status', old_value: 'In Progress', new_value: 'Done', reason: null, actor_id: dev.id },
      { action: 'updated', field: 'progress_percentage', old_value: '0', new_value: '100', reason: null, actor_id: dev.id },
    ]);
    const reason = `auto-assigned after completing task ${current}`;
    expect((await activityOf('task_id', next)).slice(1)).toEqual([
      { action: 'status_changed', field: 'status', old_value: 'To Do', new_value: 'In Progress', reason, actor_id: dev.id },
      { action: 'assigned', field: 'assignee_id', old_value: null, new_value: String(dev.id), reason, actor_id: dev.id },
    ]);
  });

  it('records a bulk assignment once per task that changed hands', async () => {
    const a = await createTask(owner);
    const b = await createTask(owner);
    await t.http.patch(`/api/v1/projects/tasks/${b.id}`).set('Authorization', owner.auth).send({ assigned_to: dev.id }).expect(200);
    await t.http.post('/api/v1/projects/tasks/bulk-assign').set('Authorization', owner.auth).send({ task_ids: [a.id, b.id], assigned_to: dev.id }).expect(200);
    expect((await activityOf('task_id', a.id)).slice(1)).toEqual([
      { action: 'assigned', field: 'assignee_id', old_value: null, new_value: String(dev.id), reason: null, actor_id: owner.id },
    ]);
    expect(await activityOf('task_id', b.id)).toHaveLength(2);
  });

  it('records the unassignment of a removed member’s open tasks, with the owner as actor and a reason', async () => {
    const leaver = await createUser(t, { organizationId: owner.organizationId });
    const open = await createTask(owner);
    await t.http.patch(`/api/v1/projects/tasks/${open.id}`).set('Authorization', owner.auth).send({ assigned_to: leaver.id }).expect(200);
    await t.http.delete(`/api/v1/organizations/remove-member/${leaver.id}`).set('Authorization', owner.auth).expect(204);
    expect((await activityOf('task_id', open.id)).at(-1)).toEqual({
      action: 'unassigned',
      field: 'assignee_id',
      old_value: String(leaver.id),
      new_value: null,
      reason: 'removed from the organization',
      actor_id: owner.id,
    });
  });

  it('records blockers linked and resolved on the task, and the issue’s own creation, assignment and transitions', async () => {
    const task = await createTask(owner, { story_id: storyId });
    const issue = (
      await t.http
        .post('/api/v1/issues')
        .set('Authorization', dev.auth)
        .send({ project_id: projectId, title: 'Stuck', description: 'd', issue_type: 'blocker', task_id: task.id })
        .expect(201)
    ).body as { id: number };
    await t.http.post(`/api/v1/issues/${issue.id}/assign`).set('Authorization', owner.auth).send({ assignee_id: dev.id }).expect(200);
    await t.http.post(`/api/v1/issues/${issue.id}/resolve`).set('Authorization', dev.auth).send({ resolution: 'unstuck' }).expect(200);
    await t.http.post(`/api/v1/issues/${issue.id}/reopen`).set('Authorization', owner.auth).expect(200);

    const id = String(issue.id);
    expect((await activityOf('task_id', task.id)).slice(1)).toEqual([
      { action: 'blocker_linked', field: 'issue_id', old_value: null, new_value: id, reason: null, actor_id: dev.id },
      { action: 'blocker_resolved', field: 'issue_id', old_value: id, new_value: null, reason: null, actor_id: dev.id },
      { action: 'blocker_linked', field: 'issue_id', old_value: null, new_value: id, reason: null, actor_id: owner.id },
    ]);
    const base = { reason: null };
    expect(await activityOf('issue_id', issue.id)).toEqual([
      { ...base, action: 'created', field: null, old_value: null, new_value: null, actor_id: dev.id },
      { ...base, action: 'status_changed', field: 'status', old_value: 'open', new_value: 'in_progress', actor_id: owner.id },
      { ...base, action: 'assigned', field: 'assignee_id', old_value: null, new_value: String(dev.id), actor_id: owner.id },
      { ...base, action: 'status_changed', field: 'status', old_value: 'in_progress', new_value: 'resolved', actor_id: dev.id },
      { ...base, action: 'updated', field: 'resolution', old_value: null, new_value: 'unstuck', actor_id: dev.id },
      { ...base, action: 'status_changed', field: 'status', old_value: 'resolved', new_value: 'open', actor_id: owner.id },
      { ...base, action: 'updated', field: 'resolution', old_value: 'unstuck', new_value: null, actor_id: owner.id },
    ]);
  });

  it('pages a history oldest first with actor usernames, by offset or by a stable cursor', async () => {
    const task = await createTask(owner);
    for (const priority of [1, 2, 3, 4]) {
      await t.http.patch(`/api/v1/projects/tasks/${task.id}`).set('Authorization', owner.auth).send({ priority }).expect(200);
    }
    const log = t.app.get(ActivityLog);
    const first = await log.taskPage(task.id, { limit: 2 });
    expect(first.total).toBe(5);
    expect(first.items.map((a) => [a.action, a.new_value])).toEqual([
      ['created', null],
      ['updated', '1'],
    ]);
    expect(first.items[0]).toMatchObject({ actor_id: owner.id, actor_username: owner.username, id: expect.any(Number) });
    const second = await log.taskPage(task.id, { limit: 2, cursor: first.next_cursor! });
    const third = await log.taskPage(task.id, { limit: 2, cursor: second.next_cursor! });
    expect([...second.items, ...third.items].map((a) => a.new_value)).toEqual(['2', '3', '4']);
    expect(third.next_cursor).toBeNull();
    expect((await log.taskPage(task.id, { limit: 2, skip: 4 })).items.map((a) => a.new_value)).toEqual(['4']);
  });

  describe('a write that rolls back leaves no activity row', () => {
    it('when the completion fails at its last step (the notification), neither task keeps a change or a row', async () => {
      const project = await createProject(t, owner, 'rollback');
      const current = (await t.http.post(`/api/v1/projects/${project}/tasks`).set('Authorization', dev.auth).send({ title: 'current' }).expect(201)).body.id;
      const next = (await t.http.post(`/api/v1/projects/${project}/tasks`).set('Authorization', owner.auth).send({ title: 'next' }).expect(201)).body.id;
      await db.query(`CREATE FUNCTION fail_notification() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$`);
      await db.query(`CREATE TRIGGER fail_notification BEFORE INSERT ON notifications FOR EACH STATEMENT EXECUTE FUNCTION fail_notification()`);
      const before = await count();
      try {
        expectProblem(await t.http.post(`/api/v1/projects/tasks/${current}/complete`).set('Authorization', dev.auth), 500, 'INTERNAL_ERROR');
      } finally {
        await db.query('DROP TRIGGER fail_notification ON notifications');
        await db.query('DROP FUNCTION fail_notification()');
      }
      expect(await count()).toBe(before);
      const rows = await db.query<{ id: string; status: string; assignee_id: number | null }[]>(
        'SELECT id, status, assignee_id FROM tasks WHERE id = ANY($1) ORDER BY title',
        [[current, next]],
      );
      expect(rows).toEqual([
        { id: current, status: 'To Do', assignee_id: null },
        { id: next, status: 'To Do', assignee_id: null },
      ]);
    });

    it('when the event cannot be queued after the activity was written, the PATCH leaves neither', async () => {
      const task = await createTask(owner);
      await db.query(`CREATE FUNCTION fail_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$`);
      await db.query(`CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox_events FOR EACH STATEMENT EXECUTE FUNCTION fail_outbox()`);
      try {
        const res = await t.http.patch(`/api/v1/projects/tasks/${task.id}`).set('Authorization', owner.auth).send({ title: 'never' });
        expectProblem(res, 500, 'INTERNAL_ERROR');
      } finally {
        await db.query('DROP TRIGGER fail_outbox ON outbox_events');
        await db.query('DROP FUNCTION fail_outbox()');
      }
      expect((await activityOf('task_id', task.id)).map((r) => r.action)).toEqual(['created']);
      expect((await db.query('SELECT title FROM tasks WHERE id = $1', [task.id]))[0].title).toBe('A task');
    });
  });

  describe('change listeners', () => {
    it('see every task change inside its transaction, and a listener that throws rolls the write back', async () => {
      const seen: { change: TaskChange; statusInTransaction: string }[] = [];
      let fail = false;
      const txHost: TransactionHost<TransactionalAdapterTypeOrm> = t.app.get(TransactionHost);
      t.app.get(TaskChangeListeners).register(async (changes) => {
        for (const change of changes) {
          const [row]: { status: string }[] = await txHost.tx.query('SELECT status FROM tasks WHERE id = $1', [change.taskId]);
          seen.push({ change, statusInTransaction: row.status });
        }
        if (fail) throw new Error('listener refused');
      });
      const task = await createTask(owner);
      await t.http.post(`/api/v1/projects/tasks/${task.id}/start`).set('Authorization', dev.auth).expect(200);
      const created = seen.find((s) => s.change.taskId === task.id && s.change.kind === 'created')!;
      expect(created.change).toMatchObject({ before: null, actorId: owner.id, projectId });
      const started = seen.find((s) => s.change.taskId === task.id && s.change.kind === 'updated')!;
      expect(started.statusInTransaction).toBe('In Progress');
      expect(started.change.before).toMatchObject({ status: 'To Do', assigneeId: null });
      expect(started.change.after).toMatchObject({ status: 'In Progress', assigneeId: dev.id });
      expect(started.change.changedFields).toEqual(expect.arrayContaining(['status', 'assigneeId']));
      expect(started.change.changedFields).not.toContain('title');

      fail = true;
      try {
        expectProblem(
          await t.http.patch(`/api/v1/projects/tasks/${task.id}`).set('Authorization', dev.auth).send({ progress_percentage: 50 }),
          500,
          'INTERNAL_ERROR',
        );
      } finally {
        fail = false;
      }
      expect((await db.query('SELECT progress_percentage FROM tasks WHERE id = $1', [task.id]))[0].progress_percentage).toBe(0);
      expect((await activityOf('task_id', task.id)).map((r) => r.field)).not.toContain('progress_percentage');
    });

    it('see issue changes with the fields that changed', async () => {
      const seen: IssueChange[] = [];
      t.app.get(IssueChangeListeners).register(async (changes) => {
        seen.push(...changes);
      });
      const issue = (
        await t.http.post('/api/v1/issues').set('Authorization', dev.auth).send({ project_id: projectId, title: 'Q', description: 'd' }).expect(201)
      ).body as { id: number };
      await t.http.post(`/api/v1/issues/${issue.id}/resolve`).set('Authorization', dev.auth).send({ resolution: 'answered' }).expect(200);
      const mine = seen.filter((c) => c.issueId === issue.id);
      expect(mine.map((c) => c.kind)).toEqual(['created', 'updated']);
      expect(mine[1].changedFields.sort()).toEqual(['resolution', 'resolvedAt', 'status']);
      expect(mine[1].before).toMatchObject({ status: 'open' });
      expect(mine[1].after).toMatchObject({ status: 'resolved', resolution: 'answered' });
    });
  });
});
