import { io, Socket } from 'socket.io-client';
import { forgeJwt, keyIdOf, validClaims } from './jwt-forge';
import { TEST_JWT_SECRET } from './test-app';

export type ClientSocket = Socket;

export interface Ack<T = unknown> {
  ok: boolean;
  data?: T;
  error?: { status: number; code: string; type: string; title: string; errors?: { field: string; message: string }[] };
}

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

export function emitAck<T = unknown>(socket: ClientSocket, event: string, payload?: unknown): Promise<Ack<T>> {
  return socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack<T>>;
}

/** Everything `socket` receives as `event`, in order (payload and delivery metadata). */
export function record<T = unknown>(socket: ClientSocket, event: string): { payload: T; meta?: { event_id: string } }[] {
  const received: { payload: T; meta?: { event_id: string } }[] = [];
  socket.on(event, (payload: T, meta?: { event_id: string }) => received.push({ payload, meta }));
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
export function nextEvent<T = unknown>(socket: ClientSocket, event: string, match: (payload: T) => boolean = () => true, deadlineMs = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`timed out waiting for ${event}`));
    }, deadlineMs);
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
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
