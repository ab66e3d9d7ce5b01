import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { seedDatabase } from '../scripts/seed';
import { AccessTokenService } from '../src/common/auth';
import { AppConfig, validateEnvironment } from '../src/config';
import { load, loadAverage, LoadResult, median } from './load';
import { ROOT, RunningServer, startServer, TS_NODE } from './servers';
import { createBenchDatabase, machineInfo, writeLatestRun } from './support';

/**
 * Many short rounds rather than a few long ones: on a shared machine the speed drifts over tens of seconds, and
 * a ratio of two runs taken seconds apart drifts much less than one of runs taken half a minute apart.
 * Several processes per server: two launches of the same build differ by up to 8 % in CPU time per request
 * (where the JIT and the heap happen to put things), so one process per server measures its launch as much as
 * its code. Process i of each server is measured next to process i of the others.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 3);
const CONNECTIONS = 10;
const WARMUP_SECONDS = 3;
const NOTIFICATIONS = 20;
export const RESULTS_DIR = join(ROOT, 'bench', 'results');

/** `npm start`'s build step: dist is rebuilt only when the sources changed. */
export function ensureBuild(): void {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-if-changed.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
}

export interface AtlasEnv {
  databaseUrl: string;
  secret: string;
}

/** The built server as production runs it (`node dist/src/main.js`, info-level JSON logs). */
export function startAtlas({ databaseUrl, secret }: AtlasEnv, logFile: string, nodeOptions: string[] = []): Promise<RunningServer> {
  return startServer({
    label: 'Atlas',
    args: ['dist/src/main.js'],
    env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl, JWT_SECRET_KEY: secret, RISK_SCAN_ENABLED: 'false', DATABASE_POOL_SIZE: '10' },
    readyPath: '/health',
    logFile,
    nodeOptions,
  });
}

export function accessToken(secret: string, userId: number): string {
  const env = validateEnvironment({ JWT_SECRET_KEY: secret });
  return new AccessTokenService(new AppConfig(env, { databaseUrl: 'unused', embeddedDatabase: false, jwtSecret: secret })).sign(userId);
}

/** A migrated bench database with one user and their notifications, and a token for that user. */
export async function notificationFixture(notifications = NOTIFICATIONS) {
  const database = await createBenchDatabase();
  const seeded = await seedDatabase(database.url, { users: 1, projects: 1, tasks: 0, notifications });
  const secret = randomBytes(48).toString('base64url');
  return { database, secret, auth: { authorization: `Bearer ${accessToken(secret, seeded.bench_user_id)}` } };
}

async function body(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}

interface Run extends LoadResult {
  /** CPU time the server used per answered request. */
  cpuMsPerRequest: number;
}

interface Target {
  name: string;
  /** The same server, launched PROCESSES times. */
  servers: RunningServer[];
  path: string;
  headers: Record<string, string>;
  /** Per round, one run per process. */
  rounds: Run[][];
}

/** Every run of a target, in the order the runs of every other target line up with. */
function runsOf(t: Target): Run[] {
  return t.rounds.flat();
}

async function measure(server: RunningServer, t: Target): Promise<Run> {
  const cpuBefore = await server.cpuMs();
  const result = await load(`${server.url}${t.path}`, t.headers, SECONDS, CONNECTIONS);
  return { ...result, cpuMsPerRequest: ((await server.cpuMs()) - cpuBefore) / result.requests };
}

function row(target: Target): string {
  const runs = runsOf(target);
  const perProcess = target.servers.map((_, i) => median(target.rounds.map((round) => round[i].rps)).toFixed(0));
  return `| ${target.name} | ${median(runs.map((r) => r.rps)).toFixed(0)} | ${perProcess.join(', ')} | ${median(runs.map((r) => r.p99)).toFixed(1)} | ${median(runs.map((r) => r.cpuMsPerRequest)).toFixed(3)} | ${runs.reduce((n, r) => n + r.failures, 0)} |`;
}

/** For each run, the app's req/s over its anchor's run measured next to it (same round, same process index), then the median. */
function ratio(app: Target, anchor: Target): number {
  const anchorRuns = runsOf(anchor);
  return median(runsOf(app).map((r, i) => r.rps / anchorRuns[i].rps));
}

/** The anchor's CPU time per request over the app's: the throughput ratio if both had the cores to themselves. */
function cpuRatio(app: Target, anchor: Target): number {
  return median(runsOf(anchor).map((r) => r.cpuMsPerRequest)) / median(runsOf(app).map((r) => r.cpuMsPerRequest));
}

const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

async function launch(count: number, start: (i: number) => Promise<RunningServer>, into: RunningServer[]): Promise<RunningServer[]> {
  const launched: RunningServer[] = [];
  for (let i = 0; i < count; i++) {
    const server = await start(i);
    into.push(server);
    launched.push(server);
  }
  return launched;
}

export async function runRequestPathBench(): Promise<void> {
  ensureBuild();
  await mkdir(RESULTS_DIR, { recursive: true });
  const fixture = await notificationFixture();
  const atlasLogs = Array.from({ length: PROCESSES }, (_, i) => join(RESULTS_DIR, `request-path-atlas-${i + 1}.log`));
  for (const log of atlasLogs) await rm(log, { force: true });
  const servers: RunningServer[] = [];
  try {
    const env = { databaseUrl: fixture.database.url, secret: fixture.secret };
    const atlas = await launch(PROCESSES, (i) => startAtlas(env, atlasLogs[i]), servers);
    const bareNest = await launch(
      PROCESSES,
      () => startServer({ label: 'bare Nest', args: [...TS_NODE, 'bench/anchors/bare-nest.ts'], env: {}, readyPath: '/' }),
      servers,
    );
    const plain = await launch(
      PROCESSES,
      () =>
        startServer({
          label: 'plain node',
          args: [...TS_NODE, 'bench/anchors/plain-node.ts'],
          env: { JWT_SECRET_KEY: fixture.secret, DATABASE_URL: fixture.database.url },
          readyPath: '/',
        }),
      servers,
    );

    // The anchors answer exactly what Atlas answers.
    const root = await body(`${atlas[0].url}/`);
    for (const anchor of [...bareNest, ...plain]) {
      if (!isDeepStrictEqual(await body(`${anchor.url}/`), root)) throw new Error(`${anchor.label} answers GET / differently`);
    }
    const page = await body(`${atlas[0].url}/api/v1/notifications`, fixture.auth);
    for (const anchor of plain) {
      if (!isDeepStrictEqual(await body(`${anchor.url}/api/v1/notifications`, fixture.auth), page)) {
        throw new Error('plain node + pg answers the notifications page differently');
      }
    }

    const target = (name: string, processes: RunningServer[], path: string, headers: Record<string, string> = {}): Target => ({
      name,
      servers: processes,
      path,
      headers,
      rounds: [],
    });
    const rootTargets = [
      target('Atlas `GET /`', atlas, '/'),
      target('bare Nest on Express, one controller', bareNest, '/'),
      target('plain node:http', plain, '/'),
    ];
    const pageTargets = [
      target('Atlas `GET /api/v1/notifications`', atlas, '/api/v1/notifications', fixture.auth),
      target('plain node:http + pg, same queries', plain, '/api/v1/notifications', fixture.auth),
    ];
    const targets = [...rootTargets, ...pageTargets];
    const loadBefore = loadAverage();
    process.stderr.write('warming up...\n');
    for (const t of targets) for (const server of t.servers) await load(`${server.url}${t.path}`, t.headers, WARMUP_SECONDS, CONNECTIONS);
    let atlasRequests = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      for (const t of targets) t.rounds.push([]);
      for (let i = 0; i < PROCESSES; i++) {
        for (const t of targets) {
          process.stderr.write(`round ${round}/${ROUNDS}, process ${i + 1}/${PROCESSES}: ${t.name}\n`);
          const result = await measure(t.servers[i], t);
          t.rounds[round - 1].push(result);
          if (t.servers === atlas) atlasRequests += result.requests;
        }
      }
    }
    const loadAfter = loadAverage();

    for (const server of atlas) await server.stop();
    let logged = 0;
    for (const log of atlasLogs) logged += (await readFile(log, 'utf8')).split('\n').filter((line) => line.includes('"request completed"')).length;

    const rootRatio = ratio(rootTargets[0], rootTargets[1]);
    const pageRatio = ratio(pageTargets[0], pageTargets[1]);
    const text = `Machine: ${machineInfo()}; load average ${loadBefore} before, ${loadAfter} after (other work on the machine).
Command: \`npm run bench -- request-path\`. Every server in its own process on 127.0.0.1, PostgreSQL 15 local, autocannon
in the bench process: ${CONNECTIONS} connections, ${SECONDS} s per run. Each server runs as ${PROCESSES} processes (two launches
of one build differ by up to 8 % in CPU time per request); a round measures process 1 of every server, then process 2
(A1, B1, C1, A2, B2, C2...), ${ROUNDS} rounds after a ${WARMUP_SECONDS} s warm-up of each process, and a ratio is the median over
all runs of a run's req/s over its anchor's run next to it. Atlas is \`node dist/src/main.js\` with \`NODE_ENV=production\`,
the default \`LOG_LEVEL=info\` (one JSON line per request, to a file per process: ${logged} lines for ${atlasRequests} measured requests plus warm-ups)
and a pool of 10; the notification page is the first page of ${NOTIFICATIONS} notifications of one user. The anchors
(\`bench/anchors/\`) answer the same JSON as Atlas (checked before the run).

| server | req/s (median) | req/s per process (median) | p99 ms (median) | server CPU ms per request (median) | errors + non-2xx |
|---|---|---|---|---|---|
${targets.map(row).join('\n')}

| goal | result | |
|---|---|---|
| \`GET /\` ≥ 0.8 × bare Nest | ${rootRatio.toFixed(3)}× (plain node:http: ${ratio(rootTargets[0], rootTargets[2]).toFixed(2)}×; by CPU time per request ${cpuRatio(rootTargets[0], rootTargets[1]).toFixed(2)}×) | ${verdict(rootRatio >= 0.8)} |
| notifications page ≥ 0.5 × plain node + pg | ${pageRatio.toFixed(3)}× (by CPU time per request ${cpuRatio(pageTargets[0], pageTargets[1]).toFixed(2)}×) | ${verdict(pageRatio >= 0.5)} |
`;
    process.stdout.write(`${text}\n`);
    await writeLatestRun('Request path', text);
  } finally {
    for (const server of servers) await server.stop();
    await fixture.database.drop();
  }
}
