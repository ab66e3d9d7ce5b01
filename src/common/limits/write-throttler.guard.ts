import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { RateLimitedError } from '../errors';

/**
 * The guard of the per-user write limit (see limits.module.ts for the tracker and key), answering an
 * exceeded limit with the 429 problem. It sits on the write handlers only (applyWriteLimitToWrites).
 *
 * Per-user write limit (POST, PUT, PATCH, DELETE) over every route together, keyed by the user of a
 * valid bearer token or, for anonymous calls, the client IP. Counted in Redis when REDIS_URL is set,
 * so the limit holds across instances. Over it: a 429 problem with Retry-After.
 */
@Injectable()
export class WriteThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimitedError(`At most ${detail.limit} writes per ${detail.ttl / 1000} s; retry later`, detail.timeToBlockExpire);
  }
}
