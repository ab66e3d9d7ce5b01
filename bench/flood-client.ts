/**
 * Child process of the flood benchmark: one user's sockets sending `message` events as fast as the
 * loop allows, without waiting for acks. Driven over IPC by bench/flood.bench.ts.
 */
import { io, Socket } from 'socket.io-client';

export type FloodCommand =
  | { type: 'start'; url: string; token: string; channelId: number; sockets: number; perTick: number; tickMs: number }
  | { type: 'stop' };

export interface FloodStats {
  /** Sockets the server disconnected for flooding (each is replaced by a new one at once). */
  disconnected: number;
  /** Reconnections refused (`connect_error`, e.g. `rate_limited` while the user's queue is full). */
  refusedConnects: number;
  sent: number;
  accepted: number;
  limited: number;
  other: number;
  unanswered: number;
  seconds: number;
}

export type FloodReply = { type: 'started' } | ({ type: 'stats' } & FloodStats) | { type: 'error'; message: string };

interface Ack {
  ok: boolean;
  error?: { status: number };
}

const sockets: Socket[] = [];
const stats: FloodStats = { disconnected: 0, refusedConnects: 0, sent: 0, accepted: 0, limited: 0, other: 0, unanswered: 0, seconds: 0 };
let flooding = false;
let startedAt = 0;

function open(url: string, token: string): Promise<Socket> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 60_000 });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Floods from one socket; when the server disconnects it, a new one takes over, as a determined client would. */
async function flood(command: Extract<FloodCommand, { type: 'start' }>): Promise<void> {
  let socket = await open(command.url, command.token);
  sockets.push(socket);
  for (let tick = 0; flooding; tick++) {
    if (!socket.connected) {
      stats.disconnected += 1;
      socket = await reopen(command);
      sockets.push(socket);
    }
    for (let i = 0; i < command.perTick; i++) {
      stats.sent += 1;
      socket.emit('message', { channel_id: command.channelId, content: `flood ${tick}.${i}` }, (ack: Ack) => {
        if (ack.ok) stats.accepted += 1;
        else if (ack.error?.status === 429) stats.limited += 1;
        else stats.other += 1;
      });
    }
    await sleep(command.tickMs);
  }
}

/** Connects again, retrying every 100 ms while the server refuses the handshake. */
async function reopen(command: Extract<FloodCommand, { type: 'start' }>): Promise<Socket> {
  for (;;) {
    try {
      return await open(command.url, command.token);
    } catch {
      stats.refusedConnects += 1;
      await sleep(100);
    }
  }
}

let floods: Promise<void>[] = [];

async function handle(command: FloodCommand): Promise<FloodReply> {
  if (command.type === 'start') {
    flooding = true;
    startedAt = Date.now();
    floods = Array.from({ length: command.sockets }, () => flood(command));
    return { type: 'started' };
  }
  flooding = false;
  await Promise.all(floods);
  stats.seconds = (Date.now() - startedAt) / 1000;
  // Acks still in flight get a few seconds; the rest (sent on sockets the server dropped) are unanswered.
  for (let waited = 0; stats.accepted + stats.limited + stats.other < stats.sent && waited < 10_000; waited += 100) await sleep(100);
  stats.unanswered = stats.sent - stats.accepted - stats.limited - stats.other;
  for (const socket of sockets) socket.close();
  return { type: 'stats', ...stats };
}

process.on('message', (command: FloodCommand) => {
  handle(command).then(
    (reply) => process.send?.(reply),
    (error: unknown) => process.send?.({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
