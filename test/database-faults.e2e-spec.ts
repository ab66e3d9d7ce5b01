import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { outageKindOf } from '../src/common/errors/outage-kind';
import { outageLog } from '../src/common/errors/outage-log';
import { ensureDatabase, runMigrations } from '../src/database/migrate';
import { CLIENT_TIMEOUT_GRACE_MS } from '../src/database/pooled-client';
import { OwnServer, startOwnServer } from './support/embedded-server';
import { freezeCluster } from './support/frozen-server';
import { freePort } from './support/ports';
import { withDatabase } from './support/test-database-env';
import { expectProblem } from './support/problem';
import { closeAll, connect, emitAck, eventually, sleep } from './support/sockets';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

const STATEMENT_TIMEOUT_MS = 1_000;
const ACQUIRE_TIMEOUT_MS = 1_000;

describe('database faults: timeouts on every pooled connection, 503 with Retry-After, quiet outage logs', () => {
  let folder: string;
  let server: OwnServer;
  let t: TestApp;
  let db: DataSource;
  let user: TestUser;
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;

  beforeAll(async () => {
    // A server of this test's own, so that freezing it disturbs no other test file.
    folder = await mkdtemp(join(tmpdir(), 'atlas-faults-'));
    await chmod(folder, 0o755);
    server = await startOwnServer(join(folder, 'cluster'), await freePort());
    const url = withDatabase(server.url, 'atlas_faults');
    await ensureDatabase(url);
    await runMigrations(url);
    t = await createTestApp({
      database: { url, name: 'atlas_faults', drop: async () => undefined },
      env: {
        DATABASE_POOL_SIZE: '4',
        // The frozen-server case sends 20 requests of one user at once: let them all reach the pool.
        USER_CONCURRENCY: '30',
        DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
        DATABASE_POOL_ACQUIRE_TIMEOUT_MS: String(ACQUIRE_TIMEOUT_MS),
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1500',
        OUTAGE_LOG_INTERVAL_MS: '600000',
      },
    });
    db = t.app.get(DataSource);
    user = await createUser(t);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await server?.stop();
    await rm(folder, { recursive: true, force: true });
  }, 60_000);

  beforeEach(() => {
    outageLog.flush();
    warn = jest.spyOn(Logger.prototype, 'warn');
    error = jest.spyOn(Logger.prototype, 'error');
  });
  afterEach(() => {
    warn.mockRestore();
    error.mockRestore();
  });

  /** The outage lines logged so far: `{kind, count}` of each. */
  const outageLines = () =>
    warn.mock.calls
      .map(([fields]) => fields as { kind?: string; count?: number })
      .filter((fields) => typeof fields === 'object' && fields?.kind !== undefined);

  it('every pooled connection carries the statement and idle-in-transaction limits', async () => {
    const [{ statement_timeout }] = await db.query('SHOW statement_timeout');
    const [{ idle_in_transaction_session_timeout }] = await db.query('SHOW idle_in_transaction_session_timeout');
    expect({ statement_timeout, idle_in_transaction_session_timeout }).toEqual({
      statement_timeout: '1s',
      idle_in_transaction_session_timeout: '1500ms',
    });
  });

  it('a statement that runs into statement_timeout is a 503 with Retry-After and changes nothing', async () => {
    const projectId = await createProject(t, user);
    const [{ id: taskId }] = await db.query(`INSERT INTO tasks (project_id, title) VALUES ($1, 'locked') RETURNING id`, [projectId]);
    const blocker = new Client({ connectionString: t.database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE', [taskId]);
      const res = await t.http.patch(`/api/v1/projects/tasks/${taskId}`).set('Authorization', user.auth).send({ title: 'changed' });
      expectProblem(res, 503, 'SERVICE_UNAVAILABLE');
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
    }
    expect(await db.query('SELECT title FROM tasks WHERE id = $1', [taskId])).toEqual([{ title: 'locked' }]);
    expect(outageLines()).toEqual([{ kind: 'statement_timeout', source: 'http', count: 1 }]);
    expect(error).not.toHaveBeenCalled();
  });

  it('a transaction left idle longer than the limit is ended by the server, and that counts as an outage, not a bug', async () => {
    const runner: QueryRunner = db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SELECT 1');
      await sleep(2_500);
      const failure = await runner.query('SELECT 1').then(
        () => undefined,
        (e: unknown) => e,
      );
      // TypeORM released the runner when the server ended its session.
      expect(outageKindOf(failure)).toBe('connection_terminated');
    } finally {
      await runner.release();
    }
  });

  it('a pool with every connection taken answers 503 after the acquire timeout', async () => {
    const held = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const runner = db.createQueryRunner();
        await runner.connect();
        return runner;
      }),
    );
    try {
      const res = await t.http.get('/api/v1/projects').set('Authorization', user.auth);
      expectProblem(res, 503, 'SERVICE_UNAVAILABLE');
      expect(outageLines()).toEqual([{ kind: 'pool_acquire_timeout', source: 'http', count: 1 }]);
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
  });

  it('a transaction in flight when the server freezes is abandoned: its connection is closed, never reused', async () => {
    const projectId = await createProject(t, user);
    const [{ id: taskId }] = await db.query(`INSERT INTO tasks (project_id, title) VALUES ($1, 'before') RETURNING id`, [projectId]);
    const blocker = new Client({ connectionString: t.database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE', [taskId]);
    const patch = t.http.patch(`/api/v1/projects/tasks/${taskId}`).set('Authorization', user.auth).send({ title: 'after' });
    const pending = patch.then((res) => res);
    await eventually(
      async () =>
        (await blocker.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rowCount === 1,
      'the update waits on the row lock',
    );
    // Frozen mid-transaction, before the server's own statement timeout could fire.
    const thaw = await freezeCluster(join(folder, 'cluster'));
    try {
      expectProblem(await pending, 503, 'SERVICE_UNAVAILABLE');
    } finally {
      await thaw();
    }
    await blocker.query('COMMIT');
    await blocker.end();
    // Had the connection gone back to the pool, the next requests would run inside the abandoned
    // transaction (aborted by the statement timeout once thawed) and fail.
    for (let i = 0; i < 12; i++) await t.http.get(`/api/v1/projects/tasks/${taskId}`).set('Authorization', user.auth).expect(200);
    expect(await db.query('SELECT title FROM tasks WHERE id = $1', [taskId])).toEqual([{ title: 'before' }]);
  });

  it('a frozen server (SIGSTOP): requests and socket events get 503 within the timeouts, one log line per kind; after SIGCONT all is well', async () => {
    const socket = await connect(t.url, user.token);
    const projectId = await createProject(t, user);
    // Warm the pool so that frozen requests meet open, silent connections as well as new ones.
    await Promise.all(Array.from({ length: 4 }, () => t.http.get('/api/v1/projects').set('Authorization', user.auth).expect(200)));
    const thaw = await freezeCluster(join(folder, 'cluster'));
    let thawed = false;
    try {
      const started = Date.now();
      const [reads, write, ack] = await Promise.all([
        Promise.all(Array.from({ length: 20 }, () => t.http.get('/api/v1/projects').set('Authorization', user.auth))),
        t.http.post('/api/v1/projects').set('Authorization', user.auth).send({ name: 'created while frozen' }),
        emitAck(socket, 'subscribe_project', { project_id: projectId }),
      ]);
      const elapsed = Date.now() - started;
      for (const res of [...reads, write]) {
        expectProblem(res, 503, 'SERVICE_UNAVAILABLE');
        expect(res.headers['retry-after']).toBe('5');
      }
      expect(ack).toMatchObject({ ok: false, error: { status: 503, code: 'SERVICE_UNAVAILABLE' } });
      // A deadline, not a benchmark: without the timeouts these would hang for as long as the freeze lasts.
      // Each is answered by the client-side read timeout (statement timeout + 1 s) or the acquire timeout.
      expect(elapsed).toBeLessThan(STATEMENT_TIMEOUT_MS + CLIENT_TIMEOUT_GRACE_MS + ACQUIRE_TIMEOUT_MS + 3_000);
      // 22 failures, a line for each kind seen (not one per failure), never a stack.
      const lines = outageLines();
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) expect(line).toMatchObject({ kind: expect.stringMatching(/timeout|terminated/), count: 1 });
      expect(error).not.toHaveBeenCalled();
      outageLog.flush();
      const total = outageLines().reduce((sum, line) => sum + (line.count ?? 0), 0);
      expect(total).toBeGreaterThanOrEqual(22);

      await thaw();
      thawed = true;
      // The connections that timed out were destroyed, not handed to the next request.
      for (let i = 0; i < 10; i++) await t.http.get('/api/v1/projects').set('Authorization', user.auth).expect(200);
      expect(await emitAck(socket, 'subscribe_project', { project_id: projectId })).toMatchObject({ ok: true });
      await sleep(STATEMENT_TIMEOUT_MS);
      const created = await db.query(`SELECT 1 FROM projects WHERE name = 'created while frozen'`);
      expect(created).toEqual([]);
    } finally {
      if (!thawed) await thaw();
      closeAll([socket]);
    }
  }, 60_000);
});
