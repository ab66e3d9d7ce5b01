import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { TooManyRequestsError } from '../../common/errors';
import { OptionalRedis, REDIS } from '../../common/redis/redis.module';
import { AppConfig } from '../../config';

const WINDOW_MS = 60_000;

/**
 * At most `AI_REQUESTS_PER_MINUTE` planning requests per user. The counters live in @nestjs/throttler's
 * storage: with REDIS_URL its Redis storage (one Lua script per hit, shared by every instance with the
 * same REALTIME_KEY_PREFIX), else its in-memory storage. A user over the limit waits a full minute.
 */
@Injectable()
export class AiRateLimit implements OnApplicationShutdown {
  private readonly storage: ThrottlerStorage;
  private readonly memory?: ThrottlerStorageService;

  constructor(
    @Inject(REDIS) redis: OptionalRedis,
    private readonly config: AppConfig,
  ) {
    if (redis) {
      this.storage = new ThrottlerStorageRedisService(redis);
    } else {
      this.memory = new ThrottlerStorageService();
      this.storage = this.memory;
    }
  }

  onApplicationShutdown(): void {
    this.memory?.onApplicationShutdown();
  }

  async consume(userId: number): Promise<void> {
    const limit = this.config.ai.requestsPerMinute;
    const key = `${this.config.realtime.keyPrefix}:ai-plan:${userId}`;
    const hit = await this.storage.increment(key, WINDOW_MS, limit, WINDOW_MS, 'ai');
    if (hit.isBlocked) {
      throw new TooManyRequestsError(`At most ${limit} AI planning requests a minute`, hit.timeToBlockExpire);
    }
  }
}
