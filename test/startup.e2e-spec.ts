import { ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { freePort } from './support/ports';
import { createTestDatabase } from './support/test-database';

const ROOT = join(__dirname, '..');
const HEALTH_DEADLINE_MS = 60_000;
const STOP_DEADLINE_MS = 45_000;
const POLL_INTERVAL_MS = 250;
const ONE_BOOT_TIMEOUT_MS = 120_000;
const TWO_BOOTS_TIMEOUT_MS = 240_000;
const OUTPUT_EXCERPT_CHARS = 4_000;
const HEALTHY = { status: 'ok', checks: { database: 'up' } };

type Exit = { code: number | null; signal: NodeJS.Signals | null };
type Env = Record<string, string>;

/** The real server (`src/main.ts` through ts-node) with a clean environment and captured output. */
class ServerProcess {
  readonly exited: Promise<Exit>;
  readonly closed: Promise<Exit>;
  private readonly child: ChildProcess;
  private stdoutText = '';
  private stderrText = '';
  private exit?: Exit;

  constructor(
    readonly label: string,
    env: Env,
  ) {
    this.child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', TS_NODE_TRANSPILE_ONLY: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.stdoutText += chunk));
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.stderrText += chunk));
    const settle = (event: 'exit' | 'close') =>
      new Promise<Exit>((resolve) => {
        this.child.once('error', (error) => {
          this.stderrText += `[spawn error] ${error.message}\n`;
          resolve({ code: null, signal: null });
        });
        this.child.once(event, (code: number | null, signal: NodeJS.Signals | null) => resolve({ code, signal }));
      });
    this.exited = settle('exit').then((exit) => (this.exit = exit));
    this.closed = settle('close');
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  get stderr(): string {
    return this.stderrText;
  }

  get stdout(): string {
    return this.stdoutText;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** SIGTERM, then the exit; SIGKILL and an error if it does not come before the deadline. */
  async stop(): Promise<Exit> {
    this.kill('SIGTERM');
    const exit = await Promise.race([this.exited, sleep(STOP_DEADLINE_MS, undefined, { ref: false })]);
    if (exit) return exit;
    this.kill('SIGKILL');
    await this.exited;
    throw new Error(`${this.label} did not exit within ${STOP_DEADLINE_MS} ms of SIGTERM`);
  }

  /** Polls GET /health until it answers 200 with a healthy body; fails early if the process dies. */
  async waitForHealth(port: number): Promise<void> {
    const deadline = Date.now() + HEALTH_DEADLINE_MS;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.label} exited before it was healthy`);
      try {
        const res = await getJson(`http://127.0.0.1:${port}/health`);
        if (res.status === 200 && isDeepStrictEqual(res.body, HEALTHY)) return;
        last = `${res.status} ${JSON.stringify(res.body)}`;
      } catch (error) {
        last = (error as Error).message;
      }
      await sleep(POLL_INTERVAL_MS);
    }
    throw new Error(`${this.label}: GET /health not healthy within ${HEALTH_DEADLINE_MS} ms (last: ${last})`);
  }

  describe(): string {
    const state = this.exit ? `exited ${JSON.stringify(this.exit)}` : `running (pid ${this.child.pid})`;
    return `\n--- ${this.label}: ${state}\n--- stdout:\n${excerpt(this.stdoutText)}\n--- stderr:\n${excerpt(this.stderrText)}`;
  }
}

/** The start (boot log) and the end (last requests, shutdown) of a long output. */
function excerpt(text: string): string {
  if (text.length <= 2 * OUTPUT_EXCERPT_CHARS) return text;
  return `${text.slice(0, OUTPUT_EXCERPT_CHARS)}\n[…]\n${text.slice(-OUTPUT_EXCERPT_CHARS)}`;
}

function getJson(url: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent: false, timeout: 5_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
        } catch {
          resolve({ status: res.statusCode ?? 0, body: text });
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
  });
}

/** Live (non-zombie) processes with an argument inside `dir`, e.g. `postgres -D <dir>/postgres`. */
async function processesUsing(dir: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const found: number[] = [];
  for (const pid of pids) {
    const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0');
    if (args.some((arg) => arg === dir || arg.startsWith(`${dir}/`)) && (await isRunning(pid))) found.push(pid);
  }
  return found;
}

async function isRunning(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) return false;
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

/** A pid that was used a moment ago and is no longer running. */
async function deadPid(): Promise<number> {
  const child = spawn('true', { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('could not spawn `true`');
  return child.pid;
}

async function signalAndWait(pid: number, first: NodeJS.Signals, deadlineMs: number): Promise<void> {
  try {
    process.kill(pid, first);
  } catch {
    return;
  }
  const deadline = Date.now() + deadlineMs;
  while ((await isRunning(pid)) && Date.now() < deadline) await sleep(POLL_INTERVAL_MS);
  if (await isRunning(pid)) process.kill(pid, 'SIGKILL');
}

describe('server process startup and shutdown', () => {
  const dataDirs: string[] = [];
  const everyServer: ServerProcess[] = [];
  let launched: ServerProcess[] = [];

  async function newDataDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-startup-'));
    await chmod(dir, 0o755);
    dataDirs.push(dir);
    return dir;
  }

  function launch(label: string, env: Env): ServerProcess {
    const server = new ServerProcess(label, env);
    launched.push(server);
    everyServer.push(server);
    return server;
  }

  async function embeddedEnv(dataDir: string): Promise<{ env: Env; port: number }> {
    const port = await freePort();
    let databasePort = await freePort();
    while (databasePort === port) databasePort = await freePort();
    return { env: { DATA_DIR: dataDir, PORT: String(port), EMBEDDED_POSTGRES_PORT: String(databasePort) }, port };
  }

  async function expectStoppedCleanly(server: ServerProcess, dataDir: string): Promise<void> {
    const exit = await server.stop();
    expect([
      { code: 0, signal: null },
      { code: null, signal: 'SIGTERM' },
    ]).toContainEqual(exit);
    expect(await processesUsing(dataDir)).toEqual([]);
  }

  /** Runs a scenario; a failure carries the output of every process it started. */
  function scenario(name: string, timeout: number, body: () => Promise<void>): void {
    it(
      name,
      async () => {
        try {
          await body();
        } catch (error) {
          const output = launched.map((server) => server.describe()).join('');
          if (error instanceof Error) error.message += output;
          throw error;
        }
      },
      timeout,
    );
  }

  afterEach(async () => {
    const leftovers = launched.filter((server) => server.running);
    launched = [];
    await Promise.all(leftovers.map((server) => server.stop().catch(() => undefined)));
  }, 60_000);

  afterAll(async () => {
    for (const server of everyServer) server.kill('SIGKILL');
    for (const dir of dataDirs) {
      await Promise.all((await processesUsing(dir)).map((pid) => signalAndWait(pid, 'SIGINT', 15_000)));
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  scenario('a JWT_SECRET_KEY shorter than 32 bytes stops startup with one line on stderr', ONE_BOOT_TIMEOUT_MS, async () => {
    const dataDir = await newDataDir();
    const server = launch('short secret', { JWT_SECRET_KEY: 'short', DATA_DIR: dataDir });

    const exit = await server.closed;

    expect(exit.code).toEqual(expect.any(Number));
    expect(exit.code).not.toBe(0);
    expect(server.stderr).toMatch(/^[^\n]*\bJWT_SECRET_KEY\b[^\n]*\b32 bytes\b[^\n]*\n$/);
    expect(server.stderr).not.toContain('    at ');
    expect(server.stderr).not.toContain('short');
    expect(await readdir(dataDir)).toEqual([]);
  });

  scenario(
    'boots an embedded PostgreSQL with a generated secret, stops cleanly on SIGTERM and reuses the cluster',
    TWO_BOOTS_TIMEOUT_MS,
    async () => {
      const dataDir = await newDataDir();
      const { env, port } = await embeddedEnv(dataDir);
      const secretFile = join(dataDir, 'jwt-secret');

      const first = launch('first boot', env);
      await first.waitForHealth(port);
      expect((await stat(secretFile)).mode & 0o777).toBe(0o600);
      const secret = await readFile(secretFile, 'utf8');
      const cluster = await stat(join(dataDir, 'postgres', 'PG_VERSION'));
      expect(await processesUsing(dataDir)).not.toEqual([]);
      await expectStoppedCleanly(first, dataDir);

      const second = launch('second boot', env);
      await second.waitForHealth(port);
      expect(await readFile(secretFile, 'utf8')).toBe(secret);
      expect((await stat(join(dataDir, 'postgres', 'PG_VERSION'))).ino).toBe(cluster.ino);
      await expectStoppedCleanly(second, dataDir);
    },
  );

  scenario(
    'after a SIGKILL, the next start shuts down the orphaned PostgreSQL and starts a new one',
    TWO_BOOTS_TIMEOUT_MS,
    async () => {
      const dataDir = await newDataDir();
      const { env, port } = await embeddedEnv(dataDir);

      const crashed = launch('boot to be killed', env);
      await crashed.waitForHealth(port);
      crashed.kill('SIGKILL');
      expect(await crashed.exited).toEqual({ code: null, signal: 'SIGKILL' });
      const orphans = await processesUsing(dataDir);
      expect(orphans).toHaveLength(1);

      const recovered = launch('boot after the crash', env);
      await recovered.waitForHealth(port);
      expect(await isRunning(orphans[0])).toBe(false);
      const current = await processesUsing(dataDir);
      expect(current).toHaveLength(1);
      expect(current).not.toContain(orphans[0]);
      await expectStoppedCleanly(recovered, dataDir);
    },
  );

  scenario('a stale postmaster.pid left by a dead process does not prevent startup', TWO_BOOTS_TIMEOUT_MS, async () => {
    const dataDir = await newDataDir();
    const { env, port } = await embeddedEnv(dataDir);

    const first = launch('boot to create the cluster', env);
    await first.waitForHealth(port);
    await expectStoppedCleanly(first, dataDir);

    const clusterDir = join(dataDir, 'postgres');
    await writeFile(join(clusterDir, 'postmaster.pid'), `${await deadPid()}\n${clusterDir}\n`);

    const second = launch('boot over a stale postmaster.pid', env);
    await second.waitForHealth(port);
    await expectStoppedCleanly(second, dataDir);
  });

  scenario('with LOG_LEVEL=info every request line is on stdout when SIGTERM ends the process', ONE_BOOT_TIMEOUT_MS, async () => {
    const database = await createTestDatabase();
    try {
      const port = await freePort();
      const server = launch('logging server', {
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        DATABASE_URL: database.url,
        JWT_SECRET_KEY: 'startup-test-secret-that-is-at-least-32-bytes',
        RISK_SCAN_ENABLED: 'false',
        PORT: String(port),
      });
      await server.waitForHealth(port);
      const ids = Array.from({ length: 50 }, (_, i) => `before-sigterm-${i}`);
      await Promise.all(ids.map((id) => fetch(`http://127.0.0.1:${port}/`, { headers: { 'X-Request-Id': id } }).then((r) => r.text())));

      expect(await server.stop()).toEqual({ code: 0, signal: null });
      const requestLines = server.stdout
        .split('\n')
        .filter((line) => line.includes('"request completed"'))
        .map((line) => JSON.parse(line) as { req: { id: string } });
      for (const id of ids) expect(requestLines.filter((line) => line.req.id === id)).toHaveLength(1);
    } finally {
      await database.drop();
    }
  });
});
