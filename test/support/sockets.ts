import { io, Socket } from 'socket.io-client';
import type {
  Ack,
  ClientEventName,
  ClientEvents,
  ClientToServerEvents,
  DeliveryMeta,
  ServerEventName,
  ServerEvents,
  ServerToClientEvents,
} from '../../src/common/realtime';
import type { ProblemDetails } from '../../src/common/errors/problem-details';
import { forgeJwt, keyIdOf, validClaims } from './jwt-forge';
import { TEST_JWT_SECRET } from './test-app';

/** A client socket typed with the protocol the server speaks. */
export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** An ack as a test inspects it: either branch's fields, optional, so refusals can be asserted directly. */
export type AckResult<T = unknown> = { ok: boolean; data?: T; error?: ProblemDetails };

/** What a socket received: the payload and, for outbox events, the delivery metadata. */
export interface Received<T> {
  payload: T;
  meta?: DeliveryMeta;
}

/** The same socket without the protocol's types, for events and payloads the protocol does not allow. */
const untyped = (socket: ClientSocket) => socket as unknown as Socket;

/** A fresh client (no reconnection, websocket only) that has not connected yet. */
export function client(url: string, auth?: Record<string, unknown>): ClientSocket {
  return io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 10_000 });
}

/** Connects with an access token; rejects with the `connect_error`. */
export function connect(url: string, token: string): Promise<ClientSocket> {
  const socket = client(url, { token });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** The message of the `connect_error` a handshake gets (fails if it connects). */
export function connectError(url: string, auth?: Record<string, unknown>): Promise<string> {
  const socket = client(url, auth);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.close();
      reject(new Error('connected, but a connect_error was expected'));
    });
    socket.once('connect_error', (error) => {
      socket.close();
      resolve(error.message);
    });
  });
}

/** Sends a client event with a payload of its protocol type and resolves with the ack. */
export function emitAck<E extends ClientEventName>(
  socket: ClientSocket,
  event: E,
  payload: ClientEvents[E]['payload'],
): Promise<AckResult<ClientEvents[E]['data']>> {
  return emitUnchecked(socket, event, payload) as Promise<Ack<ClientEvents[E]['data']>>;
}

/** Sends anything (an unknown event, a malformed payload) to see how the server refuses it. */
export function emitUnchecked(socket: ClientSocket, event: string, payload?: unknown): Promise<AckResult> {
  return untyped(socket).timeout(10_000).emitWithAck(event, payload) as Promise<AckResult>;
}

/** Everything `socket` receives as `event`, in order (payload and delivery metadata). */
export function record<E extends ServerEventName>(socket: ClientSocket, event: E): Received<ServerEvents[E]>[] {
  return recordUnchecked<ServerEvents[E]>(socket, event);
}

/** Like `record`, for rows a test wrote straight into the outbox with a payload of its own. */
export function recordUnchecked<T>(socket: ClientSocket, event: string): Received<T>[] {
  const received: Received<T>[] = [];
  untyped(socket).on(event, (payload: T, meta?: DeliveryMeta) => received.push({ payload, meta }));
  return received;
}

/** Polls `condition` until it holds; fails with `what` after the deadline (a deadline, not a timing assertion). */
export async function eventually(condition: () => boolean | Promise<boolean>, what: string, deadlineMs = 15_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await sleep(20);
  }
}

/** The next `event` whose payload satisfies `match`. */
export function nextEvent<E extends ServerEventName>(
  socket: ClientSocket,
  event: E,
  match: (payload: ServerEvents[E]) => boolean = () => true,
  deadlineMs = 15_000,
): Promise<ServerEvents[E]> {
  const raw = untyped(socket);
  const name: string = event;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      raw.off(name, listener);
      reject(new Error(`timed out waiting for ${event}`));
    }, deadlineMs);
    const listener = (payload: ServerEvents[E]) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      raw.off(name, listener);
      resolve(payload);
    };
    raw.on(name, listener);
  });
}

export function disconnectedReason(socket: ClientSocket, deadlineMs = 15_000): Promise<string> {
  if (!socket.connected) return Promise.resolve('already disconnected');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for disconnect')), deadlineMs);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A token signed with the test secret whose claims can be overridden (e.g. `exp`). */
export function forgedToken(userId: number, overrides: Record<string, unknown> = {}): string {
  return forgeJwt({ alg: 'HS256', typ: 'JWT', kid: keyIdOf(TEST_JWT_SECRET) }, validClaims(userId, overrides), TEST_JWT_SECRET);
}

export function closeAll(sockets: ClientSocket[]): void {
  for (const socket of sockets) socket.close();
}
