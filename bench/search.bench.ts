import { Client } from 'pg';
import { SEED_VOCABULARY, seedDatabase } from '../scripts/seed';
import { AccessTokenService } from '../src/common/auth';
import { parseSearch, toTsQueryText } from '../src/modules/search';
import { SEARCH_SQL } from '../src/modules/search/search.sql';
import {
  bootApp,
  createBenchDatabase,
  Latency,
  loadAverage,
  machineInfo,
  measureLatency,
  percentile,
  writeLatestRun,
} from './support';

const TASKS = 1_000_000;
const COMMENTS = 1_000_000;
const SAMPLES = 1_000;
const PAIRS = 200;
const GOAL_P99_MS = 30;

/** The GIN indexes are built after the bulk load (much faster than maintaining them row by row). */
const SEARCH_INDEXES = ['tasks', 'comments'];

interface Workload {
  name: string;
  /** Vocabulary rank ranges of the two words (rank 0 is the most frequent word). */
  first: [number, number];
  second: [number, number];
}

const WORKLOADS: Workload[] = [
  { name: 'two words of ordinary frequency (ranks 100..2000)', first: [100, 2000], second: [100, 2000] },
  { name: 'one very common word (ranks 0..20) and an ordinary one', first: [0, 20], second: [100, 2000] },
  { name: 'two very common words (ranks 0..20)', first: [0, 20], second: [0, 20] },
];

/** Deterministic word pairs for a workload. */
function pairsOf(workload: Workload): [string, string][] {
  let state = 7;
  const next = (range: [number, number]) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return SEED_VOCABULARY[range[0] + (state % (range[1] - range[0]))];
  };
  return Array.from({ length: PAIRS }, () => {
    const a = next(workload.first);
    let b = next(workload.second);
    while (b === a) b = next(workload.second);
    return [a, b];
  });
}

interface Measured {
  workload: Workload;
  latency: Latency;
  medianTotal: number;
  /** Database time of the search query over every pair of the workload. */
  db: { p50: number; p99: number };
  plan: string;
}

async function explain(client: Client, userId: number, words: [string, string]): Promise<{ ms: number; plan: string }> {
  const tsquery = toTsQueryText(parseSearch(words.join(' ')));
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${SEARCH_SQL}`, [
    userId,
    null,
    tsquery,
    ['task', 'issue', 'comment'],
    21,
    0,
    null,
    null,
    null,
  ]);
  const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
  return { ms: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN), plan };
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

export async function runSearchBench(): Promise<void> {
  const database = await createBenchDatabase();
  let app: Awaited<ReturnType<typeof bootApp>>['app'] | undefined;
  const client = new Client({ connectionString: database.url });
  try {
    await client.connect();
    for (const table of SEARCH_INDEXES) await client.query(`DROP INDEX ix_${table}_search`);
    process.stderr.write(`seeding ${TASKS} tasks and ${COMMENTS} comments with words...\n`);
    const started = Date.now();
    const seeded = await seedDatabase(
      database.url,
      { users: 20, projects: 10, tasks: TASKS, comments: COMMENTS, words: true, notifications: 0 },
      (stage, done, total) => process.stderr.write(`\r${stage} ${done}/${total}   `),
    );
    process.stderr.write('\nbuilding the GIN indexes...\n');
    for (const table of SEARCH_INDEXES) await client.query(`CREATE INDEX ix_${table}_search ON ${table} USING gin (search_vector)`);
    await client.query('VACUUM ANALYZE tasks, comments');
    const seedSeconds = (Date.now() - started) / 1000;

    const booted = await bootApp(database.url);
    app = booted.app;
    const userId = seeded.bench_user_id;
    const auth = { authorization: `Bearer ${app.get(AccessTokenService).sign(userId)}` };
    const base = `${booted.url}/api/v1`;

    const measured: Measured[] = [];
    for (const workload of WORKLOADS) {
      process.stderr.write(`measuring: ${workload.name}\n`);
      const pairs = pairsOf(workload);
      const urlOf = (i: number) => `${base}/search?q=${encodeURIComponent(pairs[i % pairs.length].join(' '))}`;
      const latency = await measureLatency(urlOf, auth, SAMPLES);
      const totals: number[] = [];
      for (const pair of pairs.slice(0, 25)) {
        const res = await fetch(`${base}/search?q=${encodeURIComponent(pair.join(' '))}`, { headers: auth });
        totals.push(((await res.json()) as { total: number }).total);
      }
      totals.sort((a, b) => a - b);
      const explained = [];
      for (const pair of pairs) explained.push(await explain(client, userId, pair));
      const dbMs = explained.map((e) => e.ms).sort((a, b) => a - b);
      measured.push({
        workload,
        latency,
        medianTotal: totals[Math.floor(totals.length / 2)],
        db: { p50: percentile(dbMs, 50), p99: percentile(dbMs, 99) },
        plan: explained[0].plan,
      });
    }
    const baseline = await measureLatency(`${base}/notifications/unread-count`, auth, SAMPLES);

    const goal = measured[0].latency.p99 <= GOAL_P99_MS;
    const report = `Command: \`npm run bench -- search\`. Machine: ${machineInfo()}; load while measuring: \`${loadAverage()}\`
(the machine is shared with other work, so the tails are noisy). PostgreSQL and the app on the same machine, app with
\`NODE_ENV=production\`, pool of 10. ${TASKS.toLocaleString('en-US')} tasks (title: 4 words, description: 12) and
${COMMENTS.toLocaleString('en-US')} comments (10 words) over 10 projects of one organization, all visible to the caller, words drawn
from 8,400 with a skewed frequency; seeded and indexed in ${fmt(seedSeconds, 0)} s. Each row: ${SAMPLES} sequential
\`GET /api/v1/search?q=<w1> <w2>\` (prefix match on both words, all three types, limit 20) over ${PAIRS} different word pairs, on one
keep-alive connection after 50 warm-up requests; "matches" is the median \`total\` of 25 of those queries; database time is
EXPLAIN ANALYZE of the search query of each of the ${PAIRS} pairs (the statement alone, without HTTP, auth and JSON).

| query | p50 ms | p99 ms | matches (median) | database p50 ms | database p99 ms |
|---|---|---|---|---|---|
${measured.map((m) => `| ${m.workload.name} | ${fmt(m.latency.p50)} | ${fmt(m.latency.p99)} | ${m.medianTotal} | ${fmt(m.db.p50)} | ${fmt(m.db.p99)} |`).join('\n')}
| anchor: \`GET /notifications/unread-count\` (authenticated route, one counter read) | ${fmt(baseline.p50)} | ${fmt(baseline.p99)} | | | |

| goal | result | |
|---|---|---|
| two-word query p99 ≤ ${GOAL_P99_MS} ms | ${fmt(measured[0].latency.p99)} ms (${fmt(measured[0].latency.p99 / baseline.p99, 1)} × the anchor's p99) | ${goal ? 'met' : '**missed**'} |
| (for reading the above) the statement's own p99 over the same pairs | ${fmt(measured[0].db.p99)} ms | ${measured[0].db.p99 <= GOAL_P99_MS ? 'within' : 'over'} ${GOAL_P99_MS} ms |

Words that occur in a large share of the rows cost more: every match is ranked before the page is cut, so the
common-word rows show how the cost grows with the number of matches.`;
    process.stdout.write(`${report}\n\n${measured.map((m) => `Plan (${m.workload.name}):\n${m.plan}`).join('\n\n')}\n`);
    await writeLatestRun('Search', report);
  } finally {
    await client.end();
    await app?.close();
    await database.drop();
  }
}
