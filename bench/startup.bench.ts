import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../test/support/ports';
import { loadAverage, median } from './load';
import { ensureBuild, RESULTS_DIR } from './request-path.bench';
import { ROOT, waitFor200 } from './servers';
import { createBenchDatabase, machineInfo, writeLatestRun } from './support';

const RESTARTS = Number(process.env.BENCH_RESTARTS ?? 3);
const STOP_DEADLINE_MS = 60_000;

interface Started {
  child: ChildProcess;
  ms: number;
}

/** `npm start` in `cwd` (its own process group) until GET /health answers 200; the time it took. */
async function npmStart(cwd: string, env: Record<string, string>, logFile: string): Promise<Started> {
  const port = await freePort();
  const fd = openSync(logFile, 'a');
  const started = process.hrtime.bigint();
  const child = spawn('npm', ['start'], {
    cwd,
    detached: true,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  try {
    await waitFor200(`http://127.0.0.1:${port}/health`, child, 180_000, 20);
  } catch (error) {
    await stop(child);
    throw new Error(`${(error as Error).message} (output in ${logFile})`);
  }
  return { child, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

/** SIGTERM to the whole group (npm, the server), then waits for npm to exit. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), STOP_DEADLINE_MS);
  await exited;
  clearTimeout(timer);
}

/** Live processes with an argument inside `dir` (the embedded PostgreSQL of that data folder). */
async function processesUsing(dir: string): Promise<number[]> {
  const found: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const args = (await readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => '')).split('\0');
    if (args.some((arg) => arg.startsWith(dir))) found.push(Number(name));
  }
  return found;
}

async function waitUntilStopped(dir: string): Promise<void> {
  const deadline = Date.now() + STOP_DEADLINE_MS;
  while ((await processesUsing(dir)).length > 0) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL on ${dir} is still running`);
    await sleep(100);
  }
}

async function embeddedEnv(dataDir: string): Promise<Record<string, string>> {
  return { DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) };
}

async function restarts(cwd: string, env: Record<string, string>, log: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RESTARTS; i++) {
    const started = await npmStart(cwd, env, log);
    times.push(started.ms);
    await stop(started.child);
    if (env.DATA_DIR) await waitUntilStopped(env.DATA_DIR);
  }
  return times;
}

/** The workspace folders of the root package (each may hold its own node_modules, as web/ does). */
function workspaces(): string[] {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { workspaces?: string[] }).workspaces ?? [];
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/**
 * `npm run bench -- startup`: `npm start` to the first GET /health 200, (1) restarting with an
 * unchanged build on an initialised embedded PostgreSQL and on an external one, and (2) in a fresh
 * clone of the committed branch after install (node_modules, the root's and each workspace's, hard-linked in; the build and the
 * embedded cluster's initdb are part of the time).
 */
export async function runStartupBench(): Promise<void> {
  ensureBuild();
  const work = await mkdtemp(join(tmpdir(), 'atlas-startup-bench-'));
  await chmod(work, 0o755);
  const log = join(RESULTS_DIR, 'startup.log');
  await rm(log, { force: true });
  const external = await createBenchDatabase();
  try {
    const loadBefore = loadAverage();
    const dataDir = join(work, 'data');
    const env = await embeddedEnv(dataDir);
    const first = await npmStart(ROOT, env, log);
    await stop(first.child);
    await waitUntilStopped(dataDir);
    const embedded = await restarts(ROOT, env, log);
    const externalDb = await restarts(
      ROOT,
      { DATABASE_URL: external.url, JWT_SECRET_KEY: 'startup-bench-secret-that-is-at-least-32-bytes' },
      log,
    );

    const clone = join(work, 'clone');
    const branch = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    execFileSync('git', ['clone', '--quiet', '--branch', branch, ROOT, clone]);
    for (const dir of ['.', ...workspaces()]) {
      if (existsSync(join(ROOT, dir, 'node_modules'))) execFileSync('cp', ['-al', join(ROOT, dir, 'node_modules'), join(clone, dir, 'node_modules')]);
    }
    const cloneEnv = await embeddedEnv(join(clone, '.data'));
    const fresh = await npmStart(clone, cloneEnv, log);
    await stop(fresh.child);
    await waitUntilStopped(cloneEnv.DATA_DIR);
    const loadAfter = loadAverage();

    const restart = median(embedded);
    const text = `Machine: ${machineInfo()}; load average ${loadBefore} before, ${loadAfter} after (other work on the machine).
Command: \`npm run bench -- startup\`: \`npm start\` (its \`prestart\` build check included) until the first \`GET /health\` 200,
polled every 20 ms. ${RESTARTS} restarts each; a fresh clone of commit ${commit} with \`node_modules\` hard-linked in
(the install itself is not timed).

| measurement | first /health 200 (s) |
|---|---|
| restart, unchanged build, embedded PostgreSQL already initialised | median ${seconds(restart)} (${embedded.map(seconds).join(', ')}) |
| restart, unchanged build, external PostgreSQL (\`DATABASE_URL\`) | median ${seconds(median(externalDb))} (${externalDb.map(seconds).join(', ')}) |
| first start in a new data folder (initdb), unchanged build | ${seconds(first.ms)} |
| fresh clone after install: build, initdb, migrations, boot | ${seconds(fresh.ms)} |

| goal | result | |
|---|---|---|
| restart with an unchanged build ≤ 3 s | ${seconds(restart)} s | ${verdict(restart <= 3000)} |
| fresh clone after install ≤ 15 s | ${seconds(fresh.ms)} s | ${verdict(fresh.ms <= 15000)} |
`;
    process.stdout.write(`${text}\n`);
    await writeLatestRun('Startup', text);
  } finally {
    await external.drop();
    await rm(work, { recursive: true, force: true });
  }
}
