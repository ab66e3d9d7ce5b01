import { RealtimeGateway } from '../src/modules/realtime/testing';
import { ClientSocket, closeAll, connect, eventually, record } from './support/sockets';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, TestUser } from './support/users';

/** Small heartbeat settings so a silent client is dropped quickly. */
describe('realtime heartbeat: a socket that stops answering is marked offline', () => {
  let t: TestApp;
  let ghostUser: TestUser;
  let watcherUser: TestUser;
  const open: ClientSocket[] = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { SOCKET_PING_INTERVAL_MS: '200', SOCKET_PING_TIMEOUT_MS: '300' } });
    ghostUser = await createUser(t);
    watcherUser = await createUser(t, { organizationId: ghostUser.organizationId });
  });
  afterAll(async () => {
    closeAll(open);
    await t.close();
  });

  it('a client that no longer answers pings goes offline without ever closing', async () => {
    const watcher = await connect(t.url, watcherUser.token);
    open.push(watcher);
    const updates = record(watcher, 'presence_update');
    const ghost = await connect(t.url, ghostUser.token);
    open.push(ghost);
    await eventually(() => updates.some((u) => u.payload.user_id === ghostUser.id && u.payload.status === 'online'), 'online');

    // A healthy client survives many heartbeats: the watcher keeps answering and stays connected.
    const engine = (ghost.io as unknown as { engine: { _sendPacket: (type: string, ...rest: unknown[]) => unknown } }).engine;
    const sendPacket = engine._sendPacket.bind(engine);
    let pongsSwallowed = 0;
    engine._sendPacket = (type: string, ...rest: unknown[]) => {
      if (type === 'pong') {
        pongsSwallowed++;
        return;
      }
      return sendPacket(type, ...rest);
    };

    await eventually(() => updates.some((u) => u.payload.user_id === ghostUser.id && u.payload.status === 'offline'), 'offline');
    expect(pongsSwallowed).toBeGreaterThan(0); // the server pinged, the ghost stayed silent
    expect(watcher.connected).toBe(true);
    const gateway = t.app.get(RealtimeGateway);
    await eventually(() => gateway.stats()['presence.users'] === 1, 'only the watcher remains tracked');
    const res = await t.http.get('/api/v1/chat/online-users').set('Authorization', watcherUser.auth).expect(200);
    expect(res.body.items.map((u: { user_id: number }) => u.user_id)).toEqual([watcherUser.id]);
  });
});
