import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../../config';

/** The shared Redis connection, or null when REDIS_URL is unset (single-instance, in-memory mode). */
export const REDIS = Symbol('REDIS');
export type OptionalRedis = Redis | null;

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: OptionalRedis) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis && this.redis.status !== 'end') await this.redis.quit();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig): OptionalRedis =>
        config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true }) : null,
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
