import { createHash } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { TooManyRequestsError } from '../../common/errors';
import { OptionalRedis, REDIS } from '../../common/redis/redis.module';

interface Counter {
  count: number;
  /** Seconds until the window resets. */
  ttl: number;
}

interface CounterStore {
  read(keys: string[]): Promise<Counter[]>;
  increment(keys: string[], windowSeconds: number): Promise<void>;
  reset(key: string): Promise<void>;
}

/** Failure counters shared by every instance. */
class RedisCounterStore implements CounterStore {
  constructor(private readonly redis: NonNullable<OptionalRedis>) {}

  async read(keys: string[]): Promise<Counter[]> {
    const pipeline = this.redis.pipeline();
    keys.forEach((key) => pipeline.get(key).ttl(key));
    const results = (await pipeline.exec()) ?? [];
    return keys.map((_, i) => {
      const [countError, count] = results[2 * i] ?? [];
      const [ttlError, ttl] = results[2 * i + 1] ?? [];
      if (countError) throw countError;
      if (ttlError) throw ttlError;
      return { count: Number(count ?? 0), ttl: Number(ttl) };
    });
  }

  async increment(keys: string[], windowSeconds: number): Promise<void> {
    const pipeline = this.redis.pipeline();
    keys.forEach((key) => pipeline.incr(key).expire(key, windowSeconds, 'NX'));
    for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(key);
  }
}

/** Single-instance counters; expired windows are swept so the map cannot grow without bound. */
class MemoryCounterStore implements CounterStore {
  private readonly counters = new Map<string, { count: number; resetAt: number }>();

  async read(keys: string[]): Promise<Counter[]> {
    const now = Date.now();
    return keys.map((key) => {
      const counter = this.counters.get(key);
      if (!counter || counter.resetAt <= now) return { count: 0, ttl: 0 };
      return { count: counter.count, ttl: (counter.resetAt - now) / 1000 };
    });
  }

  async increment(keys: string[], windowSeconds: number): Promise<void> {
    const now = Date.now();
    for (const key of keys) {
      const counter = this.counters.get(key);
      if (!counter || counter.resetAt <= now) {
        this.counters.set(key, { count: 1, resetAt: now + windowSeconds * 1000 });
      } else {
        counter.count += 1;
      }
    }
  }

  async reset(key: string): Promise<void> {
    this.counters.delete(key);
  }

  sweep(): void {
    const now = Date.now();
    for (const [key, counter] of this.counters) if (counter.resetAt <= now) this.counters.delete(key);
  }
}

export const LOGIN_WINDOW_SECONDS = 15 * 60;
/** Failures allowed per window: per (email, IP) pair, per IP, and per email from anywhere. */
export const LOGIN_LIMITS = { pair: 5, ip: 50, email: 100 } as const;

/**
 * Counts failed logins only. A success is never throttled by earlier successes and clears its
 * (email, IP) counter; a correct password from another IP is not blocked by one attacker's failures.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly store: CounterStore;
  private readonly sweeper?: NodeJS.Timeout;

  constructor(@Inject(REDIS) redis: OptionalRedis) {
    if (redis) {
      this.store = new RedisCounterStore(redis);
    } else {
      const memory = new MemoryCounterStore();
      this.store = memory;
      this.sweeper = setInterval(() => memory.sweep(), 60_000).unref();
    }
  }

  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const counters = await this.store.read([keys.pair, keys.ip, keys.email]);
    const limits = [LOGIN_LIMITS.pair, LOGIN_LIMITS.ip, LOGIN_LIMITS.email];
    const blocked = counters.filter((counter, i) => counter.count >= limits[i]);
    if (blocked.length > 0) {
      const retryAfter = Math.max(...blocked.map((c) => (c.ttl > 0 ? c.ttl : LOGIN_WINDOW_SECONDS)));
      throw new TooManyRequestsError('Too many failed login attempts; try again later', retryAfter);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await this.store.increment([keys.pair, keys.ip, keys.email], LOGIN_WINDOW_SECONDS);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.store.reset(this.keys(email, ip).pair);
  }

  private keys(email: string, ip: string) {
    const emailKey = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
    return {
      pair: `login-fail:pair:${emailKey}:${ip}`,
      ip: `login-fail:ip:${ip}`,
      email: `login-fail:email:${emailKey}`,
    };
  }
}
