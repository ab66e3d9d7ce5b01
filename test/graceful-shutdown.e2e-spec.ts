import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { freePort } from './support/ports';
import { Exit, processesUsing, ServerProcess } from './support/server-process';
import { closeAll, ClientSocket, connect, emitAck, forgedToken, record } from './support/sockets';
import { TEST_JWT_SECRET } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const SHUTDOWN_TIMEOUT_MS = 5_000;
/** Time to wait for the exit beyond the shutdown timeout (a deadline for a hung process, not a measurement). */
const EXIT_SLACK_MS = 15_000;
const LOAD_CLIENTS = 8;

interface LoadResult {
  created: string[];
  closeHeaders: number;
  failures: string[];
}

/** Pino lines at error level or above, and anything that looks like a stack trace. */
function errorsIn(output: string): string[] {
  return output.split('\n').filter((line) => {
    if (/^\s+at /.test(line)) return true;
    try {
      return (JSON.parse(line) as { level?: number }).level! >= 50;
    } catch {
      return false;
    }
  });
}

/** One keep-alive connection posting tasks back to back until the server stops taking requests. */
async function keepAliveClient(port: number, token: string, projectId: string, result: LoadResult, id: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  for (let i = 0; ; i++) {
    const outcome = await new Promise<'ok' | 'stopped'>((resolve) => {
      const body = JSON.stringify({ title: `load ${id}.${i}` });
      const req = request(
        { port, host: '127.0.0.1', method: 'POST', path: `/api/v1/projects/${projectId}/tasks`, agent },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            if (res.headers.connection === 'close') result.closeHeaders += 1;
            if (res.statusCode === 201) result.created.push((JSON.parse(text) as { id: string }).id);
            else result.failures.push(`${res.statusCode} ${text}`);
            resolve('ok');
          });
        },
      );
      req.setHeader('authorization', `Bearer ${token}`);
      req.setHeader('content-type', 'application/json');
      // Refused or reset: the server has stopped accepting; an in-flight request is never cut off here.
      req.on('error', () => resolve('stopped'));
      req.end(body);
    });
    if (outcome === 'stopped') break;
  }
  agent.destroy();
}

describe('graceful shutdown of the server process', () => {
  const folders: string[] = [];
  const servers: ServerProcess[] = [];

  afterAll(async () => {
    for (const server of servers) server.kill('SIGKILL');
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  }, 60_000);

  async function exitWithin(server: ServerProcess, ms: number): Promise<Exit | 'still running'> {
    return Promise.race([server.exited, sleep(ms, 'still running' as const, { ref: false })]);
  }

  describe('SIGTERM under keep-alive load', () => {
    let database: TestDatabase;
    let db: Client;

    beforeAll(async () => {
      database = await createTestDatabase();
      db = new Client({ connectionString: database.url });
      await db.connect();
    });
    afterAll(async () => {
      await db?.end();
      await database?.drop();
    });

    it('answers in-flight requests with Connection: close, delivers every committed outbox row, and exits 0 within the timeout', async () => {
      const { rows: [{ id: userId }] } = await db.query<{ id: number }>(
        `INSERT INTO users (username, email, password_hash) VALUES ('loader', 'loader@example.test', 'x') RETURNING id`,
      );
      const { rows: [{ id: organizationId }] } = await db.query<{ id: string }>(
        `INSERT INTO organizations (name, owner_id) VALUES ('Load', $1) RETURNING id`,
        [userId],
      );
      await db.query(`INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'owner')`, [organizationId, userId]);
      const { rows: [{ id: projectId }] } = await db.query<{ id: string }>(
        `INSERT INTO projects (organization_id, owner_id, name) VALUES ($1, $2, 'Load') RETURNING id`,
        [organizationId, userId],
      );
      const port = await freePort();
      const server = new ServerProcess('server under load', {
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: database.url,
        JWT_SECRET_KEY: TEST_JWT_SECRET,
        LOG_LEVEL: 'warn',
        RISK_SCAN_ENABLED: 'false',
        SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
        HTTP_WRITES_PER_MINUTE: '1000000',
      });
      servers.push(server);
      let socket: ClientSocket | undefined;
      try {
        await server.waitForHealth(port);
        const token = forgedToken(userId);
        socket = await connect(`http://127.0.0.1:${port}`, token);
        expect(await emitAck(socket, 'subscribe_project', { project_id: projectId })).toMatchObject({ ok: true });
        const pushed = record(socket, 'task_updated');
        const socketClosed = new Promise<string>((resolve) => socket!.once('disconnect', resolve));

        const result: LoadResult = { created: [], closeHeaders: 0, failures: [] };
        const load = Promise.all(Array.from({ length: LOAD_CLIENTS }, (_, i) => keepAliveClient(port, token, projectId, result, i)));
        while (result.created.length < 100) await sleep(20);
        server.kill('SIGTERM');
        const exit = await exitWithin(server, SHUTDOWN_TIMEOUT_MS + EXIT_SLACK_MS);
        await load;

        expect(exit).toEqual({ code: 0, signal: null });
        expect(result.failures).toEqual([]);
        expect(result.closeHeaders).toBeGreaterThan(0);
        expect(await socketClosed).toMatch(/io server disconnect|transport close/);
        // Every acknowledged write is stored, and every committed outbox row was delivered before the sockets closed.
        const { rows: tasks } = await db.query<{ id: string }>(`SELECT id FROM tasks WHERE project_id = $1`, [projectId]);
        expect(tasks.map((t) => t.id).sort()).toEqual([...result.created].sort());
        const { rows: [{ pending }] } = await db.query<{ pending: number }>(
          `SELECT count(*)::int AS pending FROM outbox_events WHERE delivered_at IS NULL`,
        );
        expect(pending).toBe(0);
        expect(new Set(pushed.map((p) => p.payload.id))).toEqual(new Set(result.created));
        expect(errorsIn(server.stdout + server.stderr)).toEqual([]);
      } catch (error) {
        if (error instanceof Error) error.message += server.describe();
        throw error;
      } finally {
        if (socket) closeAll([socket]);
      }
    }, 180_000);
  });

  it('Ctrl-C in a terminal (SIGINT to the process group, embedded PostgreSQL included) exits 0 and logs no error', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'atlas-ctrl-c-'));
    await chmod(dataDir, 0o755);
    folders.push(dataDir);
    const port = await freePort();
    const server = new ServerProcess(
      'server in a terminal',
      { DATA_DIR: dataDir, PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()), LOG_LEVEL: 'info' },
      { detached: true },
    );
    servers.push(server);
    try {
      await server.waitForHealth(port);
      server.killGroup('SIGINT');
      expect(await exitWithin(server, SHUTDOWN_TIMEOUT_MS + EXIT_SLACK_MS)).toEqual({ code: 0, signal: null });
      expect(errorsIn(server.stdout + server.stderr)).toEqual([]);
      expect(await processesUsing(dataDir)).toEqual([]);
    } catch (error) {
      if (error instanceof Error) error.message += server.describe();
      throw error;
    }
  }, 180_000);
});
