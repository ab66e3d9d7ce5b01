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
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
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
  server: RunningServer;
  path: string;
  headers: Record<string, string>;
  runs: Run[];
}

async function measure(t: Target): Promise<Run> {
  const cpuBefore = await t.server.cpuMs();
  const result = await load(`${t.server.url}${t.path}`, t.headers, SECONDS, CONNECTIONS);
  return { ...result, cpuMsPerRequest: ((await t.server.cpuMs()) - cpuBefore) / result.requests };
}

function row(target: Target): string {
  const rps = target.runs.map((r) => r.rps);
  const cpu = median(target.runs.map((r) => r.cpuMsPerRequest));
  return `| ${target.name} | ${median(rps).toFixed(0)} | ${rps.map((n) => n.toFixed(0)).join(', ')} | ${median(target.runs.map((r) => r.p99)).toFixed(1)} | ${cpu.toFixed(3)} | ${target.runs.reduce((n, r) => n + r.failures, 0)} |`;
}

/** Per round, the app's figure over its anchor's (measured next to each other), then the median. */
function ratio(app: Target, anchor: Target): number {
  return median(app.runs.map((r, i) => r.rps / anchor.runs[i].rps));
}

/** The anchor's CPU time per request over the app's: the throughput ratio if both had the cores to themselves. */
function cpuRatio(app: Target, anchor: Target): number {
  return median(anchor.runs.map((r) => r.cpuMsPerRequest)) / median(app.runs.map((r) => r.cpuMsPerRequest));
}

const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

export async function runRequestPathBench(): Promise<void> {
  ensureBuild();
  await mkdir(RESULTS_DIR, { recursive: true });
  const fixture = await notificationFixture();
  const atlasLog = join(RESULTS_DIR, 'request-path-atlas.log');
  await rm(atlasLog, { force: true });
  const servers: RunningServer[] = [];
  try {
    const atlas = await startAtlas({ databaseUrl: fixture.database.url, secret: fixture.secret }, atlasLog);
    servers.push(atlas);
    const bareNest = await startServer({ label: 'bare Nest', args: [...TS_NODE, 'bench/anchors/bare-nest.ts'], env: {}, readyPath: '/' });
    servers.push(bareNest);
    const plain = await startServer({
      label: 'plain node',
      args: [...TS_NODE, 'bench/anchors/plain-node.ts'],
      env: { JWT_SECRET_KEY: fixture.secret, DATABASE_URL: fixture.database.url },
      readyPath: '/',
    });
    servers.push(plain);

    // The anchors answer exactly what Atlas answers.
    const root = await body(`${atlas.url}/`);
    for (const anchor of [bareNest, plain]) {
      if (!isDeepStrictEqual(await body(`${anchor.url}/`), root)) throw new Error(`${anchor.label} answers GET / differently`);
    }
    const page = await body(`${atlas.url}/api/v1/notifications`, fixture.auth);
    if (!isDeepStrictEqual(await body(`${plain.url}/api/v1/notifications`, fixture.auth), page)) {
      throw new Error('plain node + pg answers the notifications page differently');
    }

    const target = (name: string, server: RunningServer, path: string, headers: Record<string, string> = {}): Target => ({
      name,
      server,
      path,
      headers,
      runs: [],
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
    for (const t of targets) await load(`${t.server.url}${t.path}`, t.headers, WARMUP_SECONDS, CONNECTIONS);
    let atlasRequests = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      for (const t of targets) {
        process.stderr.write(`round ${round}/${ROUNDS}: ${t.name}\n`);
        const result = await measure(t);
        t.runs.push(result);
        if (t.server === atlas) atlasRequests += result.requests;
      }
    }
    const loadAfter = loadAverage();

    await atlas.stop();
    const logged = (await readFile(atlasLog, 'utf8')).split('\n').filter((line) => line.includes('"request completed"')).length;

    const rootRatio = ratio(rootTargets[0], rootTargets[1]);
    const pageRatio = ratio(pageTargets[0], pageTargets[1]);
    const text = `Machine: ${machineInfo()}; load average ${loadBefore} before, ${loadAfter} after (other work on the machine).
Command: \`npm run bench -- request-path\`. Every server in its own process on 127.0.0.1, PostgreSQL 15 local, autocannon
in the bench process: ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds alternating the servers
(A, B, C, A, B, C...) after a ${WARMUP_SECONDS} s warm-up each. Atlas is \`node dist/src/main.js\` with \`NODE_ENV=production\`,
the default \`LOG_LEVEL=info\` (one JSON line per request, to a file: ${logged} lines for ${atlasRequests} measured requests plus warm-ups)
and a pool of 10; the notification page is the first page of ${NOTIFICATIONS} notifications of one user. The anchors
(\`bench/anchors/\`) answer the same JSON as Atlas (checked before the run).

| server | req/s (median) | req/s per round | p99 ms (median) | server CPU ms per request (median) | errors + non-2xx |
|---|---|---|---|---|---|
${targets.map(row).join('\n')}

| goal | result | |
|---|---|---|
| \`GET /\` ≥ 0.8 × bare Nest | ${rootRatio.toFixed(2)}× (plain node:http: ${ratio(rootTargets[0], rootTargets[2]).toFixed(2)}×; by CPU time per request ${cpuRatio(rootTargets[0], rootTargets[1]).toFixed(2)}×) | ${verdict(rootRatio >= 0.8)} |
| notifications page ≥ 0.5 × plain node + pg | ${pageRatio.toFixed(2)}× (by CPU time per request ${cpuRatio(pageTargets[0], pageTargets[1]).toFixed(2)}×) | ${verdict(pageRatio >= 0.5)} |
`;
    process.stdout.write(`${text}\n`);
    await writeLatestRun('Request path', text);
  } finally {
    for (const server of servers) await server.stop();
    await fixture.database.drop();
  }
}
