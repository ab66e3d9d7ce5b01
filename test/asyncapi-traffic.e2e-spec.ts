import { ClientSocket, client, closeAll, connect, disconnectedReason, emitUnchecked, eventually, AckResult } from './support/sockets';
import { AsyncApiContract, describeErrors } from './support/asyncapi';
import { createProject, createUser, TestUser } from './support/users';
import { createTestApp, TestApp } from './support/test-app';

/** A server event as a real client received it: every argument Socket.IO delivered. */
interface Received {
  socket: string;
  event: string;
  args: unknown[];
}

/** A client event as sent and the ack the server answered. */
interface Exchange {
  event: string;
  payload: unknown;
  ack: AckResult;
}

/**
 * Real Socket.IO clients provoke every server event and every ack (both branches) through the API and the
 * gateway; what they received is then validated with ajv against the committed asyncapi.json.
 */
describe('Socket.IO traffic matches asyncapi.json', () => {
  let t: TestApp;
  let owner: TestUser;
  let mate: TestUser;
  let outsider: TestUser;
  const contract = new AsyncApiContract();
  const serverEvents = contract.serverEvents();
  const clientEvents = contract.clientEvents();
  const received: Received[] = [];
  const exchanges: Exchange[] = [];
  const open: ClientSocket[] = [];

  const api = (user: TestUser) => ({
    post: (path: string, body?: object) => t.http.post(`/api/v1${path}`).set('Authorization', user.auth).send(body),
    patch: (path: string, body: object) => t.http.patch(`/api/v1${path}`).set('Authorization', user.auth).send(body),
    delete: (path: string) => t.http.delete(`/api/v1${path}`).set('Authorization', user.auth),
  });

  /** Connects and records everything the socket receives from then on. */
  const connectRecorded = async (user: TestUser, label: string): Promise<ClientSocket> => {
    const socket = await connect(t.url, user.token);
    open.push(socket);
    socket.onAny((event: string, ...args: unknown[]) => received.push({ socket: label, event, args }));
    return socket;
  };
  const send = async (socket: ClientSocket, event: string, payload: unknown): Promise<AckResult> => {
    const ack = await emitUnchecked(socket, event, payload);
    exchanges.push({ event, payload, ack });
    return ack;
  };
  const seen = (event: string, socket?: string) => received.some((r) => r.event === event && (!socket || r.socket === socket));

  /** `value` is valid against the document's schema at `pointer`; on failure the message shows both. */
  const expectValid = (pointer: string, value: unknown, what: string) => {
    const validate = contract.validator(pointer);
    expect({ what, value, errors: validate(value) ? '' : describeErrors(validate) }).toEqual({ what, value, errors: '' });
  };

  beforeAll(async () => {
    t = await createTestApp();
    owner = await createUser(t);
    mate = await createUser(t, { organizationId: owner.organizationId });
    outsider = await createUser(t);
  });
  afterAll(async () => {
    closeAll(open);
    await t.close();
  });

  it('every server event and every ack a real client gets is valid against the document', async () => {
    const projectId = await createProject(t, owner);
    const channel = (await api(owner).post('/chat/channels', { name: 'contract', channel_type: 'public' }).expect(201)).body as { id: number };
    await api(mate).post(`/chat/channels/${channel.id}/join`).expect(200);

    const ownerSocket = await connectRecorded(owner, 'owner');
    const mateSocket = await connectRecorded(mate, 'mate');
    const outsiderSocket = await connectRecorded(outsider, 'outsider');
    await eventually(() => seen('presence_update', 'owner'), 'the owner sees the mate come online');

    // subscribe_project: members join the project room; a stranger and a malformed id are refused.
    for (const socket of [ownerSocket, mateSocket]) expect(await send(socket, 'subscribe_project', { project_id: projectId })).toMatchObject({ ok: true });
    expect(await send(outsiderSocket, 'subscribe_project', { project_id: projectId })).toMatchObject({ ok: false, error: { status: 404 } });
    expect(await send(mateSocket, 'subscribe_project', { project_id: 'not-a-uuid', admin: true })).toMatchObject({ ok: false, error: { status: 422 } });

    // presence: away and back, and a status that does not exist.
    expect(await send(mateSocket, 'presence', { status: 'away' })).toMatchObject({ ok: true });
    expect(await send(mateSocket, 'presence', { status: 'sleeping' })).toMatchObject({ ok: false, error: { status: 422 } });
    expect(await send(mateSocket, 'presence', 'online')).toMatchObject({ ok: false, error: { status: 422 } });
    expect(await send(mateSocket, 'presence', { status: 'online' })).toMatchObject({ ok: true });

    // Durable project events through the HTTP API: task, assignment (notification), issue, sprint, comments.
    const task = (await api(owner).post(`/projects/${projectId}/tasks`, { title: 'Write the contract' }).expect(201)).body as { id: string };
    await api(owner).post('/projects/tasks/bulk-assign', { task_ids: [task.id], assigned_to: mate.id }).expect(200);
    await api(owner).post('/issues', { project_id: projectId, title: 'Unclear event', description: 'Which room?' }).expect(201);
    const sprint = (
      await api(owner).post(`/projects/${projectId}/sprints`, { name: 'Sprint 1', start_date: '2026-01-05', end_date: '2026-01-16' }).expect(201)
    ).body as { id: string };
    await api(owner).delete(`/sprints/${sprint.id}`).expect(204);
    const comment = (await api(owner).post(`/projects/tasks/${task.id}/comments`, { body: `Over to @${mate.username}` }).expect(201))
      .body as { id: number };
    await api(owner).patch(`/comments/${comment.id}`, { body: 'Over to you' }).expect(200);
    await api(owner).delete(`/comments/${comment.id}`).expect(204);

    // Chat over the socket: a channel message, a direct message, typing; and their refusals.
    expect(await send(ownerSocket, 'message', { content: 'Hello channel', channel_id: channel.id })).toMatchObject({ ok: true });
    expect(await send(ownerSocket, 'message', { content: 'Hello you', recipient_id: mate.id })).toMatchObject({ ok: true });
    const both = { content: 'x', channel_id: channel.id, recipient_id: mate.id };
    expect(await send(ownerSocket, 'message', both)).toMatchObject({ ok: false, error: { status: 422 } });
    expect(await send(ownerSocket, 'message', { content: 'x', recipient_id: outsider.id })).toMatchObject({ ok: false, error: { status: 404 } });
    expect(await send(ownerSocket, 'typing', { channel_id: channel.id })).toMatchObject({ ok: true });
    expect(await send(outsiderSocket, 'typing', { channel_id: channel.id })).toMatchObject({ ok: false });
    expect(await send(ownerSocket, 'typing', { channel_id: 0 })).toMatchObject({ ok: false, error: { status: 422 } });

    // session_revoked, then the disconnect and the mate's last socket going offline.
    const gone = disconnectedReason(mateSocket);
    await api(mate).post('/auth/logout-all').expect(204);
    expect(await gone).toBe('io server disconnect');

    const missing = () => [...serverEvents.keys()].filter((event) => !seen(event));
    const offline = () => received.some((r) => r.event === 'presence_update' && (r.args[0] as { status?: string }).status === 'offline');
    await eventually(() => missing().length === 0 && offline(), 'every server event arrives and the mate goes offline').catch(() => {
      throw new Error(`not received: ${[...missing(), ...(offline() ? [] : ['presence_update offline'])].join(', ')}`);
    });

    for (const { socket, event, args } of received) {
      const documented = serverEvents.get(event);
      expect({ event, documented: documented !== undefined }).toEqual({ event, documented: true });
      const [payload, meta, ...rest] = args;
      expectValid(`${documented!.pointer}/payload`, payload, `${event} to ${socket}`);
      // Nothing beyond what the document declares (its object schemas stay open for additions).
      const declared = contract.declaredProperties(`${documented!.pointer}/payload`);
      expect({ event, undeclared: Object.keys(payload as object).filter((key) => !declared.includes(key)) }).toEqual({ event, undeclared: [] });
      if (documented!.message.headers) expectValid(`${documented!.pointer}/headers`, meta, `${event} delivery metadata`);
      else expect({ event, meta }).toEqual({ event, meta: undefined });
      expect(rest).toEqual([]);
    }

    for (const { event, payload, ack } of exchanges) {
      const documented = clientEvents.get(event)!;
      expectValid(`${documented.ack.pointer}/payload`, ack, `${event} ack`);
      // The request schema agrees with the gateway: what it refused as invalid the schema refuses, and only that.
      const requestValid = contract.validator(`${documented.request.pointer}/payload`)(payload);
      expect({ event, payload, requestValid }).toEqual({ event, payload, requestValid: ack.ok || ack.error?.status !== 422 });
    }
    for (const event of clientEvents.keys()) {
      const outcomes = new Set(exchanges.filter((exchange) => exchange.event === event).map(({ ack }) => ack.ok));
      expect({ event, outcomes: [...outcomes].sort() }).toEqual({ event, outcomes: [false, true] });
    }
  });

  it('the validators refuse what the document does not allow (the check above can fail)', () => {
    for (const [event, { pointer }] of serverEvents) {
      expect({ event, emptyAccepted: contract.validator(`${pointer}/payload`)({}) }).toEqual({ event, emptyAccepted: false });
    }
    const [, subscribe] = [...clientEvents].find(([event]) => event === 'subscribe_project')!;
    const ack = contract.validator(`${subscribe.ack.pointer}/payload`);
    expect(ack({ ok: true, data: { project_id: 'not-a-uuid' } })).toBe(false);
    expect(ack({ ok: false, data: { project_id: '6f0c2a4e-8a8e-4c1e-9a57-0d6f3c1b2a11' } })).toBe(false);
  });

  it('a refused handshake’s connect_error is one the document describes', async () => {
    const channelPointer = `#/channels/${Object.keys(contract.document.channels as object)[0]}`;
    const handshakes: [string, Record<string, unknown> | undefined][] = [
      ['unauthorized', undefined],
      ['unauthorized', { token: 'not-a-jwt' }],
      ['organization_not_found', { token: outsider.token, organization_id: owner.organizationId }],
      ['validation_failed', { token: owner.token, organization_id: 'not-a-uuid' }],
    ];
    for (const [expected, auth] of handshakes) {
      const error = await handshakeError(t.url, auth);
      expect(error.message).toBe(expected);
      expectValid(`${channelPointer}/x-connect-error`, error, `connect_error ${expected}`);
      // The auth schema refuses exactly the malformed one.
      if (auth) expect({ auth, valid: contract.validator(`${channelPointer}/x-handshake-auth`)(auth) }).toEqual({ auth, valid: expected !== 'validation_failed' });
    }
  });
});

/** The `connect_error` a handshake gets, as the client sees it: its message and, when sent, its data. */
function handshakeError(url: string, auth?: Record<string, unknown>): Promise<{ message: string; data?: unknown }> {
  const socket = client(url, auth);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.close();
      reject(new Error('connected, but a connect_error was expected'));
    });
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.close();
      resolve({ message: error.message, ...(error.data === undefined ? {} : { data: error.data }) });
    });
  });
}
