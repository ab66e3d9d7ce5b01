import { DataSource, QueryRunner } from 'typeorm';
import { RiskScanService } from '../src/modules/risk';
import { TaskChange, TaskChangeListeners } from '../src/modules/tasks';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { addMember, createProject, createTask, createUser, TaskSeed, TestUser } from './support/fixtures';

const HOUR = 3_600_000;

describe('risk', () => {
  let t: TestApp;
  let db: DataSource;
  let scans: RiskScanService;
  let owner: TestUser;
  let dev: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    scans = t.app.get(RiskScanService);
    owner = await createUser(t);
    dev = await addMember(t, owner);
  });
  afterAll(async () => t.close());

  const insertTask = (projectId: string, seed: Omit<TaskSeed, 'title'>) => createTask(t, projectId, { title: 'risky', ...seed });
  const alertsFor = async (taskId: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM notifications WHERE type = 'task_at_risk' AND link = $1`, [
      `/api/v1/projects/tasks/${taskId}/risk`,
    ]))[0].n as number;

  it('updates stored levels set-based, only where they changed, and reports counts', async () => {
    const projectId = await createProject(t, owner);
    const now = new Date();
    const overdue = await insertTask(projectId, { dueDate: new Date(now.getTime() - HOUR) });
    const soon = await insertTask(projectId, { dueDate: new Date(now.getTime() + 10 * HOUR) });
    await insertTask(projectId, { dueDate: null });
    await insertTask(projectId, { dueDate: new Date(now.getTime() - HOUR), status: 'Done' });
    const first = await scans.scanProjects([projectId], 'test', now);
    expect(first).toEqual({ tasks_scanned: 3, tasks_changed: 2, high_risk: 1, medium_risk: 1, notifications_sent: 0 });
    const rows = await db.query('SELECT id, risk_level, risk_score FROM tasks WHERE id = ANY($1) ORDER BY risk_score DESC', [[overdue, soon]]);
    expect(rows).toEqual([
      { id: overdue, risk_level: 'high', risk_score: 50 },
      { id: soon, risk_level: 'medium', risk_score: 30 },
    ]);
    const second = await scans.scanProjects([projectId], 'test', now);
    expect(second.tasks_changed).toBe(0);
  });

  it('alerts the assignee once however often the scan runs or the level flaps inside 24 h', async () => {
    const projectId = await createProject(t, owner);
    const start = new Date();
    const taskId = await insertTask(projectId, { dueDate: new Date(start.getTime() - HOUR), assigneeId: dev.id });
    await scans.runScheduled('test', start);
    await scans.runScheduled('test', new Date(start.getTime() + 60_000));
    expect(await alertsFor(taskId)).toBe(1);
    // high -> medium -> high within the window
    await db.query(`UPDATE tasks SET due_date = $2 WHERE id = $1`, [taskId, new Date(start.getTime() + 30 * HOUR)]);
    await scans.runScheduled('test', new Date(start.getTime() + 2 * HOUR));
    expect((await db.query('SELECT risk_level FROM tasks WHERE id = $1', [taskId]))[0].risk_level).toBe('medium');
    await db.query(`UPDATE tasks SET due_date = $2 WHERE id = $1`, [taskId, new Date(start.getTime() - HOUR)]);
    await scans.runScheduled('test', new Date(start.getTime() + 3 * HOUR));
    expect((await db.query('SELECT risk_level FROM tasks WHERE id = $1', [taskId]))[0].risk_level).toBe('high');
    expect(await alertsFor(taskId)).toBe(1);
    // A day later it may alert again.
    await scans.runScheduled('test', new Date(start.getTime() + 25 * HOUR));
    expect(await alertsFor(taskId)).toBe(2);
    const [notification] = await db.query(`SELECT user_id, title FROM notifications WHERE type = 'task_at_risk' AND link LIKE $1`, [`%${taskId}%`]);
    expect(notification.user_id).toBe(dev.id);
  });

  it('a high-risk task that changes hands alerts its new assignee, still once per 24 h per task and assignee', async () => {
    const projectId = await createProject(t, owner);
    const start = new Date();
    const taskId = await insertTask(projectId, { dueDate: new Date(start.getTime() - HOUR), assigneeId: dev.id });
    const recipients = async () =>
      (await db.query(`SELECT user_id FROM notifications WHERE type = 'task_at_risk' AND link LIKE $1 ORDER BY id`, [`%${taskId}%`])).map(
        (r: { user_id: number }) => r.user_id,
      );
    await scans.runScheduled('test', start);
    expect(await recipients()).toEqual([dev.id]);
    await db.query('UPDATE tasks SET assignee_id = $2 WHERE id = $1', [taskId, owner.id]);
    await scans.runScheduled('test', new Date(start.getTime() + 60_000));
    expect(await recipients()).toEqual([dev.id, owner.id]);
    // Back to the first assignee within the window: they were alerted for this task already.
    await db.query('UPDATE tasks SET assignee_id = $2 WHERE id = $1', [taskId, dev.id]);
    await scans.runScheduled('test', new Date(start.getTime() + 2 * HOUR));
    expect(await recipients()).toEqual([dev.id, owner.id]);
    await scans.runScheduled('test', new Date(start.getTime() + 25 * HOUR));
    expect(await recipients()).toEqual([dev.id, owner.id, dev.id]);
  });

  it('concurrent scans alert once', async () => {
    const projectId = await createProject(t, owner);
    const taskId = await insertTask(projectId, { dueDate: new Date(Date.now() - HOUR), assigneeId: dev.id });
    const now = new Date();
    await Promise.all(Array.from({ length: 5 }, () => scans.scanProjects([projectId], 'test', now)));
    expect(await alertsFor(taskId)).toBe(1);
  });

  it('single flight: a scan started while another holds the lock records a skip and runs nothing', async () => {
    const projectId = await createProject(t, owner);
    const taskId = await insertTask(projectId, { dueDate: new Date(Date.now() - HOUR), assigneeId: dev.id });
    await db.query(`INSERT INTO risk_alerts (task_id, user_id, last_alert_at) VALUES ($1, $2, now() - interval '2 days')`, [taskId, dev.id]);
    // Hold the task's alert row so the first scan stops at its alert while holding the advisory lock.
    const blocker: QueryRunner = db.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('SELECT 1 FROM risk_alerts WHERE task_id = $1 FOR UPDATE', [taskId]);
    try {
      const first = scans.runScheduled('instance-a');
      const deadline = Date.now() + 20_000;
      for (;;) {
        const held = await db.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = 7311003 AND granted`);
        if (held.length > 0) break;
        if (Date.now() > deadline) throw new Error('the first scan never took the lock');
        await new Promise((r) => setTimeout(r, 20));
      }
      const second = await scans.runScheduled('instance-b');
      expect(second.skipped).toBe(true);
      await blocker.commitTransaction();
      const outcome = await first;
      expect(outcome.skipped).toBe(false);
      const runs = await db.query(`SELECT trigger, skipped FROM risk_scan_runs WHERE trigger LIKE 'instance-%' ORDER BY trigger`);
      expect(runs).toEqual([
        { trigger: 'instance-a', skipped: false },
        { trigger: 'instance-b', skipped: true },
      ]);
    } finally {
      if (blocker.isTransactionActive) await blocker.rollbackTransaction();
      await blocker.release();
    }
  });

  it('never overwrites a task changed concurrently: a task being completed keeps its Done risk', async () => {
    const projectId = await createProject(t, owner);
    const taskId = await insertTask(projectId, { dueDate: new Date(Date.now() - HOUR), status: 'In Progress', assigneeId: dev.id });
    const completer: QueryRunner = db.createQueryRunner();
    await completer.connect();
    await completer.startTransaction();
    try {
      await completer.query('SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE', [taskId]);
      await completer.query(`UPDATE tasks SET status = 'Done', progress_percentage = 100, risk_score = 0, risk_level = 'low' WHERE id = $1`, [taskId]);
      // The scan does not wait for the completing transaction: it skips the row it holds.
      const result = await scans.scanProjects([projectId], 'test');
      expect(result.tasks_scanned).toBe(0);
      await completer.commitTransaction();
    } finally {
      if (completer.isTransactionActive) await completer.rollbackTransaction();
      await completer.release();
    }
    const [row] = await db.query('SELECT status, risk_score, risk_level FROM tasks WHERE id = $1', [taskId]);
    expect(row).toEqual({ status: 'Done', risk_score: 0, risk_level: 'low' });
    expect(await alertsFor(taskId)).toBe(0);
    const again = await scans.scanProjects([projectId], 'test');
    expect(again.tasks_scanned).toBe(0);
  });

  it('a listener that follows risk sees each rescored task before and after; one that follows other fields is not called', async () => {
    const listeners = t.app.get(TaskChangeListeners);
    const risky: TaskChange[] = [];
    let others = 0;
    listeners.registerFor(['riskScore'], async (changes) => {
      risky.push(...changes);
    });
    listeners.registerFor(['title', 'sprintId'], async () => {
      others += 1;
    });
    const projectId = await createProject(t, owner);
    const now = new Date();
    const overdue = await insertTask(projectId, { dueDate: new Date(now.getTime() - HOUR) });
    await insertTask(projectId, { dueDate: null });
    await scans.scanProjects([projectId], 'test', now);
    expect(risky.map((c) => [c.taskId, c.before?.riskScore, c.after?.riskScore, c.after?.riskLevel, c.changedFields])).toEqual([
      [overdue, 0, 50, 'high', ['riskLevel', 'riskScore']],
    ]);
    expect(risky[0].after).toMatchObject({ id: overdue, projectId, title: 'risky', status: 'To Do' });
    expect(others).toBe(0);
  });

  describe('endpoints', () => {
    it('project summary, task risk with factors, scans now', async () => {
      const projectId = await createProject(t, owner);
      const now = Date.now();
      const high = await insertTask(projectId, { dueDate: new Date(now - HOUR), status: 'In Progress', assigneeId: dev.id, progressPercentage: 10, estimateHours: 8 });
      await insertTask(projectId, { dueDate: new Date(now + 10 * HOUR) });
      await insertTask(projectId, {});
      const scan = await t.http.post(`/api/v1/projects/${projectId}/detect-delays`).set('Authorization', owner.auth).expect(200);
      expect(scan.body).toEqual({ tasks_scanned: 3, high_risk: 1, medium_risk: 1, notifications_sent: 1 });

      const summary = await t.http.get(`/api/v1/projects/${projectId}/risks`).set('Authorization', dev.auth).expect(200);
      expect(summary.body).toMatchObject({ total_active_tasks: 3, high_risk_count: 1, medium_risk_count: 1, low_risk_count: 1 });
      expect(summary.body.high_risk_tasks).toEqual([
        {
          id: high,
          title: 'risky',
          due_date: expect.any(String),
          progress: 10,
          risk_score: 90,
          risk_factors: [
            expect.objectContaining({ code: 'overdue', points: 50 }),
            expect.objectContaining({ code: 'progress_below_25', points: 15 }),
            expect.objectContaining({ code: 'remaining_work_exceeds_time', points: 25 }),
          ],
        },
      ]);
      const risk = await t.http.get(`/api/v1/projects/tasks/${high}/risk`).set('Authorization', dev.auth).expect(200);
      expect(risk.body).toMatchObject({ risk_level: 'high', risk_score: 90 });
      expect(risk.body.risk_factors).toHaveLength(3);
    });

    it("detect-delays over the caller's projects never touches another organization's tasks", async () => {
      const stranger = await createUser(t);
      const theirs = await createProject(t, stranger);
      const theirTask = await insertTask(theirs, { dueDate: new Date(Date.now() - HOUR), assigneeId: stranger.id });
      const mine = await createProject(t, owner);
      await insertTask(mine, { dueDate: new Date(Date.now() - HOUR) });
      const res = await t.http.post('/api/v1/projects/detect-delays').set('Authorization', owner.auth).expect(200);
      expect(res.body.tasks_scanned).toBeGreaterThan(0);
      const [row] = await db.query('SELECT risk_level, risk_score FROM tasks WHERE id = $1', [theirTask]);
      expect(row).toEqual({ risk_level: 'low', risk_score: 0 });
      expect(await alertsFor(theirTask)).toBe(0);
      expectProblem(await t.http.post(`/api/v1/projects/${theirs}/detect-delays`).set('Authorization', owner.auth), 404, 'PROJECT_NOT_FOUND');
      expectProblem(await t.http.get(`/api/v1/projects/${theirs}/risks`).set('Authorization', owner.auth), 404, 'PROJECT_NOT_FOUND');
      expectProblem(await t.http.get(`/api/v1/projects/tasks/${theirTask}/risk`).set('Authorization', owner.auth), 404, 'TASK_NOT_FOUND');
    });
  });
});

describe('risk scan schedule', () => {
  let t: TestApp;
  afterAll(async () => t?.close());

  it('the cron fires on RISK_SCAN_CRON and writes a run row', async () => {
    t = await createTestApp({ env: { RISK_SCAN_ENABLED: 'true', RISK_SCAN_CRON: '* * * * * *' } });
    const db = t.app.get(DataSource);
    const deadline = Date.now() + 15_000;
    let runs: { trigger: string; finished_at: Date | null }[] = [];
    while (runs.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      runs = await db.query(`SELECT trigger, finished_at FROM risk_scan_runs WHERE trigger = 'cron'`);
    }
    expect(runs.length).toBeGreaterThan(0);
    expect(runs[0].finished_at).not.toBeNull();
  });

  it('an invalid RISK_SCAN_CRON stops the boot with a clear message', async () => {
    await expect(createTestApp({ env: { RISK_SCAN_CRON: 'every tuesday' } })).rejects.toThrow(
      'RISK_SCAN_CRON must be a valid cron expression',
    );
  });
});
