import { createHash } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { AppConfig } from '../../config';
import { OptionalRedis, REDIS } from '../redis/redis.module';
import { callerIdOf } from './user-gate';
import { UserConcurrency } from './user-concurrency';
import { WriteThrottlerGuard } from './write-throttler.guard';

const MINUTE_MS = 60_000;

/**
 * What one client may take: per-user concurrency (UserConcurrency, applied to HTTP by the gate in
 * configureApp and to socket events by the gateway) and the per-user write limit (@nestjs/throttler,
 * counted in Redis with REDIS_URL so that it holds across instances; configureApp puts its guard on the
 * write handlers, applyWriteLimitToWrites).
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: OptionalRedis) => ({
        storage: redis ? new ThrottlerStorageRedisService(redis) : undefined,
        throttlers: [
          {
            ttl: MINUTE_MS,
            blockDuration: MINUTE_MS,
            limit: config.limits.httpWritesPerMinute,
            // One budget per caller over every route (the default key is per handler).
            getTracker: (req: Record<string, unknown>) => {
              const userId = callerIdOf(req as unknown as Request);
              return userId !== undefined ? `user:${userId}` : `ip:${String(req.ip)}`;
            },
            generateKey: (_context, tracker: string) =>
              `${config.realtime.keyPrefix}:writes:${createHash('sha256').update(tracker).digest('hex')}`,
          },
        ],
      }),
    }),
  ],
  providers: [UserConcurrency, WriteThrottlerGuard],
  exports: [UserConcurrency, WriteThrottlerGuard],
})
export class LimitsModule {}
