import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { addMember, createEpic, createProject, createStory, createTask, createTasks, createUser, TestUser } from './support/fixtures';

interface CompleteBody {
  task: { id: string; status: string; next_task: { id: string; title: string } | null };
}

describe('task completion: atomic, race-free claim of the next task', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let members: TestUser[];

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    owner = await createUser(t);
    members = [];
    for (let i = 0; i < 64; i++) members.push(await addMember(t, owner));
  });
  afterAll(async () => t.close());

  /** One In Progress task per member, plus `backlog` To Do unassigned tasks in one story. */
  async function seedRound(backlog: number): Promise<{ projectId: string; current: Map<number, string> }> {
    const projectId = await createProject(t, owner);
    const storyId = await createStory(t, await createEpic(t, projectId));
    await createTasks(
      t,
      projectId,
      Array.from({ length: backlog }, (_, i) => ({ storyId, title: `backlog ${i + 1}`, order: i + 1 })),
    );
    const currentIds = await createTasks(
      t,
      projectId,
      members.map((member) => ({ storyId, title: `current of ${member.id}`, status: 'In Progress' as const, assigneeId: member.id })),
    );
    const current = new Map(members.map((member, i) => [member.id, currentIds[i]]));
    return { projectId, current };
  }

  const complete = (user: TestUser, taskId: string) =>
    t.http.post(`/api/v1/projects/tasks/${taskId}/complete`).set('Authorization', user.auth);

  it.each(Array.from({ length: 10 }, (_, round) => [round + 1]))(
    'round %i: 64 concurrent completers each get a distinct next task, and the database agrees',
    async () => {
      const { projectId, current } = await seedRound(100);
      const responses = await Promise.all(members.map((m) => complete(m, current.get(m.id)!)));
      responses.forEach((r) => expect(r.status).toBe(200));
      const bodies = responses.map((r) => r.body as CompleteBody);
      const nextIds = bodies.map((b) => b.task.next_task?.id);
      expect(nextIds.every((id) => typeof id === 'string')).toBe(true);
      expect(new Set(nextIds).size).toBe(64);
      const completedIds = new Set(current.values());
      expect(nextIds.some((id) => completedIds.has(id!))).toBe(false);

      const rows: { id: string; assignee_id: number; status: string }[] = await db.query(
        `SELECT id, assignee_id, status FROM tasks WHERE project_id = $1 AND title LIKE 'backlog %' AND assignee_id IS NOT NULL`,
        [projectId],
      );
      expect(rows).toHaveLength(64);
      const claimedBy = new Map(rows.map((r) => [r.id, r]));
      members.forEach((member, i) => {
        const claimed = claimedBy.get(nextIds[i]!);
        expect(claimed).toEqual({ id: nextIds[i], assignee_id: member.id, status: 'In Progress' });
      });
      const [{ done }] = await db.query(
        `SELECT count(*)::int AS done FROM tasks WHERE project_id = $1 AND status = 'Done'`,
        [projectId],
      );
      expect(done).toBe(64);
      // The claim follows board order: the 64 lowest-ordered backlog tasks were taken.
      const [{ max_order }] = await db.query(
        `SELECT max("order")::int AS max_order FROM tasks WHERE project_id = $1 AND title LIKE 'backlog %' AND assignee_id IS NOT NULL`,
        [projectId],
      );
      expect(max_order).toBe(64);
      const notified = await db.query(
        `SELECT count(*)::int AS n FROM notifications WHERE type = 'task_assigned' AND link = ANY($1)`,
        [nextIds.map((id) => `/api/v1/projects/tasks/${id}`)],
      );
      expect(notified[0].n).toBe(64);
    },
  );

  it('a backlog smaller than the number of completers: the surplus get next_task null', async () => {
    const { projectId, current } = await seedRound(10);
    const responses = await Promise.all(members.map((m) => complete(m, current.get(m.id)!)));
    responses.forEach((r) => expect(r.status).toBe(200));
    const nextIds = responses.map((r) => (r.body as CompleteBody).task.next_task?.id).filter(Boolean);
    expect(nextIds).toHaveLength(10);
    expect(new Set(nextIds).size).toBe(10);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM tasks WHERE project_id = $1 AND status = 'To Do'`,
      [projectId],
    );
    expect(n).toBe(0);
  });

  it('claim order: epic order, story order, task order; tasks without a story last; never the completed task', async () => {
    const me = members[0];
    const projectId = await createProject(t, owner);
    const [late, early] = await Promise.all([createEpic(t, projectId, { name: 'e2', order: 2 }), createEpic(t, projectId, { name: 'e1', order: 1 })]);
    const lateStory = await createStory(t, late, { order: 0 });
    const earlyStory2 = await createStory(t, early, { order: 2 });
    const earlyStory1 = await createStory(t, early, { order: 1 });
    const task = (title: string, storyId: string | null, order: number) => createTask(t, projectId, { title, storyId, order });
    await task('no story', null, -100);
    await task('late epic', lateStory, -50);
    await task('early epic, story 2', earlyStory2, 0);
    await task('early epic, story 1, order 2', earlyStory1, 2);
    await task('early epic, story 1, order 1', earlyStory1, 1);
    const first = await createTask(t, projectId, { title: 'first', storyId: earlyStory1, status: 'In Progress', assigneeId: me.id });
    const expected = ['early epic, story 1, order 1', 'early epic, story 1, order 2', 'early epic, story 2', 'late epic', 'no story', null];
    let currentId = first;
    for (const title of expected) {
      const res = await complete(me, currentId).expect(200);
      const next = (res.body as CompleteBody).task.next_task;
      expect(next?.title ?? null).toBe(title);
      if (next) currentId = next.id;
    }
  });

  it('the same task completed twice in parallel: exactly one 200, the other 409', async () => {
    const { projectId, current } = await seedRound(5);
    const member = members[1];
    const taskId = current.get(member.id)!;
    const results = await Promise.all([complete(member, taskId), complete(member, taskId)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expectProblem(results.find((r) => r.status === 409)!, 409, 'TASK_ALREADY_DONE');
    const assigned = await db.query(
      `SELECT count(*)::int AS n FROM tasks WHERE project_id = $1 AND assignee_id = $2 AND status = 'In Progress'`,
      [projectId, member.id],
    );
    expect(assigned[0].n).toBe(1);
  });

  it('a member who is not the assignee gets 403; the project owner may complete it', async () => {
    const { current } = await seedRound(2);
    const taskId = current.get(members[2].id)!;
    expectProblem(await complete(members[3], taskId), 403, 'TASK_NOT_ASSIGNED_TO_YOU');
    const [{ status }] = await db.query('SELECT status FROM tasks WHERE id = $1', [taskId]);
    expect(status).toBe('In Progress');
    await complete(owner, taskId).expect(200);
  });

  it('an outsider gets 404 and nothing changes', async () => {
    const { current } = await seedRound(2);
    const outsider = await createUser(t);
    const taskId = current.get(members[4].id)!;
    expectProblem(await complete(outsider, taskId), 404, 'TASK_NOT_FOUND');
    const [{ status }] = await db.query('SELECT status FROM tasks WHERE id = $1', [taskId]);
    expect(status).toBe('In Progress');
  });

  it('a real database failure on the notification insert rolls everything back', async () => {
    const { projectId, current } = await seedRound(3);
    const member = members[5];
    const taskId = current.get(member.id)!;
    const before = await db.query(`SELECT count(*)::int AS n FROM outbox_events`);
    const notificationsBefore = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [member.id]);
    await db.query(`CREATE FUNCTION fail_notification() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await db.query(`CREATE TRIGGER fail_notification BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION fail_notification()`);
    try {
      const res = await complete(member, taskId);
      expectProblem(res, 500, 'INTERNAL_ERROR');
      expect(JSON.stringify(res.body)).not.toContain('injected');
    } finally {
      await db.query('DROP TRIGGER fail_notification ON notifications');
      await db.query('DROP FUNCTION fail_notification()');
    }
    const [{ status }] = await db.query('SELECT status FROM tasks WHERE id = $1', [taskId]);
    expect(status).toBe('In Progress');
    const assigned = await db.query(
      `SELECT count(*)::int AS n FROM tasks WHERE project_id = $1 AND title LIKE 'backlog %' AND assignee_id IS NOT NULL`,
      [projectId],
    );
    expect(assigned[0].n).toBe(0);
    const notifications = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [member.id]);
    expect(notifications[0].n).toBe(notificationsBefore[0].n);
    const after = await db.query(`SELECT count(*)::int AS n FROM outbox_events`);
    expect(after[0].n).toBe(before[0].n);
    // With the fault gone the same completion succeeds.
    await complete(member, taskId).expect(200);
  });
});
