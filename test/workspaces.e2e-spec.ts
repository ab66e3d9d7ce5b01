import { ClsService, CLS_REQ } from 'nestjs-cls';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { OrganizationContext } from '../src/common/organization-context';
import { expectProblem } from './support/problem';
import { client, ClientSocket, closeAll, disconnectedReason, nextEvent } from './support/sockets';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, joinOrganization, TestUser } from './support/users';

const ORGS = '/api/v1/organizations';
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';

interface PageJson<T> {
  items: T[];
  total: number;
  next_cursor: string | null;
}

interface OrganizationItem {
  id: string;
  name: string;
  description: string | null;
  owner_id: number;
  role: string;
  is_owner: boolean;
  is_default: boolean;
  created_at: string;
}

describe('organization context (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  const open: ClientSocket[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
  });
  afterEach(() => closeAll(open.splice(0)));
  afterAll(async () => t.close());

  /** A request as `user`, acting in `organizationId` when given (the X-Organization-Id header). */
  const as = (user: TestUser, organizationId?: string) => {
    const headers = (req: ReturnType<typeof t.http.get>) => {
      req.set('Authorization', user.auth);
      return organizationId === undefined ? req : req.set('X-Organization-Id', organizationId);
    };
    return {
      get: (path: string) => headers(t.http.get(path)),
      post: (path: string, body: object = {}) => headers(t.http.post(path)).send(body),
      put: (path: string, body: object = {}) => headers(t.http.put(path)).send(body),
      patch: (path: string, body: object = {}) => headers(t.http.patch(path)).send(body),
      delete: (path: string) => headers(t.http.delete(path)),
    };
  };
  const ids = (res: Response, key = 'id') => (res.body.items as Record<string, unknown>[]).map((item) => item[key]);
  const inviteAndAccept = async (owner: TestUser, invitee: TestUser, role = 'developer') => {
    const invitation = await as(owner).post(`${ORGS}/invitations`, { email: invitee.email, role }).expect(201);
    await as(invitee).post(`${ORGS}/invitations/${invitation.body.id}/accept`).expect(200);
  };
  const connectAs = async (user: TestUser, organizationId?: string) => {
    const socket = await connectWith(user, organizationId);
    open.push(socket);
    return socket;
  };
  /** Connects with the token and, when given, the organization the socket acts in; rejects with the connect_error. */
  const connectWith = (user: TestUser, organizationId?: string) =>
    new Promise<ClientSocket>((resolve, reject) => {
      const socket = client(t.url, { token: user.token, ...(organizationId ? { organization_id: organizationId } : {}) });
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
    });

  describe('two organizations per user, with and without the header', () => {
    let alice: TestUser;
    let bob: TestUser;
    let onlyInBob: TestUser;

    beforeAll(async () => {
      alice = await createUser(t);
      bob = await createUser(t);
      onlyInBob = await createUser(t, { organizationId: bob.organizationId });
      // Alice accepts Bob's invitation: Bob's organization becomes her default.
      await inviteAndAccept(bob, alice);
    });

    it('my-organization and members: the default without the header, the named one with it', async () => {
      expect((await as(alice).get(`${ORGS}/my-organization`).expect(200)).body).toMatchObject({ id: bob.organizationId, is_owner: false });
      expect((await as(alice, alice.organizationId).get(`${ORGS}/my-organization`).expect(200)).body).toMatchObject({
        id: alice.organizationId,
        is_owner: true,
      });
      // Any case of the UUID names the same organization.
      expect((await as(alice, alice.organizationId.toUpperCase()).get(`${ORGS}/my-organization`).expect(200)).body.id).toBe(
        alice.organizationId,
      );
      expect(ids(await as(alice).get(`${ORGS}/members`).expect(200)).sort()).toEqual([alice.id, bob.id, onlyInBob.id].sort());
      expect(ids(await as(alice, alice.organizationId).get(`${ORGS}/members`).expect(200))).toEqual([alice.id]);
    });

    it('POST /projects lands in the organization the request acts in; GET /projects spans both unless narrowed', async () => {
      const inBob = (await as(alice).post('/api/v1/projects', { name: 'default' }).expect(201)).body;
      const inAlice = (await as(alice, alice.organizationId).post('/api/v1/projects', { name: 'named' }).expect(201)).body;
      expect(inBob.organization_id).toBe(bob.organizationId);
      expect(inAlice.organization_id).toBe(alice.organizationId);

      const all = ids(await as(alice).get('/api/v1/projects?limit=100').expect(200));
      expect(all).toEqual(expect.arrayContaining([inBob.id, inAlice.id]));
      const narrowed = await as(alice, alice.organizationId).get('/api/v1/projects?limit=100').expect(200);
      expect(ids(narrowed)).toEqual([inAlice.id]);
      expect(ids(narrowed, 'organization_id')).toEqual([alice.organizationId]);
      expect(ids(await as(alice, bob.organizationId).get('/api/v1/projects?limit=100').expect(200))).toEqual([inBob.id]);
    });

    it('a cursor from one narrowing cannot be replayed on another', async () => {
      for (let i = 0; i < 3; i++) await as(alice, alice.organizationId).post('/api/v1/projects', { name: `p${i}` }).expect(201);
      const page = await as(alice, alice.organizationId).get('/api/v1/projects?limit=1').expect(200);
      const cursor = encodeURIComponent(page.body.next_cursor as string);
      await as(alice, alice.organizationId).get(`/api/v1/projects?limit=1&cursor=${cursor}`).expect(200);
      expectProblem(await as(alice).get(`/api/v1/projects?limit=1&cursor=${cursor}`), 422, 'INVALID_CURSOR');
    });

    it('chat: channels, conversations, search and direct messages act in the organization', async () => {
      const mine = (await as(alice, alice.organizationId).post('/api/v1/chat/channels', { name: 'alice-only', channel_type: 'public' }).expect(201))
        .body;
      const theirs = (await as(alice).post('/api/v1/chat/channels', { name: 'with-bob', channel_type: 'public' }).expect(201)).body;
      expect(mine.organization_id).toBe(alice.organizationId);
      expect(theirs.organization_id).toBe(bob.organizationId);
      expect(ids(await as(alice).get('/api/v1/chat/channels?limit=100').expect(200))).toEqual([theirs.id]);
      expect(ids(await as(alice, alice.organizationId).get('/api/v1/chat/channels?limit=100').expect(200))).toEqual([mine.id]);

      await as(alice).post(`/api/v1/chat/channels/${theirs.id}/messages`, { content: 'kiwi in bob org' }).expect(201);
      await as(alice, alice.organizationId).post(`/api/v1/chat/channels/${mine.id}/messages`, { content: 'kiwi in alice org' }).expect(201);
      // A member of Bob's organization only: a colleague there, a stranger in Alice's.
      await as(alice).post(`/api/v1/chat/direct-messages/${onlyInBob.id}`, { content: 'kiwi dm' }).expect(201);
      expectProblem(
        await as(alice, alice.organizationId).post(`/api/v1/chat/direct-messages/${onlyInBob.id}`, { content: 'nope' }),
        404,
        'USER_NOT_FOUND',
      );
      expectProblem(await as(alice, alice.organizationId).get(`/api/v1/chat/direct-messages/${onlyInBob.id}`), 404, 'USER_NOT_FOUND');
      expect((await as(alice).get(`/api/v1/chat/direct-messages/${onlyInBob.id}`).expect(200)).body.total).toBe(1);

      const contents = async (organizationId?: string) =>
        ids(await as(alice, organizationId).get('/api/v1/chat/search?query=kiwi&limit=100').expect(200), 'content').sort();
      expect(await contents()).toEqual(['kiwi dm', 'kiwi in bob org']);
      expect(await contents(alice.organizationId)).toEqual(['kiwi in alice org']);

      const conversations = async (organizationId?: string) =>
        (await as(alice, organizationId).get('/api/v1/chat/conversations?limit=100').expect(200)).body.items.map(
          (c: { channel: { id: number } | null; user: { id: number } | null }) => c.channel?.id ?? `user:${c.user!.id}`,
        );
      expect((await conversations()).sort()).toEqual([theirs.id, `user:${onlyInBob.id}`].sort());
      expect(await conversations(alice.organizationId)).toEqual([mine.id]);
    });

    it('online-users lists members of the organization the request acts in', async () => {
      const stranger = await createUser(t); // online, but in neither organization
      await connectAs(onlyInBob);
      await connectAs(stranger);
      await connectAs(alice);
      const online = async (organizationId?: string) =>
        ids(await as(alice, organizationId).get('/api/v1/chat/online-users?limit=100').expect(200), 'user_id');
      expect((await online()).sort()).toEqual([alice.id, onlyInBob.id].sort());
      expect(await online(alice.organizationId)).toEqual([alice.id]);
    });
  });

  describe('the header', () => {
    it('a malformed value is a 422, an organization the caller is not a member of (or none at all) a 404', async () => {
      const user = await createUser(t);
      const other = await createUser(t);
      for (const value of ['not-a-uuid', '', `${user.organizationId},${other.organizationId}`, '123']) {
        const res = await as(user, value).get(`${ORGS}/my-organization`);
        expectProblem(res, 422, 'VALIDATION_FAILED');
        expect(res.body.errors).toEqual([{ field: 'X-Organization-Id', message: 'must be a UUID' }]);
      }
      for (const value of [other.organizationId, MISSING_UUID]) {
        expectProblem(await as(user, value).get(`${ORGS}/my-organization`), 404, 'ORGANIZATION_NOT_FOUND');
        expectProblem(await as(user, value).get('/api/v1/projects'), 404, 'ORGANIZATION_NOT_FOUND');
      }
      // The answers for a foreign organization and for one that does not exist are the same.
      const foreign = await as(user, other.organizationId).get(`${ORGS}/members`);
      const missing = await as(user, MISSING_UUID).get(`${ORGS}/members`);
      expect(foreign.body.title).toBe(missing.body.title);
      expect(foreign.body.detail.replace(other.organizationId, '<id>')).toBe(missing.body.detail.replace(MISSING_UUID, '<id>'));
    });

    it('routes that are not organization-scoped ignore it', async () => {
      const user = await createUser(t);
      const project = await createProject(t, user);
      await as(user, 'not-a-uuid').get('/api/v1/users/me').expect(200);
      await as(user, MISSING_UUID).get(`/api/v1/projects/${project}`).expect(200);
      await as(user, MISSING_UUID).get(`${ORGS}`).expect(200);
    });

    it('a user in no organization: organization-scoped routes are a 404 NO_ORGANIZATION; they may create one', async () => {
      const owner = await createUser(t);
      const loner = await createUser(t, { organizationId: owner.organizationId });
      await as(loner).post(`${ORGS}/leave`).expect(204);
      expectProblem(await as(loner).get(`${ORGS}/my-organization`), 404, 'NO_ORGANIZATION');
      expectProblem(await as(loner).get('/api/v1/chat/channels'), 404, 'NO_ORGANIZATION');
      expect((await as(loner).get('/api/v1/projects').expect(200)).body.total).toBe(0);
      expect((await as(loner).get(ORGS).expect(200)).body.total).toBe(0);
      const created = (await as(loner).post(`${ORGS}/create`, { name: 'Fresh start' }).expect(201)).body;
      expect((await as(loner).get(`${ORGS}/my-organization`).expect(200)).body.id).toBe(created.id);
    });

    it('is resolved once per request: the answer does not change under the request', async () => {
      const user = await createUser(t);
      const other = await createUser(t);
      await joinOrganization(t, user, other.organizationId);
      const cls = t.app.get(ClsService);
      const context = t.app.get(OrganizationContext);
      await cls.run(async () => {
        cls.set(CLS_REQ, { headers: { 'x-organization-id': other.organizationId } });
        const first = await context.current(user.id);
        expect(first).toMatchObject({ id: other.organizationId, role: 'developer', isOwner: false });
        // Even once the membership is gone, this request still acts in what it resolved at first.
        await db.query(`DELETE FROM organization_members WHERE organization_id = $1 AND user_id = $2`, [other.organizationId, user.id]);
        expect(await context.current(user.id)).toBe(first);
      });
      // A new request resolves afresh.
      expectProblem(await as(user, other.organizationId).get(`${ORGS}/my-organization`), 404, 'ORGANIZATION_NOT_FOUND');
    });
  });

  describe('GET /organizations and the default organization', () => {
    it('lists the caller’s organizations with role, is_owner and is_default, in the order they joined, by pages', async () => {
      const me = await createUser(t);
      const first = await createUser(t);
      const second = await createUser(t);
      await joinOrganization(t, me, first.organizationId, 'qa');
      await joinOrganization(t, me, second.organizationId, 'manager');
      const all = (await as(me).get(ORGS).expect(200)).body as PageJson<OrganizationItem>;
      expect(all.total).toBe(3);
      expect(all.items).toEqual([
        {
          id: me.organizationId,
          name: `${me.username}'s Team`,
          description: null,
          owner_id: me.id,
          role: 'owner',
          is_owner: true,
          is_default: true,
          created_at: expect.stringMatching(/Z$/),
        },
        expect.objectContaining({ id: first.organizationId, owner_id: first.id, role: 'qa', is_owner: false, is_default: false }),
        expect.objectContaining({ id: second.organizationId, role: 'manager', is_owner: false, is_default: false }),
      ]);
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
        const page = (await as(me).get(`${ORGS}${query}`).expect(200)).body as PageJson<OrganizationItem>;
        walked.push(...page.items.map((o) => o.id));
        cursor = page.next_cursor;
      } while (cursor);
      expect(walked).toEqual(all.items.map((o) => o.id));
    });

    it('PUT /users/me/default-organization: 200 the organization; a foreign one 404, a malformed one 422', async () => {
      const me = await createUser(t);
      const other = await createUser(t);
      await joinOrganization(t, me, other.organizationId);
      const res = await as(me).put('/api/v1/users/me/default-organization', { organization_id: other.organizationId.toUpperCase() }).expect(200);
      expect(res.body).toEqual({
        id: other.organizationId,
        name: `${other.username}'s Team`,
        description: null,
        owner_id: other.id,
        is_owner: false,
        created_at: expect.stringMatching(/Z$/),
      });
      expect((await as(me).get(`${ORGS}/my-organization`).expect(200)).body.id).toBe(other.organizationId);
      const list = (await as(me).get(ORGS).expect(200)).body as PageJson<OrganizationItem>;
      expect(list.items.filter((o) => o.is_default).map((o) => o.id)).toEqual([other.organizationId]);

      const stranger = await createUser(t);
      expectProblem(await as(me).put('/api/v1/users/me/default-organization', { organization_id: stranger.organizationId }), 404, 'ORGANIZATION_NOT_FOUND');
      expectProblem(await as(me).put('/api/v1/users/me/default-organization', { organization_id: 'nope' }), 422, 'VALIDATION_FAILED');
      expectProblem(await as(me).put('/api/v1/users/me/default-organization', {}), 422, 'VALIDATION_FAILED');
      expect((await as(me).get(`${ORGS}/my-organization`).expect(200)).body.id).toBe(other.organizationId);
    });

    it('the last accepted invitation or choice wins, whichever happened last; leaving it falls back', async () => {
      const me = await createUser(t);
      const b = await createUser(t);
      const c = await createUser(t);
      const current = async () => (await as(me).get(`${ORGS}/my-organization`).expect(200)).body.id as string;
      const choose = (organizationId: string) =>
        as(me).put('/api/v1/users/me/default-organization', { organization_id: organizationId }).expect(200);

      expect(await current()).toBe(me.organizationId);
      await inviteAndAccept(b, me);
      expect(await current()).toBe(b.organizationId);
      await choose(me.organizationId);
      expect(await current()).toBe(me.organizationId);
      await inviteAndAccept(c, me);
      expect(await current()).toBe(c.organizationId);
      // Back to back, within the same millisecond if the machine is fast: the later one still wins.
      await choose(b.organizationId);
      await choose(c.organizationId);
      await choose(b.organizationId);
      expect(await current()).toBe(b.organizationId);

      await as(me).post(`${ORGS}/leave`).expect(204);
      // The previous choice is the default again.
      expect(await current()).toBe(c.organizationId);
      expect((await as(me).get('/api/v1/users/me').expect(200)).body.role).toBe('developer');
    });
  });

  describe('sockets act in an organization per connection and per event', () => {
    it('the handshake names it (auth.organization_id); a foreign one and a malformed one are refused', async () => {
      const me = await createUser(t);
      const other = await createUser(t);
      await expect(connectWith(me, other.organizationId)).rejects.toMatchObject({ message: 'organization_not_found' });
      await expect(connectWith(me, 'not-a-uuid')).rejects.toMatchObject({ message: 'validation_failed' });
      const socket = await connectAs(me, me.organizationId);
      expect(socket.connected).toBe(true);
    });

    it('presence is per organization: a socket sees presence of its organization’s members only', async () => {
      const me = await createUser(t);
      const teamB = await createUser(t);
      const mateInA = await createUser(t, { organizationId: me.organizationId });
      await joinOrganization(t, me, teamB.organizationId);
      const watchingA = await connectAs(me, me.organizationId);
      const watchingB = await connectAs(me, teamB.organizationId);
      const seenByA: number[] = [];
      const seenByB: number[] = [];
      watchingA.on('presence_update', (u: { user_id: number }) => seenByA.push(u.user_id));
      watchingB.on('presence_update', (u: { user_id: number }) => seenByB.push(u.user_id));

      const gotTeamB = nextEvent(watchingB, 'presence_update', (u) => u.user_id === teamB.id);
      await connectAs(teamB);
      await gotTeamB;
      const gotMate = nextEvent(watchingA, 'presence_update', (u) => u.user_id === mateInA.id);
      await connectAs(mateInA);
      await gotMate;
      // Both sockets have seen their own organization's event; neither sees the other organization's.
      expect(seenByA).not.toContain(teamB.id);
      expect(seenByB).not.toContain(mateInA.id);
    });

    it('each event acts in the socket’s organization, checked again per event', async () => {
      const me = await createUser(t);
      const teamB = await createUser(t);
      await joinOrganization(t, me, teamB.organizationId);
      const inA = await connectAs(me, me.organizationId);
      const inB = await connectAs(me, teamB.organizationId);
      const dm = (socket: ClientSocket) =>
        socket.timeout(10_000).emitWithAck('message', { recipient_id: teamB.id, content: 'hi' }) as Promise<{
          ok: boolean;
          error?: { status: number; code: string };
        }>;
      expect(await dm(inA)).toMatchObject({ ok: false, error: { status: 404, code: 'USER_NOT_FOUND' } });
      expect(await dm(inB)).toMatchObject({ ok: true });
      // The membership disappears without the usual session_revoked (straight in the database): the next event already knows.
      await db.query(`DELETE FROM organization_members WHERE organization_id = $1 AND user_id = $2`, [teamB.organizationId, me.id]);
      expect(await dm(inB)).toMatchObject({ ok: false, error: { status: 404, code: 'ORGANIZATION_NOT_FOUND' } });
      await db.query(`INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'developer')`, [
        teamB.organizationId,
        me.id,
      ]);
      expect(await dm(inB)).toMatchObject({ ok: true });
    });

    it('a socket that names none acts in the default it connected with, even after the default changes', async () => {
      const me = await createUser(t);
      const teamB = await createUser(t);
      await joinOrganization(t, me, teamB.organizationId);
      const dm = (socket: ClientSocket) =>
        socket.timeout(10_000).emitWithAck('message', { recipient_id: teamB.id, content: 'hello' }) as Promise<{ ok: boolean }>;
      const before = await connectAs(me);
      expect(await dm(before)).toMatchObject({ ok: false });
      await as(me).put('/api/v1/users/me/default-organization', { organization_id: teamB.organizationId }).expect(200);
      expect(await dm(before)).toMatchObject({ ok: false });
      expect(await dm(await connectAs(me))).toMatchObject({ ok: true });
    });

    it('leaving an organization disconnects the leaver’s sockets after commit (they reconnect without it)', async () => {
      const me = await createUser(t);
      const teamB = await createUser(t);
      await joinOrganization(t, me, teamB.organizationId);
      const socket = await connectAs(me, teamB.organizationId);
      const revoked = nextEvent(socket, 'session_revoked');
      const gone = disconnectedReason(socket);
      await as(me, teamB.organizationId).post(`${ORGS}/leave`).expect(204);
      expect(await revoked).toEqual({ reason: 'membership_changed' });
      expect(await gone).toBe('io server disconnect');
      await expect(connectWith(me, teamB.organizationId)).rejects.toMatchObject({ message: 'organization_not_found' });
    });
  });
});
