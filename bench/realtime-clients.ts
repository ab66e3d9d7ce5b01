/**
 * Child process of the realtime benchmark: holds the Socket.IO clients, so their memory and CPU are
 * not counted in the server's. Driven over IPC by bench/realtime.bench.ts.
 */
import { performance } from 'node:perf_hooks';
import { io, Socket } from 'socket.io-client';

export type ClientCommand =
  | { type: 'connect'; url: string; tokens: string[]; count: number }
  | { type: 'close' }
  | { type: 'fanout'; url: string; subjectToken: string; subjectId: number; watcherTokens: string[]; rounds: number; warmup: number };

export type ClientReply =
  | { type: 'connected'; total: number }
  | { type: 'closed' }
  | { type: 'latencies'; samples: number[]; missing: number }
  | { type: 'error'; message: string };

const sockets: Socket[] = [];

function open(url: string, token: string): Promise<Socket> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 60_000 });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

async function connectMany(url: string, tokens: string[], count: number): Promise<Socket[]> {
  const opened: Socket[] = [];
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from({ length: Math.min(100, count - start) }, (_, i) => open(url, tokens[(start + i) % tokens.length]));
    opened.push(...(await Promise.all(batch)));
  }
  return opened;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fanout(command: Extract<ClientCommand, { type: 'fanout' }>): Promise<ClientReply> {
  const watchers = await connectMany(command.url, command.watcherTokens, command.watcherTokens.length);
  const subject = await open(command.url, command.subjectToken);
  await sleep(500);
  const samples: number[] = [];
  let missing = 0;
  for (let round = 0; round < command.warmup + command.rounds; round++) {
    const status = round % 2 === 0 ? 'away' : 'online';
    let pending = watchers.length;
    let start = 0;
    const arrived = new Promise<void>((resolve) => {
      for (const watcher of watchers) {
        const listener = (update: { user_id: number; status: string }) => {
          if (update.user_id !== command.subjectId || update.status !== status) return;
          watcher.off('presence_update', listener);
          if (round >= command.warmup) samples.push(performance.now() - start);
          if (--pending === 0) resolve();
        };
        watcher.on('presence_update', listener);
      }
    });
    start = performance.now();
    subject.emit('presence', { status });
    const deadline = sleep(10_000).then(() => 'timeout');
    if ((await Promise.race([arrived.then(() => 'ok'), deadline])) === 'timeout') missing += pending;
    for (const watcher of watchers) watcher.removeAllListeners('presence_update');
    await sleep(20);
  }
  subject.close();
  watchers.forEach((w) => w.close());
  return { type: 'latencies', samples, missing };
}

process.on('message', (command: ClientCommand) => {
  const reply = async (): Promise<ClientReply> => {
    switch (command.type) {
      case 'connect':
        sockets.push(...(await connectMany(command.url, command.tokens, command.count)));
        return { type: 'connected', total: sockets.length };
      case 'close':
        sockets.splice(0).forEach((socket) => socket.close());
        return { type: 'closed' };
      case 'fanout':
        return fanout(command);
    }
  };
  reply().then(
    (message) => process.send?.(message),
    (error: unknown) => process.send?.({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
