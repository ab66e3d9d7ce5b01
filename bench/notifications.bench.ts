import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { seedDatabase } from '../scripts/seed';
import { AccessTokenService } from '../src/common/auth';
import { CursorCodec } from '../src/common/pagination';
import { notificationsCursorScope } from '../src/modules/notifications';
import { BareModule } from './bare.module';
import { writeLatestRun, bootApp, createBenchDatabase, Latency, machineInfo, measureLatency } from './support';

const NOTIFICATIONS = 1_000_000;
const DEEP_OFFSET = 900_000;
const SAMPLES = 1_000;
const THROUGHPUT_SECONDS = 10;
const CONNECTIONS = 10;

interface Throughput {
  rps: number;
  p99: number;
  errors: number;
}

async function throughput(url: string, headers: Record<string, string>): Promise<Throughput> {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 }); // warm-up
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: THROUGHPUT_SECONDS });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

/** Database time alone for the page query the app sends, from EXPLAIN ANALYZE. */
async function explainMs(db: DataSource, userId: number, cursor?: [string, number]): Promise<{ ms: number; plan: string }> {
  const where = cursor ? 'AND (n.created_at, n.id) < ($2, $3)' : '';
  const rows: { 'QUERY PLAN': string }[] = await db.query(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM notifications n WHERE n.user_id = $1 ${where}
     ORDER BY n.created_at DESC, n.id DESC LIMIT 21`,
    cursor ? [userId, ...cursor] : [userId],
  );
  const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
  const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
  return { ms, plan };
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

export async function runNotificationsBench(): Promise<void> {
  const database = await createBenchDatabase();
  let app: Awaited<ReturnType<typeof bootApp>>['app'] | undefined;
  try {
    process.stderr.write(`seeding ${NOTIFICATIONS} notifications...\n`);
    const seeded = await seedDatabase(database.url, { users: 1, projects: 1, tasks: 0, notifications: NOTIFICATIONS });
    const userId = seeded.bench_user_id;

    const booted = await bootApp(database.url, [BareModule]);
    app = booted.app;
    const base = `${booted.url}/api/v1`;
    const auth = { authorization: `Bearer ${app.get(AccessTokenService).sign(userId)}` };
    const db = app.get(DataSource);

    const [deepRow] = await db.query<{ created_at: Date; id: number }[]>(
      `SELECT created_at, id FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT 1`,
      [userId, DEEP_OFFSET - 1],
    );
    const deepKey: [string, number] = [deepRow.created_at.toISOString(), deepRow.id];
    const deepCursor = app.get(CursorCodec).encode(notificationsCursorScope(userId, false), deepKey);
    const firstUrl = `${base}/notifications`;
    const deepUrl = `${base}/notifications?cursor=${encodeURIComponent(deepCursor)}`;

    process.stderr.write('measuring latency...\n');
    const first: Latency = await measureLatency(firstUrl, auth, SAMPLES);
    const deep: Latency = await measureLatency(deepUrl, auth, SAMPLES);
    const unread: Latency = await measureLatency(`${base}/notifications/unread-count`, auth, SAMPLES);
    const firstDb = await explainMs(db, userId);
    const deepDb = await explainMs(db, userId, deepKey);

    process.stderr.write('measuring throughput...\n');
    const list = await throughput(firstUrl, auth);
    const counted = await throughput(`${base}/notifications/unread-count`, auth);
    const bare = await throughput(`${base}/_bench/bare`, {});

    const goals = {
      deep: deep.p99 <= 1.5 * first.p99 && deep.p50 <= 1.5 * first.p50,
      p99: first.p99 <= 10 && deep.p99 <= 10,
      rps: list.rps >= 0.5 * bare.rps,
    };
    const report = `Machine: ${machineInfo()}. PostgreSQL and the app on the same machine; app with \`NODE_ENV=production\`,
\`LOG_LEVEL=silent\`, pool of 10. One user with ${NOTIFICATIONS.toLocaleString('en-US')} notifications.
Latency: ${SAMPLES} sequential requests on one keep-alive connection after 50 warm-up requests.
Throughput: autocannon, ${CONNECTIONS} connections, ${THROUGHPUT_SECONDS} s after a 2 s warm-up.

| measurement | p50 ms | p99 ms | req/s | database ms (EXPLAIN ANALYZE) |
|---|---|---|---|---|
| \`GET /notifications\` first page (limit 20) | ${fmt(first.p50)} | ${fmt(first.p99)} | | ${fmt(firstDb.ms, 3)} |
| \`GET /notifications?cursor=\` ${DEEP_OFFSET.toLocaleString('en-US')} rows deep | ${fmt(deep.p50)} | ${fmt(deep.p99)} | | ${fmt(deepDb.ms, 3)} |
| \`GET /notifications/unread-count\` | ${fmt(unread.p50)} | ${fmt(unread.p99)} | | |
| \`GET /notifications\`, ${CONNECTIONS} connections | | ${fmt(list.p99, 0)} | ${fmt(list.rps, 0)} | |
| \`GET /notifications/unread-count\`, ${CONNECTIONS} connections (authenticated baseline) | | ${fmt(counted.p99, 0)} | ${fmt(counted.rps, 0)} | |
| bare Nest endpoint, ${CONNECTIONS} connections | | ${fmt(bare.p99, 0)} | ${fmt(bare.rps, 0)} | |

| goal | result | |
|---|---|---|
| deep page ≤ 1.5 × first page | p50 ${fmt(deep.p50 / first.p50)}×, p99 ${fmt(deep.p99 / first.p99)}× | ${verdict(goals.deep)} |
| first and deep p99 ≤ 10 ms | ${fmt(first.p99)} ms, ${fmt(deep.p99)} ms | ${verdict(goals.p99)} |
| list req/s ≥ 0.5 × bare | ${fmt(list.rps / bare.rps)}× | ${verdict(goals.rps)} |
${list.errors + counted.errors + bare.errors > 0 ? `\nErrors or non-2xx during the throughput runs: list ${list.errors}, unread-count ${counted.errors}, bare ${bare.errors}.\n` : ''}`;
    process.stdout.write(`${report}\n\nFirst page plan:\n${firstDb.plan}\n\nDeep page plan:\n${deepDb.plan}\n`);
    await writeLatestRun('Notifications', report);
  } finally {
    await app?.close();
    await database.drop();
  }
}
