import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config';
import { RateLimitedError } from '../errors';
import { KeyedSemaphore, QueueFullError } from './keyed-semaphore';

/**
 * Bounds what one user can hold of this instance's database pool: their HTTP requests and socket
 * events run at most `USER_CONCURRENCY` at a time (default half the pool); up to `USER_QUEUE` more
 * wait, and anything beyond is refused with 429. However hard one user floods, the rest of the pool
 * stays free for everyone else. Cluster-wide limits are the write throttle's job; the pool is per
 * instance, so this is too.
 */
@Injectable()
export class UserConcurrency {
  private readonly semaphore: KeyedSemaphore<number>;

  constructor(config: AppConfig) {
    this.semaphore = new KeyedSemaphore(config.limits.userConcurrency, config.limits.userQueue);
  }

  /** A release function; throws RateLimitedError when the user's queue is full. */
  async acquire(userId: number): Promise<() => void> {
    try {
      return await this.semaphore.acquire(userId);
    } catch (error) {
      if (error instanceof QueueFullError) {
        throw new RateLimitedError('Too many requests of this user are already running; retry shortly', 1);
      }
      throw error;
    }
  }

  /** A release function when one of the user's slots is free now, else undefined (then `acquire` waits for one). */
  tryAcquire(userId: number): (() => void) | undefined {
    return this.semaphore.tryAcquire(userId);
  }

  async run<T>(userId: number, work: () => Promise<T>): Promise<T> {
    const release = await this.acquire(userId);
    try {
      return await work();
    } finally {
      release();
    }
  }
}
