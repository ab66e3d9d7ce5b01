import { Client } from 'pg';
import { seedDatabase } from '../scripts/seed';
import { AccessTokenService } from '../src/common/auth';
import { CursorCodec } from '../src/common/pagination';
import { bootApp, createBenchDatabase, loadAverage, machineInfo, measureInterleaved, writeLatestRun } from './support';

const OTHER_TASKS = 100_000;
/** History rows of the other tasks, so the index holds far more than the measured task's rows. */
const OTHER_ROWS_PER_TASK = 10;
const ENTRIES = 10_000;
const LIMIT = 20;
const SAMPLES = 1_000;
const GOAL_P99_MS = 10;
const DEPTHS = [0, 5_000, ENTRIES - LIMIT];

const fmt = (n: number, digits = 2) => n.toFixed(digits);

/** The keyset position after `offset` rows of the task's history, or null at the start. */
async function keyAt(client: Client, taskId: string, offset: number): Promise<{ created_at: Date; id: string } | null> {
  if (offset === 0) return null;
  const { rows } = await client.query<{ created_at: Date; id: string }>(
    'SELECT created_at, id FROM activities WHERE task_id = $1 ORDER BY created_at, id OFFSET $2 LIMIT 1',
    [taskId, offset - 1],
  );
  return rows[0];
}

const executionMs = (rows: { 'QUERY PLAN': string }[]) =>
  Number(/Execution Time: ([\d.]+) ms/.exec(rows.map((r) => r['QUERY PLAN']).join('\n'))?.[1] ?? NaN);

/** Database time of the page query and of the total (the two queries of a page besides auth and access). */
async function explainMs(client: Client, taskId: string, after: { created_at: Date; id: string } | null): Promise<{ page: number; total: number }> {
  const where = after ? 'AND (a.created_at, a.id) > ($2, $3)' : '';
  const page = await client.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE) SELECT a.*, u.username FROM activities a LEFT JOIN users u ON u.id = a.actor_id
      WHERE a.task_id = $1 ${where} ORDER BY a.created_at, a.id LIMIT ${LIMIT + 1}`,
    after ? [taskId, after.created_at, after.id] : [taskId],
  );
  const total = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE) SELECT count(*) FROM activities WHERE task_id = $1`, [taskId]);
  return { page: executionMs(page.rows), total: executionMs(total.rows) };
}

export async function runActivityBench(): Promise<void> {
  const database = await createBenchDatabase();
  let app: Awaited<ReturnType<typeof bootApp>>['app'] | undefined;
  const client = new Client({ connectionString: database.url });
  try {
    process.stderr.write(`seeding ${OTHER_TASKS} tasks with ${OTHER_ROWS_PER_TASK} history rows each, and one task with ${ENTRIES}...\n`);
    const seeded = await seedDatabase(database.url, { users: 20, projects: 10, tasks: OTHER_TASKS, notifications: 0 });
    await client.connect();
    const userIds = seeded.user_ids;
    await client.query(
      `INSERT INTO activities (task_id, project_id, actor_id, action, field, old_value, new_value, created_at)
       SELECT t.id, t.project_id, ($1::int[])[1 + g % array_length($1::int[], 1)], 'updated', 'priority', (g % 5)::text, ((g + 1) % 5)::text,
              t.created_at + g * interval '1 minute'
         FROM tasks t, generate_series(1, $2::int) g`,
      [userIds, OTHER_ROWS_PER_TASK],
    );
    const {
      rows: [{ id: taskId }],
    } = await client.query<{ id: string }>(`INSERT INTO tasks (project_id, title) VALUES ($1, 'the busy task') RETURNING id`, [seeded.project_ids[0]]);
    await client.query(
      `INSERT INTO activities (task_id, project_id, actor_id, action, field, old_value, new_value, created_at)
       SELECT $1, $2, ($3::int[])[1 + g % array_length($3::int[], 1)], 'updated', 'progress_percentage', (g % 100)::text, ((g + 1) % 100)::text,
              now() - ($4::int - g) * interval '1 second'
         FROM generate_series(1, $4::int) g`,
      [taskId, seeded.project_ids[0], userIds, ENTRIES],
    );
    await client.query('VACUUM ANALYZE activities, tasks');
    const [{ n: totalRows }] = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM activities')).rows;

    const booted = await bootApp(database.url);
    app = booted.app;
    const auth = { authorization: `Bearer ${app.get(AccessTokenService).sign(seeded.bench_user_id)}` };
    const codec = app.get(CursorCodec);
    const base = `${booted.url}/api/v1/projects/tasks/${taskId}/activity?limit=${LIMIT}`;

    const urls: string[] = [];
    const dbTimes: { page: number; total: number }[] = [];
    for (const depth of DEPTHS) {
      const key = await keyAt(client, taskId, depth);
      // The cursor the API hands out after that row (the same keyset and scope as ActivityLog).
      const cursor = key && codec.encode(`activity:task_id:${taskId}`, [key.created_at.toISOString(), key.id]);
      urls.push(cursor ? `${base}&cursor=${encodeURIComponent(cursor)}` : base);
      dbTimes.push(await explainMs(client, taskId, key));
    }
    process.stderr.write('measuring the pages in turn...\n');
    const latencies = await measureInterleaved([...urls, `${booted.url}/api/v1/notifications/unread-count`], auth, SAMPLES);
    const rows = DEPTHS.map((depth, i) => ({ depth, latency: latencies[i], db: dbTimes[i] }));
    const baseline = latencies[DEPTHS.length];
    const worst = Math.max(...rows.map((r) => r.latency.p99));
    const deepest = rows.at(-1)!;
    const report = `Command: \`npm run bench -- activity\`. Machine: ${machineInfo()}; load while measuring: \`${loadAverage()}\`
(the machine is shared with other work, so the tails are noisy). PostgreSQL and the app on the same machine, app with
\`NODE_ENV=production\`, pool of 10. One task with ${ENTRIES.toLocaleString('en-US')} history rows among ${totalRows.toLocaleString('en-US')}
(${OTHER_TASKS.toLocaleString('en-US')} other tasks with ${OTHER_ROWS_PER_TASK} each). Each row: ${SAMPLES} sequential
\`GET /api/v1/projects/tasks/{id}/activity?limit=${LIMIT}\` at that depth (by the cursor the API hands out), the depths and the
anchor taken in turn on one keep-alive connection after 50 warm-up requests; database times are EXPLAIN ANALYZE of the page query and of the count behind \`total\`.

| page | p50 ms | p99 ms | database ms: page | database ms: total |
|---|---|---|---|---|
${rows.map((r) => `| ${r.depth === 0 ? 'first' : `after ${r.depth.toLocaleString('en-US')} rows`} | ${fmt(r.latency.p50)} | ${fmt(r.latency.p99)} | ${fmt(r.db.page, 3)} | ${fmt(r.db.total, 3)} |`).join('\n')}
| anchor: \`GET /notifications/unread-count\` | ${fmt(baseline.p50)} | ${fmt(baseline.p99)} | | |

| goal | result | |
|---|---|---|
| every depth p99 ≤ ${GOAL_P99_MS} ms | worst ${fmt(worst)} ms | ${worst <= GOAL_P99_MS ? 'met' : '**missed**'} |
| deepest page p50 ≤ 1.5 × first page p50 (keyset: the same cost at any depth) | ${fmt(deepest.latency.p50 / rows[0].latency.p50)} × | ${deepest.latency.p50 <= 1.5 * rows[0].latency.p50 ? 'met' : '**missed**'} |`;
    process.stdout.write(`${report}\n`);
    await writeLatestRun('Activity history', report);
  } finally {
    await client.end();
    await app?.close();
    await database.drop();
  }
}
