import { ChildProcess, execFileSync, fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { AccessTokenService } from '../src/common/auth';
import { AppConfig } from '../src/config';
import type { FloodCommand, FloodReply, FloodStats } from './flood-client';
import { bootApp, createBenchDatabase, machineInfo, percentile, writeLatestRun } from './support';

const ROUNDS = 300;
const WARMUP = 30;
const FLOOD_SOCKETS = 4;
const FLOOD_PER_TICK = 20;
const FLOOD_TICK_MS = 10;
/** The second user's p99 during the flood may be at most this many times its p99 without. */
const P99_RATIO_GOAL = 5;
/** Rounds are paced so that the second user's own socket stays under its 20 events a second. */
const ROUND_MS = 75;

type Kind = 'GET messages' | 'POST task' | 'socket message ack';
const KINDS: Kind[] = ['GET messages', 'POST task', 'socket message ack'];

interface Phase {
  samples: Record<Kind, number[]>;
  failures: string[];
}

function ask(child: ChildProcess, command: FloodCommand): Promise<FloodReply> {
  return new Promise((resolve, reject) => {
    child.once('message', (reply: FloodReply) => (reply.type === 'error' ? reject(new Error(reply.message)) : resolve(reply)));
    child.send(command);
  });
}

function http(agent: Agent, url: string, method: string, token: string, body?: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

function connect(url: string, token: string): Promise<Socket> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function timed(samples: number[], failures: string[], label: string, run: () => Promise<boolean | number>): Promise<void> {
  const start = process.hrtime.bigint();
  const outcome = await run();
  samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (outcome !== true && !(typeof outcome === 'number' && outcome < 400)) failures.push(`${label}: ${String(outcome)}`);
}

/** The second user: a page of messages, a task created, a socket message acknowledged, in turn. */
async function measureVictim(base: string, token: string, socket: Socket, channelId: number, projectId: string, rounds: number): Promise<Phase> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const phase: Phase = { samples: { 'GET messages': [], 'POST task': [], 'socket message ack': [] }, failures: [] };
  for (let i = 0; i < WARMUP + rounds; i++) {
    const roundStart = Date.now();
    const target = i < WARMUP ? { samples: { 'GET messages': [], 'POST task': [], 'socket message ack': [] } as Record<Kind, number[]>, failures: phase.failures } : phase;
    await timed(target.samples['GET messages'], target.failures, 'GET messages', () => http(agent, `${base}/api/v1/chat/channels/${channelId}/messages`, 'GET', token));
    await timed(target.samples['POST task'], target.failures, 'POST task', () => http(agent, `${base}/api/v1/projects/${projectId}/tasks`, 'POST', token, { title: `victim ${i}` }));
    await timed(target.samples['socket message ack'], target.failures, 'socket ack', async () => {
      const ack = (await socket.timeout(30_000).emitWithAck('message', { channel_id: channelId, content: `victim ${i}` })) as { ok: boolean; error?: { status: number } };
      return ack.ok || ack.error?.status || 0;
    });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, ROUND_MS - (Date.now() - roundStart))));
  }
  agent.destroy();
  for (const kind of KINDS) phase.samples[kind].sort((a, b) => a - b);
  return phase;
}

export async function runFloodBench(): Promise<void> {
  const database = await createBenchDatabase();
  const child = fork(join(__dirname, 'flood-client.ts'), [], { execArgv: ['-r', 'ts-node/register/transpile-only'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let app: Awaited<ReturnType<typeof bootApp>>['app'] | undefined;
  let victimSocket: Socket | undefined;
  try {
    const booted = await bootApp(database.url);
    app = booted.app;
    const db = app.get(DataSource);
    const [{ id: flooder }] = await db.query(`INSERT INTO users (username, email, password_hash) VALUES ('flooder', 'flooder@example.test', 'x') RETURNING id`);
    const [{ id: victim }] = await db.query(`INSERT INTO users (username, email, password_hash) VALUES ('victim', 'victim@example.test', 'x') RETURNING id`);
    const [{ id: organizationId }] = await db.query(`INSERT INTO organizations (name, owner_id) VALUES ('Bench', $1) RETURNING id`, [victim]);
    await db.query(
      `INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'owner'), ($1, $3, 'developer')`,
      [organizationId, victim, flooder],
    );
    const [{ id: projectId }] = await db.query(`INSERT INTO projects (organization_id, owner_id, name) VALUES ($1, $2, 'Bench') RETURNING id`, [organizationId, victim]);
    const channel = async (name: string, member: number): Promise<number> => {
      const [{ id }] = await db.query(
        `INSERT INTO chat_channels (organization_id, name, channel_type, created_by_id) VALUES ($1, $2, 'private', $3) RETURNING id`,
        [organizationId, name, member],
      );
      await db.query(`INSERT INTO chat_channel_members (channel_id, user_id) VALUES ($1, $2)`, [id, member]);
      return id as number;
    };
    const floodChannel = await channel('flood', flooder);
    const victimChannel = await channel('victim', victim);
    const tokens = app.get(AccessTokenService);
    const victimToken = tokens.sign(victim);
    victimSocket = await connect(booted.url, victimToken);

    process.stderr.write('second user alone...\n');
    const quiet = await measureVictim(booted.url, victimToken, victimSocket, victimChannel, projectId, ROUNDS);
    process.stderr.write('second user during the flood...\n');
    await ask(child, { type: 'start', url: booted.url, token: tokens.sign(flooder), channelId: floodChannel, sockets: FLOOD_SOCKETS, perTick: FLOOD_PER_TICK, tickMs: FLOOD_TICK_MS });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const flooded = await measureVictim(booted.url, victimToken, victimSocket, victimChannel, projectId, ROUNDS);
    const stats = (await ask(child, { type: 'stop' })) as FloodStats & { type: 'stats' };

    const p99 = (phase: Phase, kind: Kind) => percentile(phase.samples[kind], 99);
    const p50 = (phase: Phase, kind: Kind) => percentile(phase.samples[kind], 50);
    const ratios = KINDS.map((kind) => p99(flooded, kind) / p99(quiet, kind));
    const worst = Math.max(...ratios);
    const failures = quiet.failures.length + flooded.failures.length;
    const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
    const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
    const config = app.get(AppConfig);
    const text = `Machine: ${machineInfo()}; \`uptime\` before the report: ${load} (other work shares the machine, so figures are noisy).
One app instance (\`NODE_ENV=production\`, pool of ${config.databasePoolSize}, default limits: \`SOCKET_EVENTS_PER_SECOND=${config.limits.socketEventsPerSecond}\`,
burst ${config.limits.socketEventsBurst}, \`USER_CONCURRENCY=${config.limits.userConcurrency}\`, \`USER_QUEUE=${config.limits.userQueue}\`),
PostgreSQL on the same machine. The flood: one user, ${FLOOD_SOCKETS} sockets in a separate process, each sending ${FLOOD_PER_TICK} \`message\`
events every ${FLOOD_TICK_MS} ms without waiting for acks; a socket the server disconnects for flooding is replaced at once. The second user, meanwhile and alone before it, runs ${ROUNDS} rounds (after ${WARMUP}
warm-up rounds, one every ${ROUND_MS} ms at most so that its own socket stays within its limit) of: \`GET /chat/channels/{id}/messages\`
and \`POST /projects/{id}/tasks\` on one keep-alive connection, then a \`message\` socket event, waiting for its ack.

| second user | p50 ms alone | p99 ms alone | p50 ms during flood | p99 ms during flood | p99 ratio |
|---|---|---|---|---|---|
${KINDS.map((kind, i) => `| ${kind} | ${p50(quiet, kind).toFixed(2)} | ${p99(quiet, kind).toFixed(2)} | ${p50(flooded, kind).toFixed(2)} | ${p99(flooded, kind).toFixed(2)} | ${ratios[i].toFixed(2)}× |`).join('\n')}

Flood: ${stats.sent.toLocaleString('en-US')} events in ${stats.seconds.toFixed(1)} s (${Math.round(stats.sent / stats.seconds).toLocaleString('en-US')}/s): ${stats.accepted.toLocaleString('en-US')} accepted,
${stats.limited.toLocaleString('en-US')} answered 429 \`RATE_LIMITED\`, ${stats.other} other errors, ${stats.unanswered} unanswered (sent on sockets the server had
disconnected: ${stats.disconnected} disconnections after 10 s over the limit; ${stats.refusedConnects} reconnections refused while the user's
queue was full).

| goal | result | |
|---|---|---|
| no request or ack of the second user fails | ${failures} failed${failures ? `: ${[...quiet.failures, ...flooded.failures].slice(0, 3).join('; ')}` : ''} | ${verdict(failures === 0)} |
| second user's p99 during the flood ≤ ${P99_RATIO_GOAL} × its p99 alone (each kind) | worst ${worst.toFixed(2)}× | ${verdict(worst <= P99_RATIO_GOAL)} |
| the flood's excess is refused, never an error | ${stats.other} errors, ${stats.limited.toLocaleString('en-US')} refused | ${verdict(stats.other === 0 && stats.limited > 0)} |
`;
    process.stdout.write(`${text}\n`);
    await writeLatestRun('Socket flood', text);
  } finally {
    victimSocket?.close();
    child.kill();
    await app?.close();
    await database.drop();
  }
}
