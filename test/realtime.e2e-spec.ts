import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { RealtimeGateway, SocketServerRef } from '../src/modules/realtime/testing';
import { expectProblem } from './support/problem';
import {
  ClientSocket,
  closeAll,
  connect,
  connectError,
  disconnectedReason,
  emitAck,
  emitUnchecked,
  eventually,
  forgedToken,
  record, recordUnchecked,
  sleep,
} from './support/sockets';
import { walkWithCursor } from './support/pages';
import { createTestApp, TestApp } from './support/test-app';
import { addMember, createEpic, createProject, createStory, createTasks, createUser, TestUser } from './support/fixtures';
import { Rooms } from '../src/common/realtime';

describe('realtime gateway', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let mate: TestUser;
  let outsider: TestUser;
  const open: ClientSocket[] = [];

  const connectAs = async (user: TestUser): Promise<ClientSocket> => {
    const socket = await connect(t.url, user.token);
    open.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    owner = await createUser(t);
    mate = await addMember(t, owner);
    outsider = await createUser(t);
  });
  afterEach(() => closeAll(open.splice(0)));
  afterAll(async () => t.close());

  describe('authentication', () => {
    it('refuses a handshake without a token, with a bad token or with an expired token', async () => {
      expect(await connectError(t.url)).toBe('unauthorized');
      expect(await connectError(t.url, { token: '' })).toBe('unauthorized');
      expect(await connectError(t.url, { token: 'not-a-jwt' })).toBe('unauthorized');
      expect(await connectError(t.url, { token: `${owner.token.slice(0, -2)}xx` })).toBe('unauthorized');
      const expired = forgedToken(owner.id, { exp: Math.floor(Date.now() / 1000) - 5 });
      expect(await connectError(t.url, { token: expired })).toBe('unauthorized');
      // The same forging with a future expiry connects: the refusals above are about the token.
      const socket = await connect(t.url, forgedToken(owner.id));
      open.push(socket);
      expect(socket.connected).toBe(true);
    });

    it('refuses a deactivated account', async () => {
      const gone = await createUser(t);
      await db.query('UPDATE users SET is_active = false WHERE id = $1', [gone.id]);
      expect(await connectError(t.url, { token: gone.token })).toBe('unauthorized');
    });

    it('disconnects a socket when its token expires', async () => {
      const socket = await connect(t.url, forgedToken(owner.id, { exp: Math.floor(Date.now() / 1000) + 2 }));
      open.push(socket);
      expect(socket.connected).toBe(true);
      expect(await disconnectedReason(socket)).toBe('io server disconnect');
    });
  });

  describe('client events', () => {
    it('answers an unknown event and a bad payload with problem acks', async () => {
      const socket = await connectAs(owner);
      const unknown = await emitUnchecked(socket, 'no_such_event', {});
      expect(unknown).toMatchObject({ ok: false, error: { status: 404, code: 'ROUTE_NOT_FOUND' } });
      const bad = await emitUnchecked(socket, 'presence', { status: 'sleeping' });
      expect(bad).toMatchObject({ ok: false, error: { status: 422, code: 'VALIDATION_FAILED' } });
      expect(bad.error?.errors).toEqual([expect.objectContaining({ field: 'status' })]);
      const extra = await emitUnchecked(socket, 'subscribe_project', { project_id: 'not-a-uuid', admin: true });
      expect(extra).toMatchObject({ ok: false, error: { status: 422 } });
      expect(extra.error?.errors?.map((e) => e.field).sort()).toEqual(['admin', 'project_id']);
      const notObject = await emitUnchecked(socket, 'presence', 'away');
      expect(notObject).toMatchObject({ ok: false, error: { status: 422 } });
    });

    it('subscribe_project: a member joins the project room, a non-member gets a 404 ack', async () => {
      const projectId = await createProject(t, owner);
      const member = await connectAs(mate);
      const stranger = await connectAs(outsider);
      expect(await emitAck(stranger, 'subscribe_project', { project_id: projectId })).toMatchObject({
        ok: false,
        error: { status: 404, code: 'PROJECT_NOT_FOUND', type: expect.any(String), title: expect.any(String) },
      });
      expect(await emitAck(member, 'subscribe_project', { project_id: projectId })).toEqual({
        ok: true,
        data: { project_id: projectId },
      });
      const strangerUpdates = record(stranger, 'task_updated');
      // Listen before acting: delivery after commit can beat the HTTP response.
      const memberUpdates = record(member, 'task_updated');
      const created = await t.http
        .post(`/api/v1/projects/${projectId}/tasks`)
        .set('Authorization', owner.auth)
        .send({ title: 'Broadcast me' })
        .expect(201);
      await eventually(() => memberUpdates.some((u) => u.payload.id === created.body.id), 'the member gets task_updated');
      const update = memberUpdates.find((u) => u.payload.id === created.body.id)?.payload;
      expect(update).toMatchObject({ id: created.body.id, project_id: projectId, title: 'Broadcast me' });
      // The member's event came through the same dispatcher pass; the stranger had nothing.
      expect(strangerUpdates).toEqual([]);
    });
  });

  describe('membership changes', () => {
    it('subscribe_project with an uppercase id joins the lowercase project room and acks the stored id', async () => {
      const projectId = await createProject(t, owner);
      const member = await connectAs(mate);
      expect(await emitAck(member, 'subscribe_project', { project_id: projectId.toUpperCase() })).toEqual({
        ok: true,
        data: { project_id: projectId },
      });
      const server = t.app.get(SocketServerRef).server;
      const inRoom = async (room: string) => (await server.in(room).fetchSockets()).map((s) => s.id);
      expect(await inRoom(Rooms.project(projectId))).toContain(member.id);
      expect(await inRoom(Rooms.project(projectId.toUpperCase()))).toEqual([]);
      const updates = record(member, 'task_updated');
      const created = await t.http.post(`/api/v1/projects/${projectId}/tasks`).set('Authorization', owner.auth).send({ title: 'Upper' }).expect(201);
      await eventually(() => updates.some((u) => u.payload.id === created.body.id), 'the subscriber gets task_updated');
    });

    it('a removed member’s live sockets are disconnected after commit and reconnect without the organization’s rooms', async () => {
      const boss = await createUser(t);
      const leaving = await addMember(t, boss);
      const projectId = await createProject(t, boss);
      const tab1 = await connectAs(leaving);
      const tab2 = await connectAs(leaving);
      expect(await emitAck(tab1, 'subscribe_project', { project_id: projectId })).toMatchObject({ ok: true });
      const server = t.app.get(SocketServerRef).server;
      const inRoom = async (room: string) => (await server.in(room).fetchSockets()).map((s) => s.id);
      expect(await inRoom(Rooms.org(boss.organizationId))).toEqual(expect.arrayContaining([tab1.id, tab2.id]));
      // Listen before acting.
      const revoked = record(tab1, 'session_revoked');
      const gone1 = disconnectedReason(tab1);
      const gone2 = disconnectedReason(tab2);
      await t.http.delete(`/api/v1/organizations/remove-member/${leaving.id}`).set('Authorization', boss.auth).expect(204);
      expect(await gone1).toBe('io server disconnect');
      expect(await gone2).toBe('io server disconnect');
      expect(revoked.map((r) => r.payload)).toEqual([{ reason: 'membership_changed' }]);
      expect(revoked[0].meta?.event_id).toMatch(/^\d+$/);

      const again = await connectAs(leaving);
      expect(await inRoom(Rooms.user(leaving.id))).toEqual([again.id]);
      expect(await inRoom(Rooms.org(boss.organizationId))).not.toContain(again.id);
      expect(await inRoom(Rooms.project(projectId))).toEqual([]);
      expect(await emitAck(again, 'subscribe_project', { project_id: projectId })).toMatchObject({
        ok: false,
        error: { status: 404, code: 'PROJECT_NOT_FOUND' },
      });
    });
  });

  describe('presence', () => {
    it('two tabs: closing one keeps the user online; closing both sends exactly one offline to an org-mate', async () => {
      const watcher = await connectAs(mate);
      const updates = record(watcher, 'presence_update');
      const strangerView = record(await connectAs(outsider), 'presence_update');
      const tab1 = await connectAs(owner);
      await eventually(() => updates.some((u) => u.payload.user_id === owner.id && u.payload.status === 'online'), 'online');
      const tab2 = await connectAs(owner);
      tab1.close();
      // The first tab's removal is processed once the tracker counts one socket for the owner.
      const gateway = t.app.get(RealtimeGateway);
      await eventually(() => gateway.stats().pendingDisconnects === 0 && gateway.stats()['presence.sockets'] === 3, 'tab1 gone (mate, outsider, tab2 remain)');
      const online = await t.http.get('/api/v1/chat/online-users').set('Authorization', mate.auth).expect(200);
      expect(online.body.items).toEqual(expect.arrayContaining([{ user_id: owner.id, username: owner.username, status: 'online' }]));

      expect(await emitAck(tab2, 'presence', { status: 'away' })).toEqual({ ok: true, data: { user_id: owner.id, status: 'away' } });
      await eventually(() => updates.some((u) => u.payload.user_id === owner.id && u.payload.status === 'away'), 'away');
      tab2.close();
      await eventually(() => updates.some((u) => u.payload.user_id === owner.id && u.payload.status === 'offline'), 'offline');
      // One more round trip through the server before counting: nothing else is in flight.
      await emitAck(watcher, 'presence', { status: 'online' });
      const ownerUpdates = updates.filter((u) => u.payload.user_id === owner.id).map((u) => u.payload.status);
      expect(ownerUpdates).toEqual(['online', 'away', 'offline']);
      expect(updates.find((u) => u.payload.user_id === owner.id)?.payload.timestamp).toMatch(/Z$/);
      expect(strangerView.filter((u) => u.payload.user_id === owner.id)).toEqual([]);
      const after = await t.http.get('/api/v1/chat/online-users').set('Authorization', mate.auth).expect(200);
      expect(after.body.items.map((u: { user_id: number }) => u.user_id)).not.toContain(owner.id);
    });

    it('online-users is scoped to the caller’s organizations', async () => {
      await connectAs(outsider);
      await connectAs(owner);
      await eventually(async () => {
        const res = await t.http.get('/api/v1/chat/online-users').set('Authorization', mate.auth).expect(200);
        return res.body.items.some((u: { user_id: number }) => u.user_id === owner.id);
      }, 'owner online');
      const res = await t.http.get('/api/v1/chat/online-users').set('Authorization', mate.auth).expect(200);
      expect(res.body.items.map((u: { user_id: number }) => u.user_id)).not.toContain(outsider.id);
    });

    it('online-users pages by (username, id) with skip or a cursor, and refuses a cursor it did not issue', async () => {
      const more = [await addMember(t, owner), await addMember(t, owner), await addMember(t, owner)];
      await Promise.all([owner, ...more].map(connectAs));
      const online = (path: string) => t.http.get(`/api/v1/chat/online-users${path}`).set('Authorization', mate.auth);
      const expected = [owner, ...more].map((u) => u.id);
      await eventually(async () => {
        const ids = (await online('?limit=100').expect(200)).body.items.map((u: { user_id: number }) => u.user_id);
        return expected.every((id) => ids.includes(id));
      }, 'all online');
      const all = (await online('?limit=100').expect(200)).body;
      expect(all.items.length).toBeGreaterThanOrEqual(4);
      const walked = await walkWithCursor(async (cursor) => {
        const res = await online(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
        expect(res.body).toMatchObject({ total: all.total, limit: 1, skip: 0 });
        return res.body;
      });
      expect(walked).toEqual(all.items);
      expect((await online('?limit=2&skip=2').expect(200)).body.items).toEqual(all.items.slice(2, 4));
      expectProblem(await online('?cursor=abc'), 422, 'INVALID_CURSOR');
      const page = (await online('?limit=1').expect(200)).body;
      expectProblem(await online(`?skip=1&cursor=${page.next_cursor}`), 422, 'VALIDATION_FAILED');
      expectProblem(await t.http.get(`/api/v1/chat/online-users?cursor=${page.next_cursor}`).set('Authorization', owner.auth), 422, 'INVALID_CURSOR');
    });

    it('churn: 1,000 connect/disconnect cycles leave every tracker structure at its starting size', async () => {
      const gateway = t.app.get(RealtimeGateway);
      closeAll(open.splice(0));
      await eventually(() => gateway.stats().sockets === 0 && gateway.stats().pendingDisconnects === 0, 'idle');
      const baseline = gateway.stats();
      expect(baseline).toMatchObject({ sockets: 0, 'presence.users': 0, 'presence.sockets': 0, 'presence.away': 0 });
      const users = [owner, mate, outsider];
      let peak = 0;
      for (let round = 0; round < 20; round++) {
        const batch = await Promise.all(Array.from({ length: 50 }, (_, i) => connect(t.url, users[i % 3].token)));
        if (round % 2 === 0) await emitAck(batch[0], 'presence', { status: 'away' });
        peak = Math.max(peak, gateway.stats().sockets);
        closeAll(batch);
      }
      expect(peak).toBeGreaterThanOrEqual(50);
      await eventually(() => JSON.stringify(gateway.stats()) === JSON.stringify(baseline), 'back to the baseline');
      expect(gateway.stats()).toEqual(baseline);
    });
  });

  describe('delivery after commit', () => {
    async function seedCompletion(assignee: TestUser): Promise<{ current: string; next: string }> {
      const projectId = await createProject(t, owner);
      const storyId = await createStory(t, await createEpic(t, projectId));
      const [next, current] = await createTasks(t, projectId, [
        { storyId, title: 'next', order: 1 },
        { storyId, title: 'current', status: 'In Progress', assigneeId: assignee.id },
      ]);
      return { current, next };
    }

    const complete = (user: TestUser, taskId: string) =>
      t.http.post(`/api/v1/projects/tasks/${taskId}/complete`).set('Authorization', user.auth);

    it('a notification from a completed task reaches the assignee after commit, never for a rolled-back one', async () => {
      const assignee = await addMember(t, owner);
      const socket = await connectAs(assignee);
      const received = record(socket, 'notification');

      // 1. The notification insert fails: the whole completion rolls back, nothing may be pushed.
      const doomed = await seedCompletion(assignee);
      await db.query(`CREATE FUNCTION fail_notification_rt() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
      await db.query(
        `CREATE TRIGGER fail_notification_rt BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION fail_notification_rt()`,
      );
      try {
        expectProblem(await complete(assignee, doomed.current), 500, 'INTERNAL_ERROR');
      } finally {
        await db.query('DROP TRIGGER fail_notification_rt ON notifications');
        await db.query('DROP FUNCTION fail_notification_rt()');
      }
      await sleep(500); // grace period for a (wrong) push of the rolled-back notification

      // 2. A successful completion: its notification arrives, and it is the only one.
      const ok = await seedCompletion(assignee);
      await complete(assignee, ok.current).expect(200);
      await eventually(() => received.length > 0, 'the committed notification');
      const [first] = received;
      expect(first.payload).toMatchObject({ type: 'task_assigned', link: `/api/v1/projects/tasks/${ok.next}` });
      const [row] = await db.query('SELECT id, user_id FROM notifications WHERE id = $1', [first.payload.id]);
      expect(row).toEqual({ id: first.payload.id, user_id: assignee.id }); // committed before it was pushed
      expect(first.meta?.event_id).toMatch(/^\d+$/);
      await emitAck(socket, 'presence', { status: 'online' }); // a round trip: nothing else in flight
      expect(received.map((r) => r.payload.link)).toEqual([`/api/v1/projects/tasks/${ok.next}`]);
      expect(received.some((r) => r.payload.link === `/api/v1/projects/tasks/${doomed.next}`)).toBe(false);
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM outbox_events WHERE room = $1 AND event = 'notification'`,
        [Rooms.user(assignee.id)],
      );
      expect(n).toBe(1);
      await eventually(async () => {
        const [{ pending }] = await db.query(
          `SELECT count(*)::int AS pending FROM outbox_events WHERE room = $1 AND delivered_at IS NULL`,
          [Rooms.user(assignee.id)],
        );
        return pending === 0;
      }, 'marked delivered');
    });

    it('GET /events returns the caller’s events after a cursor, and nobody else’s', async () => {
      const me = await addMember(t, owner);
      const projectId = await createProject(t, owner);
      const [{ id: base }] = await db.query(`SELECT COALESCE(max(delivery_seq), 0)::text AS id FROM outbox_events`);
      const inserted: { id: string }[] = await db.query(
        `INSERT INTO outbox_events (room, event, payload) VALUES
          ($1, 'notification', '{"n":1}'), ($2, 'task_updated', '{"n":2}'), ($3, 'notification', '{"n":3}'),
          ($4, 'presence_like', '{"n":4}'), ($1, 'notification', '{"n":5}') RETURNING id`,
        [Rooms.user(me.id), Rooms.project(projectId), Rooms.user(outsider.id), Rooms.org(outsider.organizationId)],
      );
      // Only delivered rows are listed (by delivery sequence).
      await eventually(async () => {
        const [{ pending }] = await db.query(
          'SELECT count(*)::int AS pending FROM outbox_events WHERE id = ANY($1::bigint[]) AND delivery_seq IS NULL',
          [inserted.map((r) => r.id)],
        );
        return pending === 0;
      }, 'the rows are delivered');
      const page1 = await t.http.get(`/api/v1/events?after=${base}&limit=2`).set('Authorization', me.auth).expect(200);
      expect(page1.body).toMatchObject({ total: 3, limit: 2, next_cursor: expect.any(String) });
      expect(page1.body.items.map((e: { payload: { n: number } }) => e.payload.n)).toEqual([1, 2]);
      expect(page1.body.items[1]).toMatchObject({ room: Rooms.project(projectId), event: 'task_updated', created_at: expect.stringMatching(/Z$/) });
      const page2 = await t.http
        .get(`/api/v1/events?after=${page1.body.next_cursor}&limit=2`)
        .set('Authorization', me.auth)
        .expect(200);
      expect(page2.body.items.map((e: { payload: { n: number } }) => e.payload.n)).toEqual([5]);
      expect(page2.body.next_cursor).toBeNull();
      expectProblem(await t.http.get('/api/v1/events?after=abc').set('Authorization', me.auth), 422, 'VALIDATION_FAILED');
      expectProblem(await t.http.get('/api/v1/events').set('Authorization', 'Bearer nope'), 401, 'UNAUTHORIZED');
      expectProblem(await t.http.get('/api/v1/events'), 401, 'UNAUTHORIZED');
    });

    it('GET /events after the last event_id returns a row that committed after a later-id row was delivered', async () => {
      const me = await addMember(t, owner);
      const socket = await connectAs(me);
      const received = recordUnchecked<{ n: number }>(socket, 'notification');
      const room = Rooms.user(me.id);
      const slow = new Client({ connectionString: t.database.url });
      await slow.connect();
      try {
        // Row "10": its id is taken now, but it commits later.
        await slow.query('BEGIN');
        const { rows: [early] } = await slow.query<{ id: string }>(
          `INSERT INTO outbox_events (room, event, payload) VALUES ($1, 'notification', '{"n":1}') RETURNING id`,
          [room],
        );
        // Row "11" commits and is delivered first: the client sees its event_id.
        const [late] = await db.query<{ id: string }[]>(
          `INSERT INTO outbox_events (room, event, payload) VALUES ($1, 'notification', '{"n":2}') RETURNING id`,
          [room],
        );
        expect(BigInt(early.id)).toBeLessThan(BigInt(late.id));
        await eventually(() => received.some((r) => r.payload.n === 2), 'the later row is delivered');
        const seen = received.find((r) => r.payload.n === 2)!.meta!.event_id;
        await slow.query('COMMIT');
        await eventually(() => received.some((r) => r.payload.n === 1), 'the earlier row is delivered after its commit');

        // The reconnecting client resumes after the last event_id it saw and still gets row "10".
        const res = await t.http.get(`/api/v1/events?after=${seen}`).set('Authorization', me.auth).expect(200);
        expect(res.body.items.map((e: { payload: { n: number } }) => e.payload.n)).toEqual([1]);
        expect(res.body.items[0].id).toBe(received.find((r) => r.payload.n === 1)!.meta!.event_id);
        expect(BigInt(res.body.items[0].id)).toBeGreaterThan(BigInt(seen));
      } finally {
        await slow.end();
      }
    });
  });
});
