import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import { PresenceStore, PresenceStoreStats, SocketRef } from './presence.store';

/*
 * Keys (one hash tag, so a cluster keeps them in one slot):
 *   <p>:{presence}:sockets      ZSET "<userId>|<socketId>" -> expiry (ms): every live socket of every instance
 *   <p>:{presence}:u:<userId>   ZSET "<socketId>" -> expiry (ms): the user's sockets
 *   <p>:{presence}:st:<userId>  "away" while the user says so; expires with the user key unless refreshed
 * A socket's entries expire unless its instance refreshes them (a heartbeat every `heartbeatMs`); the
 * sweep, run by every instance, removes expired ones atomically so that exactly one instance reports
 * the user offline.
 */

const ADD = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[4])
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
local n = redis.call('ZCARD', KEYS[1])
if n == 1 then redis.call('DEL', KEYS[3]) end
return n`;

const REMOVE = `
local removed = redis.call('ZREM', KEYS[2], ARGV[2])
local owned = redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
local n = redis.call('ZCARD', KEYS[1])
if n == 0 then redis.call('DEL', KEYS[3]) end
if (removed == 1 or owned == 1) and n == 0 then return 1 end
return 0`;

const SWEEP = `
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
local out = {#expired}
for _, member in ipairs(expired) do
  redis.call('ZREM', KEYS[1], member)
  local sep = string.find(member, '|', 1, true)
  local userId = string.sub(member, 1, sep - 1)
  local userKey = ARGV[3] .. 'u:' .. userId
  if redis.call('ZREM', userKey, string.sub(member, sep + 1)) == 1 then
    redis.call('ZREMRANGEBYSCORE', userKey, '-inf', ARGV[1])
    if redis.call('ZCARD', userKey) == 0 then
      redis.call('DEL', ARGV[3] .. 'st:' .. userId)
      table.insert(out, userId)
    end
  end
end
return out`;

const SET_STATUS = `
if redis.call('ZCOUNT', KEYS[1], ARGV[1], '+inf') == 0 then return 0 end
if ARGV[2] == 'away' then
  local previous = redis.call('SET', KEYS[2], 'away', 'PX', ARGV[3], 'GET')
  if previous == false then return 1 end
  return 0
end
return redis.call('DEL', KEYS[2])`;

const SWEEP_BATCH = 500;

export class RedisPresenceStore implements PresenceStore {
  private readonly base: string;
  private readonly shas = new Map<string, string>();

  /**
   * @param heartbeatMs how often live sockets are refreshed and expired ones swept
   * @param ttlMs how long a socket stays registered without a refresh (longer than a heartbeat)
   */
  constructor(
    private readonly redis: Redis,
    prefix: string,
    readonly heartbeatMs: number,
    private readonly ttlMs: number,
  ) {
    this.base = `${prefix}:{presence}:`;
  }

  async add({ userId, socketId }: SocketRef): Promise<{ first: boolean }> {
    const now = Date.now();
    const n = await this.run<number>(ADD, [this.userKey(userId), this.socketsKey(), this.statusKey(userId)], [
      socketId,
      `${userId}|${socketId}`,
      now + this.ttlMs,
      now,
      this.ttlMs * 2,
    ]);
    return { first: n === 1 };
  }

  async remove({ userId, socketId }: SocketRef): Promise<{ last: boolean }> {
    const last = await this.run<number>(REMOVE, [this.userKey(userId), this.socketsKey(), this.statusKey(userId)], [
      socketId,
      `${userId}|${socketId}`,
      Date.now(),
    ]);
    return { last: last === 1 };
  }

  async setStatus(userId: number, status: 'online' | 'away'): Promise<{ changed: boolean }> {
    const changed = await this.run<number>(SET_STATUS, [this.userKey(userId), this.statusKey(userId)], [
      `(${Date.now()}`,
      status,
      this.ttlMs * 2,
    ]);
    return { changed: changed === 1 };
  }

  async statuses(userIds: number[]): Promise<Map<number, 'online' | 'away'>> {
    const result = new Map<number, 'online' | 'away'>();
    if (userIds.length === 0) return result;
    const now = `(${Date.now()}`;
    const pipeline = this.redis.pipeline();
    for (const userId of userIds) {
      pipeline.zcount(this.userKey(userId), now, '+inf');
      pipeline.get(this.statusKey(userId));
    }
    const replies = (await pipeline.exec()) ?? [];
    userIds.forEach((userId, i) => {
      const [countError, count] = replies[2 * i] ?? [];
      const [statusError, status] = replies[2 * i + 1] ?? [];
      if (countError) throw countError;
      if (statusError) throw statusError;
      if (Number(count) > 0) result.set(userId, status === 'away' ? 'away' : 'online');
    });
    return result;
  }

  async refresh(refs: SocketRef[]): Promise<void> {
    if (refs.length === 0) return;
    const expiry = Date.now() + this.ttlMs;
    const pipeline = this.redis.pipeline();
    for (const { userId, socketId } of refs) {
      // XX: never resurrect a socket that was removed meanwhile.
      pipeline.zadd(this.userKey(userId), 'XX', expiry, socketId);
      pipeline.zadd(this.socketsKey(), 'XX', expiry, `${userId}|${socketId}`);
      pipeline.pexpire(this.userKey(userId), this.ttlMs * 2);
      pipeline.pexpire(this.statusKey(userId), this.ttlMs * 2); // no-op unless the user is away
    }
    const replies = (await pipeline.exec()) ?? [];
    const failed = replies.find(([error]) => error);
    if (failed?.[0]) throw failed[0];
  }

  async sweep(): Promise<number[]> {
    const offline: number[] = [];
    for (;;) {
      const [processed, ...users] = await this.run<[number, ...string[]]>(SWEEP, [this.socketsKey()], [
        Date.now(),
        SWEEP_BATCH,
        this.base,
      ]);
      offline.push(...users.map(Number));
      if (processed < SWEEP_BATCH) return offline;
    }
  }

  /** Nothing is kept in this process. */
  stats(): PresenceStoreStats {
    return {};
  }

  private socketsKey(): string {
    return `${this.base}sockets`;
  }

  private userKey(userId: number): string {
    return `${this.base}u:${userId}`;
  }

  private statusKey(userId: number): string {
    return `${this.base}st:${userId}`;
  }

  /** EVALSHA, loading the script on the first NOSCRIPT. */
  private async run<T>(script: string, keys: string[], args: (string | number)[]): Promise<T> {
    let sha = this.shas.get(script);
    if (!sha) {
      sha = createHash('sha1').update(script).digest('hex');
      this.shas.set(script, sha);
    }
    try {
      return (await this.redis.evalsha(sha, keys.length, ...keys, ...args)) as T;
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return (await this.redis.eval(script, keys.length, ...keys, ...args)) as T;
    }
  }
}
