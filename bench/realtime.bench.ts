import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DataSource } from 'typeorm';
import { AccessTokenService } from '../src/common/auth';
import { RealtimeGateway } from '../src/modules/realtime/testing';
import type { ClientCommand, ClientReply } from './realtime-clients';
import { writeLatestRun, bootApp, createBenchDatabase, machineInfo, percentile } from './support';

const USERS = 500;
const MEMORY_STEPS = [1_000, 5_000];
const FANOUT_WATCHERS = 500;
const FANOUT_ROUNDS = 100;
const FANOUT_WARMUP = 10;
const HEAP_GOAL_KB = 20;
const P99_GOAL_MS = 50;

/** global.gc without --expose-gc on the command line. */
function gcFunction(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function startClients(): ChildProcess {
  return fork(join(__dirname, 'realtime-clients.ts'), [], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function ask(child: ChildProcess, command: ClientCommand): Promise<ClientReply> {
  return new Promise((resolve, reject) => {
    child.once('message', (reply: ClientReply) => (reply.type === 'error' ? reject(new Error(reply.message)) : resolve(reply)));
    child.send(command);
  });
}

async function settle(gateway: RealtimeGateway, sockets: number): Promise<void> {
  const until = Date.now() + 60_000;
  while (gateway.stats().sockets !== sockets || gateway.stats()['presence.sockets'] !== sockets || gateway.stats().pendingDisconnects > 0) {
    if (Date.now() > until) throw new Error(`the server did not settle at ${sockets} sockets: ${JSON.stringify(gateway.stats())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function heapAfterGc(gc: () => void): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

export async function runRealtimeBench(): Promise<void> {
  const gc = gcFunction();
  const database = await createBenchDatabase();
  let app: Awaited<ReturnType<typeof bootApp>>['app'] | undefined;
  const child = startClients();
  try {
    // The subject toggles presence about 35 times a second, faster than a socket's default event limit.
    const booted = await bootApp(database.url, [], { SOCKET_EVENTS_PER_SECOND: '1000', SOCKET_EVENTS_BURST: '1000' });
    app = booted.app;
    const db = app.get(DataSource);
    const [{ id: ownerId }] = await db.query(
      `INSERT INTO users (username, email, password_hash) VALUES ('bench_owner', 'bench_owner@example.test', 'x') RETURNING id`,
    );
    const [{ id: organizationId }] = await db.query(`INSERT INTO organizations (name, owner_id) VALUES ('Bench', $1) RETURNING id`, [ownerId]);
    const users: { id: number }[] = await db.query(
      `INSERT INTO users (username, email, password_hash)
       SELECT 'bench_' || g, 'bench_' || g || '@example.test', 'x' FROM generate_series(1, $1::int) g RETURNING id`,
      [USERS],
    );
    await db.query(
      `INSERT INTO organization_members (organization_id, user_id, role)
       SELECT $1, u, CASE WHEN u = $2 THEN 'owner' ELSE 'developer' END::organization_role FROM unnest($3::int[]) u`,
      [organizationId, ownerId, [ownerId, ...users.map((u) => u.id)]],
    );
    const tokens = app.get(AccessTokenService);
    const userTokens = users.map((u) => tokens.sign(u.id));
    const gateway = app.get(RealtimeGateway);

    // Memory: warm up every code path once, then measure the heap after GC before and after connecting.
    await ask(child, { type: 'connect', url: booted.url, tokens: userTokens, count: 200 });
    await settle(gateway, 200);
    await ask(child, { type: 'close' });
    await settle(gateway, 0);
    const heapBefore = await heapAfterGc(gc);
    const memory: { sockets: number; heapDelta: number; perSocket: number }[] = [];
    let connected = 0;
    for (const step of MEMORY_STEPS) {
      process.stderr.write(`connecting ${step} sockets...\n`);
      await ask(child, { type: 'connect', url: booted.url, tokens: userTokens, count: step - connected });
      connected = step;
      await settle(gateway, step);
      const heapDelta = (await heapAfterGc(gc)) - heapBefore;
      memory.push({ sockets: step, heapDelta, perSocket: heapDelta / step });
    }
    await ask(child, { type: 'close' });
    await settle(gateway, 0);

    // Fan-out: 500 watchers in the subject's organization; the subject toggles away/online.
    process.stderr.write(`presence fan-out to ${FANOUT_WATCHERS} watchers...\n`);
    const reply = await ask(child, {
      type: 'fanout',
      url: booted.url,
      subjectToken: tokens.sign(ownerId),
      subjectId: ownerId,
      watcherTokens: userTokens.slice(0, FANOUT_WATCHERS),
      rounds: FANOUT_ROUNDS,
      warmup: FANOUT_WARMUP,
    });
    if (reply.type !== 'latencies') throw new Error(`unexpected reply ${reply.type}`);
    const samples = [...reply.samples].sort((a, b) => a - b);
    const p50 = percentile(samples, 50);
    const p99 = percentile(samples, 99);
    const max = samples.at(-1) ?? NaN;
    const worstKb = Math.max(...memory.map((m) => m.perSocket)) / 1024;

    const text = `Machine: ${machineInfo()}. One app instance (\`NODE_ENV=production\`, in-memory presence, no Redis), PostgreSQL on the same
machine; the Socket.IO clients (websocket transport) run in a separate Node process on the same machine.
\`SOCKET_EVENTS_PER_SECOND\` raised to 1,000 for the subject's rapid toggling.
${USERS} users in one organization; sockets are spread over them round-robin (each joins \`user:<id>\` and \`org:<uuid>\`).

**Heap per connected socket** (server \`heapUsed\` after forced GC, minus the idle baseline after a warm-up of 200 sockets):

| sockets | heap delta | per socket |
|---|---|---|
${memory.map((m) => `| ${m.sockets.toLocaleString('en-US')} | ${(m.heapDelta / 1024 / 1024).toFixed(1)} MiB | ${kb(m.perSocket)} KB |`).join('\n')}

**Presence fan-out**: the subject sends \`presence {status}\` (alternating away/online); latency is from that emit to the
\`presence_update\` arriving at each of ${FANOUT_WATCHERS} watcher sockets, measured in the client process (one clock).
${FANOUT_ROUNDS} rounds after ${FANOUT_WARMUP} warm-up rounds: ${samples.length.toLocaleString('en-US')} samples${reply.missing ? `, ${reply.missing} missing` : ''}.

| p50 ms | p99 ms | max ms |
|---|---|---|
| ${p50.toFixed(2)} | ${p99.toFixed(2)} | ${max.toFixed(2)} |

| goal | result | |
|---|---|---|
| heap per socket ≤ ${HEAP_GOAL_KB} KB at 1,000 and 5,000 | ${memory.map((m) => `${kb(m.perSocket)} KB`).join(', ')} | ${verdict(worstKb <= HEAP_GOAL_KB)} |
| presence fan-out p99 ≤ ${P99_GOAL_MS} ms to ${FANOUT_WATCHERS} watchers | ${p99.toFixed(2)} ms | ${verdict(p99 <= P99_GOAL_MS && reply.missing === 0)} |
`;
    process.stdout.write(`${text}\n`);
    await writeLatestRun('Realtime', text);
  } finally {
    child.kill();
    await app?.close();
    await database.drop();
  }
}
