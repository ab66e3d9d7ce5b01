import { randomBytes } from 'node:crypto';
import { RequestMethod } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { routeHandlers } from '../src/common/http/route-handlers';
import { WRITE_LIMITED, WRITE_METHODS } from '../src/common/limits/write-limited-routes';
import { expectProblem } from './support/problem';
import { AckResult, closeAll, ClientSocket, connect, disconnectedReason, emitAck, emitUnchecked, eventually, sleep } from './support/sockets';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) process.stderr.write('client-limits.e2e-spec: the cluster-wide write limit is skipped, REDIS_URL is not set\n');

async function channelOf(t: TestApp, user: TestUser, name: string): Promise<number> {
  const res = await t.http.post('/api/v1/chat/channels').set('Authorization', user.auth).send({ name, channel_type: 'private' }).expect(201);
  return res.body.id as number;
}

async function messagesIn(t: TestApp, channelId: number): Promise<number> {
  const [{ n }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM chat_messages WHERE channel_id = $1`, [channelId]);
  return n as number;
}

/** Emits `count` events at once; resolves with every ack. */
function burst(socket: ClientSocket, count: number, payload: (i: number) => unknown): Promise<AckResult[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => emitUnchecked(socket, 'message', payload(i))));
}

describe('socket event limits', () => {
  let t: TestApp;
  let user: TestUser;
  let channelId: number;

  beforeAll(async () => {
    t = await createTestApp({
      env: { SOCKET_EVENTS_PER_SECOND: '5', SOCKET_EVENTS_BURST: '10', SOCKET_FLOOD_DISCONNECT_MS: '1500' },
    });
    user = await createUser(t);
    channelId = await channelOf(t, user, 'limits');
  });
  afterAll(async () => t.close());

  it('a socket gets its burst, then 429 RATE_LIMITED acks, and nothing is written for them', async () => {
    const socket = await connect(t.url, user.token);
    try {
      const acks = await burst(socket, 60, (i) => ({ channel_id: channelId, content: `burst ${i}` }));
      const accepted = acks.filter((a) => a.ok);
      const limited = acks.filter((a) => !a.ok);
      expect(accepted.length).toBeGreaterThanOrEqual(10);
      expect(accepted.length).toBeLessThan(20);
      for (const ack of limited) expect(ack.error).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      expect(await messagesIn(t, channelId)).toBe(accepted.length);
    } finally {
      closeAll([socket]);
    }
  });

  it('a socket that keeps exceeding its limit is disconnected; another socket of the user within its limit is not', async () => {
    const flooder = await connect(t.url, user.token);
    const calm = await connect(t.url, user.token);
    try {
      const reason = disconnectedReason(flooder, 30_000);
      let flooding = true;
      void (async () => {
        while (flooding && flooder.connected) {
          flooder.emit('typing', { channel_id: channelId }, () => undefined);
          await sleep(5);
        }
      })();
      expect(await reason).toBe('io server disconnect');
      flooding = false;
      expect(calm.connected).toBe(true);
      expect(await emitAck(calm, 'typing', { channel_id: channelId })).toMatchObject({ ok: true });
    } finally {
      closeAll([flooder, calm]);
    }
  });
});

describe('one user’s flood never makes another user’s requests fail', () => {
  let t: TestApp;
  let flooder: TestUser;
  let victim: TestUser;
  let floodChannel: number;
  let victimChannel: number;

  beforeAll(async () => {
    // A small pool and a short acquire timeout: without a per-user bound, the flooder's events below fill
    // the whole pool and the victim's requests time out waiting for a connection.
    t = await createTestApp({
      env: { DATABASE_POOL_SIZE: '4', USER_CONCURRENCY: '2', USER_QUEUE: '20', DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '1000' },
    });
    flooder = await createUser(t);
    victim = await createUser(t, { organizationId: flooder.organizationId });
    floodChannel = await channelOf(t, flooder, 'flood');
    victimChannel = await channelOf(t, victim, 'victim');
  });
  afterAll(async () => t.close());

  it('a socket flood from one user while the second user’s REST calls and socket acks keep succeeding', async () => {
    const floodSockets = await Promise.all(Array.from({ length: 3 }, () => connect(t.url, flooder.token)));
    const victimSocket = await connect(t.url, victim.token);
    const projectId = await createProject(t, victim);
    // Every flood message waits on this lock while holding a pooled connection (its foreign-key check
    // needs the channel row): the worst a flood can do to the pool, without any CPU load.
    const blocker = new Client({ connectionString: t.database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM chat_channels WHERE id = $1 FOR UPDATE', [floodChannel]);
    const floods = floodSockets.map((socket, s) => burst(socket, 40, (i) => ({ channel_id: floodChannel, content: `flood ${s}.${i}` })));
    try {
      await eventually(
        async () =>
          (
            await blocker.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            )
          ).rows[0].n === 2,
        'the flooder holds its share of the pool',
      );
      const failures: string[] = [];
      for (let i = 0; i < 20; i++) {
        const list = await t.http.get(`/api/v1/chat/channels/${victimChannel}/messages`).set('Authorization', victim.auth);
        if (list.status !== 200) failures.push(`GET messages ${list.status} ${list.body?.code}`);
        const created = await t.http.post(`/api/v1/projects/${projectId}/tasks`).set('Authorization', victim.auth).send({ title: `t${i}` });
        if (created.status !== 201) failures.push(`POST task ${created.status} ${created.body?.code}`);
        const ack = await emitAck(victimSocket, 'message', { channel_id: victimChannel, content: `victim ${i}` });
        if (!ack.ok) failures.push(`socket message ${ack.error?.status} ${ack.error?.code}`);
      }
      expect(failures).toEqual([]);
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
    }
    const floodAcks = (await Promise.all(floods)).flat();
    closeAll([...floodSockets, victimSocket]);
    const accepted = floodAcks.filter((a) => a.ok).length;
    const refused = floodAcks.filter((a) => !a.ok);
    // Two running and twenty queued got through once the lock went; the rest were refused at once.
    expect(accepted).toBe(22);
    expect(new Set(refused.map((a) => `${a.error?.status} ${a.error?.code}`))).toEqual(new Set(['429 RATE_LIMITED']));
    expect(await messagesIn(t, floodChannel)).toBe(accepted);
    expect(await messagesIn(t, victimChannel)).toBe(20);
  });

  it('HTTP: a user over their concurrency and queue gets a 429 with Retry-After while others go through', async () => {
    const [{ id: taskId }] = await t.app
      .get(DataSource)
      .query(`INSERT INTO tasks (project_id, title, status, assignee_id) VALUES ($1, 'held', 'In Progress', $2) RETURNING id`, [
        await createProject(t, flooder),
        flooder.id,
      ]);
    const blocker = new Client({ connectionString: t.database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE', [taskId]);
      // Two requests hold the user's two slots (waiting on the row lock), twenty more fill the queue.
      const held = Array.from({ length: 22 }, () =>
        t.http.post(`/api/v1/projects/tasks/${taskId}/complete`).set('Authorization', flooder.auth).then((r) => r.status),
      );
      await eventually(
        async () =>
          (
            await blocker.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            )
          ).rows[0].n === 2,
        'two completions wait on the row lock',
      );
      await sleep(200);
      const refused = await t.http.get('/api/v1/projects').set('Authorization', flooder.auth);
      expectProblem(refused, 429, 'RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      await t.http.get('/api/v1/projects').set('Authorization', victim.auth).expect(200);
      await blocker.query('COMMIT');
      const statuses = await Promise.all(held);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s !== 200).every((s) => s === 409)).toBe(true);
    } finally {
      await blocker.end();
    }
  });
});

describe('per-user write limit', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { HTTP_WRITES_PER_MINUTE: '5' } });
    alice = await createUser(t);
    bob = await createUser(t, { organizationId: alice.organizationId });
    projectId = await createProject(t, alice);
  });
  afterAll(async () => t.close());

  const createTask = (user: TestUser, title: string) =>
    t.http.post(`/api/v1/projects/${projectId}/tasks`).set('Authorization', user.auth).send({ title });

  it('every POST, PUT, PATCH and DELETE route has the write limit as its first route guard; reads have no route guard', () => {
    const routes = routeHandlers(t.app).map(({ handler, method }) => ({
      method: RequestMethod[method],
      write: WRITE_METHODS.has(method),
      guards: (Reflect.getMetadata(GUARDS_METADATA, handler) as unknown[] | undefined) ?? [],
    }));
    const writes = routes.filter((r) => r.write);
    expect(new Set(writes.map((r) => r.method))).toEqual(new Set(['POST', 'PUT', 'PATCH', 'DELETE']));
    expect(writes.filter((r) => r.guards[0] !== WRITE_LIMITED)).toEqual([]);
    expect(routes.filter((r) => !r.write && r.guards.length > 0)).toEqual([]);
    expect(routes.filter((r) => !r.write).length).toBeGreaterThan(40);
  });

  it('a DELETE counts against the same budget', async () => {
    const fresh = await createUser(t, { organizationId: alice.organizationId, role: 'manager' });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await createTask(fresh, `to delete ${i}`).expect(201)).body.id as string);
    await t.http.delete(`/api/v1/projects/tasks/${ids[0]}`).set('Authorization', fresh.auth).expect(204);
    expectProblem(await t.http.delete(`/api/v1/projects/tasks/${ids[1]}`).set('Authorization', fresh.auth), 429, 'RATE_LIMITED');
    const [{ n }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM tasks WHERE id = $1`, [ids[1]]);
    expect(n).toBe(1);
  });

  it('over the limit a write is a 429 with Retry-After and writes nothing; reads and other users are not limited', async () => {
    for (let i = 0; i < 5; i++) await createTask(alice, `allowed ${i}`).expect(201);
    const refused = await createTask(alice, 'refused');
    expectProblem(refused, 429, 'RATE_LIMITED');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Every write route shares the one budget.
    expectProblem(await t.http.patch(`/api/v1/projects/${projectId}`).set('Authorization', alice.auth).send({ name: 'x' }), 429, 'RATE_LIMITED');
    const titles = await t.app.get(DataSource).query(`SELECT title FROM tasks WHERE project_id = $1 AND title = 'refused'`, [projectId]);
    expect(titles).toEqual([]);
    await t.http.get(`/api/v1/projects/${projectId}/tasks`).set('Authorization', alice.auth).expect(200);
    await createTask(bob, 'bob is fine').expect(201);
  });
});

(REDIS_URL ? describe : describe.skip)('per-user write limit across instances (Redis)', () => {
  let first: TestApp;
  let second: TestApp;
  let user: TestUser;
  let projectId: string;

  beforeAll(async () => {
    const env = { REDIS_URL: REDIS_URL!, REALTIME_KEY_PREFIX: `t${randomBytes(4).toString('hex')}`, HTTP_WRITES_PER_MINUTE: '4' };
    first = await createTestApp({ env });
    second = await createTestApp({ env, database: first.database });
    user = await createUser(first);
    projectId = await createProject(first, user);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('the count is shared: writes on two instances add up to one limit', async () => {
    const create = (t: TestApp, title: string) =>
      t.http.post(`/api/v1/projects/${projectId}/tasks`).set('Authorization', user.auth).send({ title });
    await create(first, 'a').expect(201);
    await create(second, 'b').expect(201);
    await create(first, 'c').expect(201);
    await create(second, 'd').expect(201);
    expectProblem(await create(first, 'e'), 429, 'RATE_LIMITED');
    expectProblem(await create(second, 'f'), 429, 'RATE_LIMITED');
  });
});
