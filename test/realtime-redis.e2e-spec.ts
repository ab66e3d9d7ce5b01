import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { OutboxDispatcher } from '../src/modules/realtime';
import { RedisPresenceStore } from '../src/modules/realtime/testing';
import { ClientSocket, closeAll, connect, connectError, disconnectedReason, emitAck, eventually, nextEvent, record } from './support/sockets';
import { createTestApp, TestApp } from './support/test-app';
import { addMember, createEpic, createProject, createStory, createTasks, createUser, TestUser } from './support/fixtures';
import { registerUser, TEST_PASSWORD } from './support/users';

const REDIS_URL = process.env.REDIS_URL;
const describeWithRedis = REDIS_URL ? describe : describe.skip;
if (!REDIS_URL) process.stderr.write('realtime-redis.e2e-spec: skipped, REDIS_URL is not set (two instances need a shared Redis)\n');

describeWithRedis('two app instances on one PostgreSQL and one Redis', () => {
  const prefix = `atlas-test-${randomBytes(6).toString('hex')}`;
  // Small heartbeat: presence entries of a dead instance expire within a second.
  const env = { REDIS_URL: REDIS_URL!, REALTIME_KEY_PREFIX: prefix, SOCKET_PING_INTERVAL_MS: '200', SOCKET_PING_TIMEOUT_MS: '300' };
  let a: TestApp;
  let b: TestApp;
  let owner: TestUser;
  let mate: TestUser;
  const open: ClientSocket[] = [];

  const onlineIds = async (app: TestApp, user: TestUser): Promise<number[]> => {
    const res = await app.http.get('/api/v1/chat/online-users').set('Authorization', user.auth).expect(200);
    return res.body.items.map((u: { user_id: number }) => u.user_id);
  };

  beforeAll(async () => {
    a = await createTestApp({ env });
    b = await createTestApp({ database: a.database, env });
    owner = await createUser(a);
    mate = await addMember(a, owner);
  });
  afterEach(() => closeAll(open.splice(0)));
  afterAll(async () => {
    await b?.close();
    await a?.close();
    const redis = new Redis(REDIS_URL!);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('presence crosses instances: online, away and offline on B reach a watcher on A; online-users agrees on both', async () => {
    const watcher = await connect(a.url, mate.token);
    open.push(watcher);
    const updates = record(watcher, 'presence_update');
    const tab = await connect(b.url, owner.token);
    open.push(tab);
    await eventually(() => updates.some((u) => u.payload.user_id === owner.id && u.payload.status === 'online'), 'online via B');
    expect(await onlineIds(a, mate)).toContain(owner.id);
    expect(await onlineIds(b, mate)).toContain(mate.id);
    await emitAck(tab, 'presence', { status: 'away' });
    await eventually(() => updates.some((u) => u.payload.user_id === owner.id && u.payload.status === 'away'), 'away via B');
    tab.close();
    await eventually(() => updates.some((u) => u.payload.user_id === owner.id && u.payload.status === 'offline'), 'offline via B');
    expect(updates.filter((u) => u.payload.user_id === owner.id).map((u) => u.payload.status)).toEqual(['online', 'away', 'offline']);
    expect(await onlineIds(a, mate)).not.toContain(owner.id);
  });

  it('the away status key expires like the user key (PEXPIRE alongside it)', async () => {
    const tab = await connect(a.url, owner.token);
    open.push(tab);
    expect(await emitAck(tab, 'presence', { status: 'away' })).toMatchObject({ ok: true, data: { status: 'away' } });
    const redis = new Redis(REDIS_URL!);
    try {
      const statusKey = `${prefix}:{presence}:st:${owner.id}`;
      expect(await redis.get(statusKey)).toBe('away');
      const ttl = await redis.pttl(statusKey);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(2 * (2 * 200 + 300));
      expect(await redis.pttl(`${prefix}:{presence}:u:${owner.id}`)).toBeGreaterThan(0);
    } finally {
      await redis.quit();
    }
    tab.close();
  });

  it('a notification committed through B is delivered by B to a socket on A', async () => {
    const projectId = await createProject(a, owner);
    const storyId = await createStory(a, await createEpic(a, projectId));
    const [next, current] = await createTasks(a, projectId, [
      { storyId, title: 'next' },
      { storyId, title: 'current', status: 'In Progress', assigneeId: mate.id },
    ]);
    const socket = await connect(a.url, mate.token);
    open.push(socket);
    const received = record(socket, 'notification');
    // Only B's dispatcher runs from here on, so the push must cross from B to A through Redis.
    await a.app.get(OutboxDispatcher).beforeApplicationShutdown();
    await b.http.post(`/api/v1/projects/tasks/${current}/complete`).set('Authorization', mate.auth).expect(200);
    await eventually(() => received.length > 0, 'the notification on A');
    expect(received[0].payload).toMatchObject({ type: 'task_assigned', link: `/api/v1/projects/tasks/${next}` });
    expect(b.app.get(OutboxDispatcher).sent).toBeGreaterThan(0);
  });

  it('removing a member through B disconnects their socket on A (disconnectSockets crosses instances)', async () => {
    const leaving = await addMember(a, owner);
    const socket = await connect(a.url, leaving.token);
    open.push(socket);
    const gone = disconnectedReason(socket);
    // Only B's dispatcher runs, so the disconnect must reach A through the adapter.
    await a.app.get(OutboxDispatcher).beforeApplicationShutdown();
    await b.http.delete(`/api/v1/organizations/remove-member/${leaving.id}`).set('Authorization', owner.auth).expect(204);
    expect(await gone).toBe('io server disconnect');
  });

  it.each([
    ['a password change', 'password_changed'],
    ['logout-all', 'logout_all'],
  ])('%s through B refuses the earlier token on both instances and disconnects its socket on A', async (_, reason) => {
    const user = await registerUser(a);
    const socket = await connect(a.url, user.token);
    open.push(socket);
    const revoked = nextEvent(socket, 'session_revoked');
    const gone = disconnectedReason(socket);
    // Only B's dispatcher runs, so the disconnect must reach A through the adapter.
    await a.app.get(OutboxDispatcher).beforeApplicationShutdown();
    let fresh: string;
    if (reason === 'password_changed') {
      const res = await b.http
        .post('/api/v1/users/me/password')
        .set('Authorization', user.auth)
        .send({ current_password: TEST_PASSWORD, new_password: 'another long passphrase' })
        .expect(200);
      fresh = res.body.access_token;
    } else {
      await b.http.post('/api/v1/auth/logout-all').set('Authorization', user.auth).expect(204);
      fresh = (await a.http.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200)).body.access_token;
    }
    expect(await revoked).toEqual({ reason });
    expect(await gone).toBe('io server disconnect');
    for (const app of [a, b]) {
      const res = await app.http.get('/api/v1/users/me').set('Authorization', user.auth);
      expect(res.status).toBe(401);
      expect(await connectError(app.url, { token: user.token })).toBe('unauthorized');
      await app.http.get('/api/v1/users/me').set('Authorization', `Bearer ${fresh}`).expect(200);
    }
    open.push(await connect(a.url, fresh));
  });

  it('a crashed instance leaves no ghost: its sockets expire and one live instance reports the user offline', async () => {
    const watcher = await connect(a.url, mate.token);
    open.push(watcher);
    const updates = record(watcher, 'presence_update');
    // What a third instance writes for a socket before it dies without cleaning up (no refresh ever comes).
    const redis = new Redis(REDIS_URL!);
    try {
      const crashed = new RedisPresenceStore(redis, prefix, 200, 700);
      expect(await crashed.add({ userId: owner.id, socketId: 'crashed-instance-socket' })).toEqual({ first: true });
    } finally {
      await redis.quit();
    }
    expect(await onlineIds(a, mate)).toContain(owner.id);
    await eventually(() => updates.some((u) => u.payload.user_id === owner.id && u.payload.status === 'offline'), 'ghost swept');
    expect(await onlineIds(b, mate)).not.toContain(owner.id);
    await emitAck(watcher, 'presence', { status: 'online' }); // a round trip before counting
    expect(updates.filter((u) => u.payload.user_id === owner.id && u.payload.status === 'offline')).toHaveLength(1);
  });
});
