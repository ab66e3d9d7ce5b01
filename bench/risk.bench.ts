import { Client } from 'pg';
import { seedDatabase } from '../scripts/seed';
import { RiskScanService } from '../src/modules/risk';
import { RISK_SCORE_SQL, riskLevelSql } from '../src/modules/tasks';
import { writeLatestRun, bootApp, createBenchDatabase, machineInfo, utcDate } from './support';

const ACTIVE_TASKS = 100_000;
const ROUNDS = 5;

/** The same scoring as the scan, as one hand-written statement: no batches, no reporting, no alerts. */
const SINGLE_UPDATE_SQL = `
  UPDATE tasks t SET risk_score = s.score, risk_level = ${riskLevelSql('s.score')}
    FROM (SELECT t.id, (${RISK_SCORE_SQL})::smallint AS score FROM tasks t WHERE t.status <> 'Done') s
   WHERE t.id = s.id AND (t.risk_score <> s.score OR t.risk_level <> ${riskLevelSql('s.score')})`;

const RESET_SQL = `UPDATE tasks SET risk_score = 0, risk_level = 'low'`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

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

    const scanMs: number[] = [];
    const rescanMs: number[] = [];
    const updateMs: number[] = [];
    let last: Awaited<ReturnType<RiskScanService['runScheduled']>> | undefined;
    let lastRescan: Awaited<ReturnType<RiskScanService['runScheduled']>> | undefined;
    for (let round = 0; round < ROUNDS; round++) {
      await client.query(RESET_SQL);
      updateMs.push(await timed(() => client.query(SINGLE_UPDATE_SQL, [new Date()])));
      // First scan of the day: every high-risk task raises its alert.
      await client.query(RESET_SQL);
      await client.query('DELETE FROM risk_alerts');
      scanMs.push(await timed(async () => (last = await scans.runScheduled('bench'))));
      // Steady state: the same rescoring, alerts already sent inside the 24-hour window.
      await client.query(RESET_SQL);
      rescanMs.push(await timed(async () => (lastRescan = await scans.runScheduled('bench'))));
    }
    const scan = median(scanMs);
    const rescan = median(rescanMs);
    const update = median(updateMs);
    const result = last?.result;
    await writeLatestRun(
      'Risk scan',
      `### Run of ${utcDate()}

Machine: ${machineInfo()}. PostgreSQL 15 and the app on the same machine. ${active} active tasks over
${seeded.project_ids.length} projects (seeded by \`scripts/seed.ts\`), stored risk reset to low before each run so
every run rescores and rewrites the same rows. Median of ${ROUNDS} runs each.

| measurement | median ms | runs (ms) |
|---|---|---|
| full scan (\`RiskScanService.runScheduled\`: advisory lock, batches of 5,000, only changed rows, alerts, run row) | ${scan.toFixed(0)} | ${scanMs.map((v) => v.toFixed(0)).join(', ')} |
| rescan, same rows rewritten, alerts already sent within 24 h | ${rescan.toFixed(0)} | ${rescanMs.map((v) => v.toFixed(0)).join(', ')} |
| one hand-written set-based \`UPDATE\` with the same scoring | ${update.toFixed(0)} | ${updateMs.map((v) => v.toFixed(0)).join(', ')} |

Last first scan: ${result?.tasks_scanned} scanned, ${result?.tasks_changed} changed, ${result?.high_risk} high, ${result?.medium_risk} medium,
${result?.notifications_sent} \`task_at_risk\` notifications (each with its outbox row); last rescan:
${lastRescan?.result?.tasks_changed} changed, ${lastRescan?.result?.notifications_sent} notifications.

| goal | result | |
|---|---|---|
| full scan ≤ 2 s | first ${(scan / 1000).toFixed(2)} s, rescan ${(rescan / 1000).toFixed(2)} s | ${scan <= 2000 && rescan <= 2000 ? 'met' : '**missed**'} |
| scan ≤ 2 × the single statement | first ${(scan / update).toFixed(2)}×, rescan ${(rescan / update).toFixed(2)}× | ${scan <= 2 * update && rescan <= 2 * update ? 'met' : '**missed**'} |
`,
    );
    process.stderr.write(`scan ${scan.toFixed(0)} ms, rescan ${rescan.toFixed(0)} ms, single update ${update.toFixed(0)} ms\n`);
  } finally {
    await client.end();
    await app?.close();
    await database.drop();
  }
}
