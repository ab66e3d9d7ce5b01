import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { ClientSocket, closeAll, connect, emitAck, emitUnchecked, eventually, nextEvent, record } from './support/sockets';
import { walkWithCursor } from './support/pages';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, TestUser } from './support/users';
import { Rooms } from '../src/common/realtime';

interface Message {
  id: number;
  sender_id: number;
  content: string;
  created_at: string;
  channel_id: number | null;
  recipient_id: number | null;
}

describe('chat', () => {
  let t: TestApp;
  let db: DataSource;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;
  let outsider: TestUser;
  const open: ClientSocket[] = [];

  const as = (user: TestUser) => ({
    get: (path: string) => t.http.get(`/api/v1/chat${path}`).set('Authorization', user.auth),
    post: (path: string, body?: object) => t.http.post(`/api/v1/chat${path}`).set('Authorization', user.auth).send(body),
  });
  const connectAs = async (user: TestUser) => {
    const socket = await connect(t.url, user.token);
    open.push(socket);
    return socket;
  };
  const createChannel = async (user: TestUser, channel_type: 'public' | 'private', name = `c-${channel_type}`) =>
    (await as(user).post('/channels', { name, channel_type }).expect(201)).body as { id: number };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    alice = await createUser(t);
    bob = await createUser(t, { organizationId: alice.organizationId });
    carol = await createUser(t, { organizationId: alice.organizationId });
    outsider = await createUser(t);
  });
  afterEach(() => closeAll(open.splice(0)));
  afterAll(async () => t.close());

  describe('channels', () => {
    it('creates a channel in the caller’s organization with the creator as its member; validates the body', async () => {
      const res = await as(alice).post('/channels', { name: 'general', description: 'All hands', channel_type: 'public' }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        organization_id: alice.organizationId,
        name: 'general',
        description: 'All hands',
        channel_type: 'public',
        created_by_id: alice.id,
        created_at: expect.stringMatching(/Z$/),
        is_member: true,
      });
      expectProblem(await as(alice).post('/channels', { name: '', channel_type: 'public' }), 422, 'VALIDATION_FAILED');
      expectProblem(await as(alice).post('/channels', { name: 'x'.repeat(81), channel_type: 'public' }), 422, 'VALIDATION_FAILED');
      expectProblem(await as(alice).post('/channels', { name: 'x', channel_type: 'secret' }), 422, 'VALIDATION_FAILED');
    });

    it('lists public channels of the organization and only the private channels one belongs to', async () => {
      const pub = await createChannel(alice, 'public', 'visible');
      const priv = await createChannel(alice, 'private', 'hidden');
      const foreign = await createChannel(outsider, 'public', 'foreign');
      const bobs = await as(bob).get('/channels?limit=100').expect(200);
      const ids = bobs.body.items.map((c: { id: number }) => c.id);
      expect(ids).toContain(pub.id);
      expect(ids).not.toContain(priv.id);
      expect(ids).not.toContain(foreign.id);
      expect(bobs.body.items.find((c: { id: number }) => c.id === pub.id).is_member).toBe(false);
      const alices = await as(alice).get('/channels?limit=100').expect(200);
      expect(alices.body.items.map((c: { id: number }) => c.id)).toEqual(expect.arrayContaining([pub.id, priv.id]));
    });

    it('join and leave: public channels of one’s organization only; a private channel is a 404 to non-members', async () => {
      const pub = await createChannel(alice, 'public');
      const priv = await createChannel(alice, 'private');
      expectProblem(await as(bob).get(`/channels/${pub.id}/messages`), 403, 'NOT_A_CHANNEL_MEMBER');
      expect((await as(bob).post(`/channels/${pub.id}/join`).expect(200)).body).toMatchObject({ id: pub.id, is_member: true });
      await as(bob).post(`/channels/${pub.id}/join`).expect(200); // idempotent
      await as(bob).get(`/channels/${pub.id}/messages`).expect(200);
      expectProblem(await as(bob).post(`/channels/${priv.id}/join`), 404, 'CHANNEL_NOT_FOUND');
      expectProblem(await as(outsider).post(`/channels/${pub.id}/join`), 404, 'CHANNEL_NOT_FOUND');
      expectProblem(await as(bob).post('/channels/999999/join'), 404, 'CHANNEL_NOT_FOUND');
      expectProblem(await as(bob).post('/channels/abc/join'), 422, 'VALIDATION_FAILED');
      await as(bob).post(`/channels/${pub.id}/leave`).expect(200);
      expectProblem(await as(bob).post(`/channels/${pub.id}/messages`, { content: 'hi' }), 403, 'NOT_A_CHANNEL_MEMBER');
    });

    it('a private channel’s history is a 404 to non-members, even within the organization', async () => {
      const priv = await createChannel(alice, 'private');
      await as(alice).post(`/channels/${priv.id}/messages`, { content: 'secret plans' }).expect(201);
      expectProblem(await as(bob).get(`/channels/${priv.id}/messages`), 404, 'CHANNEL_NOT_FOUND');
      expectProblem(await as(outsider).get(`/channels/${priv.id}/messages`), 404, 'CHANNEL_NOT_FOUND');
      expectProblem(await as(bob).post(`/channels/${priv.id}/messages`, { content: 'let me in' }), 404, 'CHANNEL_NOT_FOUND');
      const own = await as(alice).get(`/channels/${priv.id}/messages`).expect(200);
      expect(own.body.items.map((m: Message) => m.content)).toEqual(['secret plans']);
    });
  });

  describe('messages', () => {
    it('pages newest first with a keyset cursor and validates content', async () => {
      const channel = await createChannel(alice, 'public');
      for (let i = 1; i <= 5; i++) await as(alice).post(`/channels/${channel.id}/messages`, { content: `m${i}` }).expect(201);
      const first = await as(alice).get(`/channels/${channel.id}/messages?limit=2`).expect(200);
      expect(first.body).toMatchObject({ total: 5, limit: 2, next_cursor: expect.any(String) });
      expect(first.body.items.map((m: Message) => m.content)).toEqual(['m5', 'm4']);
      expect(first.body.items[0]).toEqual({
        id: expect.any(Number),
        sender_id: alice.id,
        content: 'm5',
        created_at: expect.stringMatching(/Z$/),
        channel_id: channel.id,
        recipient_id: null,
      });
      await as(alice).post(`/channels/${channel.id}/messages`, { content: 'newer' }).expect(201);
      const second = await as(alice).get(`/channels/${channel.id}/messages?limit=2&cursor=${first.body.next_cursor}`).expect(200);
      expect(second.body.items.map((m: Message) => m.content)).toEqual(['m3', 'm2']);
      expectProblem(await as(alice).post(`/channels/${channel.id}/messages`, { content: '' }), 422, 'VALIDATION_FAILED');
      expectProblem(await as(alice).post(`/channels/${channel.id}/messages`, { content: 'x'.repeat(4001) }), 422, 'VALIDATION_FAILED');
      await as(alice).post(`/channels/${channel.id}/messages`, { content: 'x'.repeat(4000) }).expect(201);
    });

    it('channel messages reach members only (not non-member org-mates or outsiders), after commit', async () => {
      const channel = await createChannel(alice, 'public');
      await as(bob).post(`/channels/${channel.id}/join`).expect(200);
      const bobSocket = await connectAs(bob);
      const carolSocket = await connectAs(carol); // same organization, not a member
      const outsiderSocket = await connectAs(outsider);
      const carolGot = record(carolSocket, 'message');
      const outsiderGot = record(outsiderSocket, 'message');
      // Listen before posting: delivery after commit can beat the HTTP response.
      const bobGot = record(bobSocket, 'message');
      const posted = (await as(alice).post(`/channels/${channel.id}/messages`, { content: 'hello members' }).expect(201)).body;
      await eventually(() => bobGot.some((m) => m.payload.id === posted.id), 'bob receives the message');
      expect(bobGot.find((m) => m.payload.id === posted.id)?.payload).toEqual(posted);
      // Carol joins now: the next message reaches her too, which shows her socket was listening all along.
      await as(carol).post(`/channels/${channel.id}/join`).expect(200);
      const second = (await as(alice).post(`/channels/${channel.id}/messages`, { content: 'welcome carol' }).expect(201)).body;
      await eventually(() => carolGot.length > 0, 'carol receives after joining');
      expect(carolGot.map((m) => m.payload)).toEqual([second]);
      expect(outsiderGot).toEqual([]);
    });

    it('a socket `message` event posts to a channel or a user, with problem acks for bad targets', async () => {
      const channel = await createChannel(alice, 'public');
      const socket = await connectAs(alice);
      const bobSocket = await connectAs(bob);
      const ack = await emitAck(socket, 'message', { content: 'via socket', channel_id: channel.id });
      expect(ack).toMatchObject({ ok: true, data: { content: 'via socket', channel_id: channel.id, sender_id: alice.id } });
      const both = await emitAck(socket, 'message', { content: 'x', channel_id: channel.id, recipient_id: bob.id });
      expect(both).toMatchObject({ ok: false, error: { status: 422, code: 'VALIDATION_FAILED' } });
      const neither = await emitAck(socket, 'message', { content: 'x' });
      expect(neither).toMatchObject({ ok: false, error: { status: 422 } });
      const tooLong = await emitAck(socket, 'message', { content: 'x'.repeat(4001), recipient_id: bob.id });
      expect(tooLong).toMatchObject({ ok: false, error: { status: 422 } });
      const foreign = await emitAck(socket, 'message', { content: 'x', recipient_id: outsider.id });
      expect(foreign).toMatchObject({ ok: false, error: { status: 404, code: 'USER_NOT_FOUND' } });
      const dmPromise = nextEvent(bobSocket, 'message', (m) => m.recipient_id === bob.id);
      const dm = await emitAck(socket, 'message', { content: 'psst', recipient_id: bob.id });
      expect(dm.ok).toBe(true);
      expect(await dmPromise).toEqual(dm.data);
    });

    it('a socket `message` with channel_id or recipient_id null is a 422, not a 404', async () => {
      const channel = await createChannel(alice, 'public');
      const socket = await connectAs(alice);
      const nullChannel = await emitUnchecked(socket, 'message', { content: 'x', channel_id: null, recipient_id: bob.id });
      expect(nullChannel).toMatchObject({ ok: false, error: { status: 422, code: 'VALIDATION_FAILED' } });
      expect(new Set(nullChannel.error?.errors?.map((e) => e.field))).toEqual(new Set(['channel_id']));
      const nullRecipient = await emitUnchecked(socket, 'message', { content: 'x', channel_id: channel.id, recipient_id: null });
      expect(nullRecipient).toMatchObject({ ok: false, error: { status: 422, code: 'VALIDATION_FAILED' } });
      expect(new Set(nullRecipient.error?.errors?.map((e) => e.field))).toEqual(new Set(['recipient_id']));
      const onlyNull = await emitUnchecked(socket, 'message', { content: 'x', channel_id: null });
      expect(onlyNull).toMatchObject({ ok: false, error: { status: 422, code: 'VALIDATION_FAILED' } });
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM chat_messages WHERE sender_id = $1 AND content = 'x'`, [alice.id]);
      expect(n).toBe(0);
    });

    it('typing reaches the other members of the channel only, none of the sender’s sockets', async () => {
      const channel = await createChannel(alice, 'public');
      await as(bob).post(`/channels/${channel.id}/join`).expect(200);
      const aliceTab1 = await connectAs(alice);
      const aliceTab2 = await connectAs(alice);
      const bobSocket = await connectAs(bob);
      const carolSocket = await connectAs(carol);
      const aliceGot = record(aliceTab2, 'typing');
      const carolGot = record(carolSocket, 'typing');
      const bobTyping = nextEvent(bobSocket, 'typing');
      expect(await emitAck(aliceTab1, 'typing', { channel_id: channel.id })).toEqual({ ok: true, data: { channel_id: channel.id } });
      expect(await bobTyping).toEqual({ user_id: alice.id, channel_id: channel.id });
      // A second typing from bob reaches alice's tabs: the sockets that got nothing were listening.
      const aliceSees = nextEvent(aliceTab2, 'typing');
      await emitAck(bobSocket, 'typing', { channel_id: channel.id });
      expect(await aliceSees).toEqual({ user_id: bob.id, channel_id: channel.id });
      expect(aliceGot.map((e) => e.payload)).toEqual([{ user_id: bob.id, channel_id: channel.id }]);
      expect(carolGot).toEqual([]);
      expect(await emitAck(carolSocket, 'typing', { channel_id: channel.id })).toMatchObject({
        ok: false,
        error: { status: 403, code: 'NOT_A_CHANNEL_MEMBER' },
      });
    });
  });

  describe('direct messages', () => {
    it('between members of one organization: persisted, readable by both, pushed to both users', async () => {
      const aliceSocket = await connectAs(alice);
      const bobSocket = await connectAs(bob);
      const toBob = nextEvent(bobSocket, 'message', (m) => m.content === 'hi bob');
      const toAlice = nextEvent(aliceSocket, 'message', (m) => m.content === 'hi bob');
      const sent = (await as(alice).post(`/direct-messages/${bob.id}`, { content: 'hi bob' }).expect(201)).body;
      expect(sent).toMatchObject({ sender_id: alice.id, recipient_id: bob.id, channel_id: null });
      expect(await toBob).toEqual(sent);
      expect(await toAlice).toEqual(sent);
      await as(bob).post(`/direct-messages/${alice.id}`, { content: 'hi alice' }).expect(201);
      const history = await as(bob).get(`/direct-messages/${alice.id}`).expect(200);
      expect(history.body.items.slice(0, 2).map((m: Message) => m.content)).toEqual(['hi alice', 'hi bob']);
      expectProblem(await as(alice).post(`/direct-messages/${alice.id}`, { content: 'me' }), 422, 'VALIDATION_FAILED');
    });

    it('across organizations are refused with 404, both ways and for history', async () => {
      expectProblem(await as(alice).post(`/direct-messages/${outsider.id}`, { content: 'hello?' }), 404, 'USER_NOT_FOUND');
      expectProblem(await as(outsider).post(`/direct-messages/${alice.id}`, { content: 'hello?' }), 404, 'USER_NOT_FOUND');
      expectProblem(await as(outsider).get(`/direct-messages/${alice.id}`), 404, 'USER_NOT_FOUND');
      expectProblem(await as(alice).get('/direct-messages/999999'), 404, 'USER_NOT_FOUND');
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM chat_messages WHERE content = 'hello?'`);
      expect(n).toBe(0);
    });
  });

  describe('organization membership', () => {
    it('a removed member loses the organization’s private channels: rows, conversations, search, events and socket rooms', async () => {
      const owner = await createUser(t);
      // The member also owns a team of their own (as every registered account does), which stays their default.
      const member = await createUser(t);
      await db.query(`INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'developer')`, [
        owner.organizationId,
        member.id,
      ]);
      const inOwners = (path: string) => as(member).get(path).set('X-Organization-Id', owner.organizationId);
      const stays = await createUser(t, { organizationId: owner.organizationId });
      const priv = await createChannel(owner, 'private', 'inner-circle');
      // There is no invitation to a private channel yet: make both members directly.
      await db.query('INSERT INTO chat_channel_members (channel_id, user_id) VALUES ($1, $2), ($1, $3)', [priv.id, member.id, stays.id]);
      const before = (await as(member).post(`/channels/${priv.id}/messages`, { content: 'zebra-secret before removal' }).expect(201))
        .body as Message;
      const conversationIds = async (res: Promise<{ body: { items: { channel: { id: number } | null }[] } }>) =>
        (await res).body.items.map((c) => c.channel?.id);
      expect(await conversationIds(inOwners('/conversations?limit=100').expect(200))).toContain(priv.id);
      expect(await conversationIds(as(member).get('/conversations?limit=100').expect(200))).not.toContain(priv.id);
      const searchIn = (res: Promise<{ body: { items: Message[] } }>) => res.then((r) => r.body.items.map((m) => m.id));
      expect(await searchIn(inOwners('/search?query=zebra-secret').expect(200))).toContain(before.id);
      // The message reached the outbox and was delivered: it is in the member's events now.
      const channelEvents = async (user: TestUser) =>
        (await t.http.get('/api/v1/events?limit=100').set('Authorization', user.auth).expect(200)).body.items.filter(
          (e: { room: string }) => e.room === Rooms.channel(priv.id),
        );
      await eventually(async () => (await channelEvents(member)).length === 1, 'the member sees the channel event');

      await t.http.delete(`/api/v1/organizations/remove-member/${member.id}`).set('Authorization', owner.auth).expect(204);

      const [{ n }] = await db.query(
        'SELECT count(*)::int AS n FROM chat_channel_members WHERE user_id = $1 AND channel_id = $2',
        [member.id, priv.id],
      );
      expect(n).toBe(0);
      // The organization is gone for them: naming it is a 404, and their own team has none of its channels.
      expectProblem(await inOwners('/conversations?limit=100'), 404, 'ORGANIZATION_NOT_FOUND');
      expectProblem(await inOwners('/search?query=zebra-secret'), 404, 'ORGANIZATION_NOT_FOUND');
      expect(await conversationIds(as(member).get('/conversations?limit=100').expect(200))).not.toContain(priv.id);
      expect(await searchIn(as(member).get('/search?query=zebra-secret').expect(200))).not.toContain(before.id);
      expect(await channelEvents(member)).toEqual([]);
      expect(await channelEvents(stays)).toHaveLength(1); // the event is still there for the remaining member

      const fresh = await connectAs(member);
      const staysSocket = await connectAs(stays);
      const freshGot = record(fresh, 'message');
      const staysGot = record(staysSocket, 'message');
      const after = (await as(owner).post(`/channels/${priv.id}/messages`, { content: 'after removal' }).expect(201)).body as Message;
      await eventually(() => staysGot.some((m) => m.payload.id === after.id), 'the remaining member receives it');
      // The dispatcher emitted to the whole room before the remaining member got it; a round trip on the
      // fresh socket afterwards would come after the message had it been in the room.
      await emitAck(fresh, 'presence', { status: 'online' });
      expect(freshGot).toEqual([]);
    });
  });

  describe('conversations and search', () => {
    it('conversations: the caller’s channels and DM partners with their last message, most recent first', async () => {
      const dave = await createUser(t);
      const erin = await createUser(t, { organizationId: dave.organizationId });
      const frank = await createUser(t, { organizationId: dave.organizationId });
      const quiet = (await as(dave).post('/channels', { name: 'quiet', channel_type: 'private' }).expect(201)).body;
      const busy = (await as(dave).post('/channels', { name: 'busy', channel_type: 'public' }).expect(201)).body;
      await as(dave).post(`/channels/${busy.id}/messages`, { content: 'first' }).expect(201);
      await as(erin).post(`/direct-messages/${dave.id}`, { content: 'dm from erin' }).expect(201);
      await as(dave).post(`/channels/${busy.id}/messages`, { content: 'latest in busy' }).expect(201);
      await as(erin).post(`/direct-messages/${frank.id}`, { content: 'not dave’s business' }).expect(201);
      const res = await as(dave).get('/conversations').expect(200);
      expect(res.body.total).toBe(3);
      expect(res.body.items).toEqual([
        { kind: 'channel', channel: { id: busy.id, name: 'busy', channel_type: 'public' }, user: null, last_message: expect.objectContaining({ content: 'latest in busy' }) },
        { kind: 'direct', channel: null, user: { id: erin.id, username: erin.username }, last_message: expect.objectContaining({ content: 'dm from erin' }) },
        { kind: 'channel', channel: { id: quiet.id, name: 'quiet', channel_type: 'private' }, user: null, last_message: null },
      ]);
      const paged = await as(dave).get('/conversations?limit=1&skip=1').expect(200);
      expect(paged.body).toMatchObject({ total: 3, skip: 1, limit: 1 });
      expect(paged.body.items[0].kind).toBe('direct');
    });

    it('conversations page by cursor exactly, ties included, and a cursor is bound to its caller and list', async () => {
      const gina = await createUser(t);
      const mates = [await createUser(t, { organizationId: gina.organizationId }), await createUser(t, { organizationId: gina.organizationId })];
      const channels = [];
      for (let i = 0; i < 4; i++) channels.push((await as(gina).post('/channels', { name: `walk-${i}`, channel_type: 'public' }).expect(201)).body);
      for (const mate of mates) await as(mate).post(`/direct-messages/${gina.id}`, { content: `hi from ${mate.username}` }).expect(201);
      await as(gina).post(`/channels/${channels[1].id}/messages`, { content: 'bump' }).expect(201);
      // Two channels with the same activity: the walk breaks the tie by kind and id, as the list does.
      await db.query(
        `UPDATE chat_channel_members SET joined_at = (SELECT joined_at FROM chat_channel_members WHERE channel_id = $1 AND user_id = $3)
          WHERE channel_id = $2 AND user_id = $3`,
        [channels[2].id, channels[3].id, gina.id],
      );
      const all = (await as(gina).get('/conversations?limit=100').expect(200)).body;
      expect(all.total).toBe(6);
      expect(all.items[0]).toMatchObject({ kind: 'channel', channel: { id: channels[1].id } });
      const position = (id: number) => all.items.findIndex((c: { channel: { id: number } | null }) => c.channel?.id === id);
      expect(position(channels[3].id)).toBe(position(channels[2].id) - 1);
      const walked = await walkWithCursor(async (cursor) => {
        const res = await as(gina).get(`/conversations?limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
        expect(res.body).toMatchObject({ total: 6, skip: 0, limit: 1 });
        return res.body;
      });
      expect(walked).toEqual(all.items);
      const first = (await as(gina).get('/conversations?limit=2').expect(200)).body;
      expectProblem(await as(mates[0]).get(`/conversations?cursor=${first.next_cursor}`), 422, 'INVALID_CURSOR');
      expectProblem(await as(gina).get(`/online-users?cursor=${first.next_cursor}`), 422, 'INVALID_CURSOR');
      expectProblem(await as(gina).get(`/conversations?cursor=${first.next_cursor}&skip=2`), 422, 'VALIDATION_FAILED');
    });

    it('search covers only the caller’s channels and DMs, and matches %, _ and \\ literally', async () => {
      const mine = await createChannel(alice, 'public');
      const notJoined = await createChannel(bob, 'public');
      await as(alice).post(`/channels/${mine.id}/messages`, { content: 'progress 100% done' }).expect(201);
      await as(alice).post(`/channels/${mine.id}/messages`, { content: 'progress 1000 done' }).expect(201);
      await as(alice).post(`/channels/${mine.id}/messages`, { content: 'file_name.txt' }).expect(201);
      await as(alice).post(`/channels/${mine.id}/messages`, { content: 'filexname.txt' }).expect(201);
      await as(alice).post(`/channels/${mine.id}/messages`, { content: 'path C:\\temp' }).expect(201);
      await as(alice).post(`/channels/${mine.id}/messages`, { content: 'path C:temp' }).expect(201);
      await as(bob).post(`/channels/${notJoined.id}/messages`, { content: 'bob says 100% sure' }).expect(201);
      await as(carol).post(`/direct-messages/${bob.id}`, { content: 'carol to bob: 100% private' }).expect(201);
      await as(bob).post(`/direct-messages/${alice.id}`, { content: 'bob to alice: 100% yes' }).expect(201);
      const contents = async (query: string) =>
        (await as(alice).get(`/search?query=${encodeURIComponent(query)}&limit=100`).expect(200)).body.items.map((m: Message) => m.content);
      expect(await contents('100%')).toEqual(['bob to alice: 100% yes', 'progress 100% done']);
      expect(await contents('file_name')).toEqual(['file_name.txt']);
      expect(await contents('C:\\temp')).toEqual(['path C:\\temp']);
      expect(await contents('PROGRESS 100')).toEqual(expect.arrayContaining(['progress 100% done', 'progress 1000 done']));
      const page = await as(alice).get('/search?query=progress&limit=1').expect(200);
      expect(page.body).toMatchObject({ total: 2, next_cursor: expect.any(String) });
      expectProblem(await as(alice).get('/search'), 422, 'VALIDATION_FAILED');
    });
  });
});
