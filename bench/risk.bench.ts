import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { seedDatabase } from '../scripts/seed';
import { RiskScanService } from '../src/modules/risk';
import { RISK_SCORE_SQL, riskLevelSql } from '../src/modules/tasks';
import { loadAverage, median } from './load';
import { StatementTrace } from './statement-trace';
import { writeLatestRun, bootApp, createBenchDatabase, machineInfo } from './support';

const ACTIVE_TASKS = 100_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** The same scoring as the scan, as one hand-written statement over every active task: no batches, no reporting. */
const SCORE_SQL = `
  UPDATE tasks t SET risk_score = s.score, risk_level = ${riskLevelSql('s.score')}
    FROM (SELECT t.id, (${RISK_SCORE_SQL})::smallint AS score FROM tasks t WHERE t.status <> 'Done') s
   WHERE t.id = s.id AND (t.risk_score <> s.score OR t.risk_level <> ${riskLevelSql('s.score')})`;

/**
 * The scan's alerts as one hand-written statement: the alert slot of each high-risk task and its
 * assignee (once per 24 hours), the `task_at_risk` notification (unless switched off, deduplicated)
 * and its outbox row with the notification JSON, as the scan writes them.
 */
const ALERT_SQL = `
  WITH high AS (
    SELECT id, title, assignee_id, risk_score FROM tasks WHERE status <> 'Done' AND risk_score >= 40 AND assignee_id IS NOT NULL
  ), claimed AS (
    INSERT INTO risk_alerts (task_id, user_id, last_alert_at) SELECT id, assignee_id, $1 FROM high
    ON CONFLICT (task_id, user_id) DO UPDATE SET last_alert_at = EXCLUDED.last_alert_at
     WHERE risk_alerts.last_alert_at <= EXCLUDED.last_alert_at - interval '24 hours'
    RETURNING task_id
  ), inserted AS (
    INSERT INTO notifications (user_id, type, title, message, link, dedup_key)
    SELECT h.assignee_id, 'task_at_risk', left('At risk: ' || h.title, 200),
           left('"' || h.title || '" is at high risk (score ' || h.risk_score || '); check its due date, progress and blockers', 1000),
           '/api/v1/projects/tasks/' || h.id || '/risk', 'task_at_risk:' || h.id || ':' || h.assignee_id || ':' || $2
      FROM claimed c JOIN tasks h ON h.id = c.task_id
     WHERE NOT EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = h.assignee_id AND p.type = 'task_at_risk' AND NOT p.enabled)
     ORDER BY h.assignee_id
    ON CONFLICT (user_id, dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
    RETURNING *
  ), queued AS (
    INSERT INTO outbox_events (room, event, payload)
    SELECT 'user:' || n.user_id, 'notification', jsonb_build_object('id', n.id, 'type', n.type, 'title', n.title, 'message', n.message,
           'link', n.link, 'read', n.read, 'created_at', to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'read_at', NULL)
      FROM inserted n ORDER BY n.id
  )
  SELECT count(*)::int AS sent FROM inserted`;

/** Every run starts from the same rows: stored risk low, no alerts, notifications or outbox rows. */
const RESET_SQL = `UPDATE tasks SET risk_score = 0, risk_level = 'low'`;
const FORGET_ALERTS_SQL = `TRUNCATE risk_alerts, notifications, notification_counters, outbox_events`;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The app delivers outbox rows after each commit; a measurement starts once it is done. */
async function outboxDrained(client: Client): Promise<void> {
  for (;;) {
    const { rows: [{ n }] } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_events WHERE delivered_at IS NULL');
    if (n === 0) return;
    await sleep(100);
  }
}

const ms = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');

export async function runRiskBench(): Promise<void> {
  const database = await createBenchDatabase();
  let app: Awaited<ReturnType<typeof bootApp>>['app'] | undefined;
  const client = new Client({ connectionString: database.url });
  try {
    process.stderr.write(`seeding ${ACTIVE_TASKS} active tasks...\n`);
    // The seed makes about 15% of tasks Done; seed enough that 100,000 are active.
    const seeded = await seedDatabase(database.url, { users: 50, projects: 20, tasks: Math.ceil(ACTIVE_TASKS / 0.85), notifications: 0 });
    await client.connect();
    await client.query(
      `DELETE FROM tasks WHERE id IN (SELECT id FROM tasks WHERE status <> 'Done' OFFSET $1)`,
      [ACTIVE_TASKS],
    );
    const [{ active }] = (await client.query<{ active: number }>(`SELECT count(*)::int AS active FROM tasks WHERE status <> 'Done'`)).rows;
    await client.query('VACUUM ANALYZE tasks');
    ({ app } = await bootApp(database.url));
    const scans = app.get(RiskScanService);

    const handFirst = async () => {
      const now = new Date();
      await client.query('BEGIN');
      await client.query(SCORE_SQL, [now]);
      const { rows: [{ sent }] } = await client.query<{ sent: number }>(ALERT_SQL, [now, now.toISOString()]);
      await client.query('COMMIT');
      return sent;
    };
    const runs = { scan: [] as number[], rescan: [] as number[], hand: [] as number[], handRescan: [] as number[] };
    let last: Awaited<ReturnType<RiskScanService['runScheduled']>> | undefined;
    let lastRescan: Awaited<ReturnType<RiskScanService['runScheduled']>> | undefined;
    let handSent = 0;
    const loadBefore = loadAverage();
    for (let round = 0; round < ROUNDS; round++) {
      process.stderr.write(`round ${round + 1}/${ROUNDS}\n`);
      // First scan of the day: every high-risk task raises its alert. Then the steady state: the same
      // rescoring, alerts already sent inside the 24-hour window.
      await client.query(FORGET_ALERTS_SQL);
      await client.query(RESET_SQL);
      runs.hand.push(await timed(async () => (handSent = await handFirst())));
      await outboxDrained(client);
      await client.query(RESET_SQL);
      runs.handRescan.push(await timed(handFirst));
      await client.query(FORGET_ALERTS_SQL);
      await client.query(RESET_SQL);
      runs.scan.push(await timed(async () => (last = await scans.runScheduled('bench'))));
      await outboxDrained(client);
      await client.query(RESET_SQL);
      runs.rescan.push(await timed(async () => (lastRescan = await scans.runScheduled('bench'))));
      await outboxDrained(client);
    }
    const loadAfter = loadAverage();

    // Round trips of one first scan, traced on pg's client.
    await client.query(FORGET_ALERTS_SQL);
    await client.query(RESET_SQL);
    const trace = new StatementTrace();
    trace.install();
    const statements = await trace.record(() => scans.runScheduled('bench')).finally(() => trace.uninstall());

    const scan = median(runs.scan);
    const rescan = median(runs.rescan);
    const hand = median(runs.hand);
    const handRescan = median(runs.handRescan);
    const firstRatio = median(runs.scan.map((v, i) => v / runs.hand[i]));
    const rescanRatio = median(runs.rescan.map((v, i) => v / runs.handRescan[i]));
    const result = last?.result;
    const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
    const text = `Machine: ${machineInfo()}; load average ${loadBefore} before, ${loadAfter} after (other work on the machine).
PostgreSQL 15 and the app on the same machine. ${active} active tasks over ${seeded.project_ids.length} projects (seeded by
\`scripts/seed.ts\`); before each run stored risk is reset to low (every run rescores and rewrites the same rows) and, for a
first scan, alerts, notifications and outbox rows are emptied. ${ROUNDS} rounds, each taking the four runs in turn
(after the app delivered the outbox rows of the previous one); medians. The hand-written statements do the scan's work
set-based in one transaction, without batches: one \`UPDATE\` with the same scoring, then one statement for the alert slots
(task, assignee, once per 24 h), the \`task_at_risk\` notifications (preferences, dedup key) and their outbox rows with the
notification JSON.

| measurement | median ms | runs (ms) |
|---|---|---|
| first scan (\`RiskScanService.runScheduled\`: advisory lock, batches of 5,000, only changed rows, alerts, run row) | ${scan.toFixed(0)} | ${ms(runs.scan)} |
| hand-written statements, first run (alerts sent) | ${hand.toFixed(0)} | ${ms(runs.hand)} |
| rescan, same rows rewritten, alerts already sent within 24 h | ${rescan.toFixed(0)} | ${ms(runs.rescan)} |
| hand-written statements, alerts already sent | ${handRescan.toFixed(0)} | ${ms(runs.handRescan)} |

Last first scan: ${result?.tasks_scanned} scanned, ${result?.tasks_changed} changed, ${result?.high_risk} high, ${result?.medium_risk} medium,
${result?.notifications_sent} \`task_at_risk\` notifications (each with its outbox row; the hand-written statements sent ${handSent});
last rescan: ${lastRescan?.result?.tasks_changed} changed, ${lastRescan?.result?.notifications_sent} notifications.
Round trips of a first scan: ${statements.length} statements (traced on pg's client).

| goal | result | |
|---|---|---|
| first scan with alerts ≤ 2 × the hand-written statements | ${firstRatio.toFixed(2)}× (${(scan / 1000).toFixed(2)} s) | ${verdict(firstRatio <= 2)} |
| rescan ≤ 2 × the hand-written statements | ${rescanRatio.toFixed(2)}× (${(rescan / 1000).toFixed(2)} s) | ${verdict(rescanRatio <= 2)} |
`;
    process.stdout.write(`${text}\n`);
    await writeLatestRun('Risk scan', text);
  } finally {
    await client.end();
    await app?.close();
    await database.drop();
  }
}
