import { Module } from '@nestjs/common';
import { REDIS, OptionalRedis } from '../../common/redis/redis.module';
import { AppConfig } from '../../config';
import { OutboxModule } from '../outbox';
import { ClientEventRegistry } from './client-events';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { OutboxDispatcher } from './outbox-dispatcher';
import { MemoryPresenceStore } from './presence/memory-presence.store';
import { PresenceService } from './presence/presence.service';
import { PRESENCE_STORE, PresenceStore } from './presence/presence.store';
import { RedisPresenceStore } from './presence/redis-presence.store';
import { RealtimeRooms } from './realtime-rooms';
import { RealtimeGateway } from './realtime.gateway';
import { SocketServerRef } from './socket-server.ref';

/** Redis presence when REDIS_URL is set (sockets refreshed every ping interval), else in memory. */
function presenceStore(config: AppConfig, redis: OptionalRedis): PresenceStore {
  if (!redis) return new MemoryPresenceStore();
  const { pingIntervalMs, pingTimeoutMs, keyPrefix } = config.realtime;
  return new RedisPresenceStore(redis, keyPrefix, pingIntervalMs, 2 * pingIntervalMs + pingTimeoutMs);
}

@Module({
  imports: [OutboxModule],
  controllers: [EventsController],
  providers: [
    SocketServerRef,
    ClientEventRegistry,
    { provide: PRESENCE_STORE, inject: [AppConfig, REDIS], useFactory: presenceStore },
    PresenceService,
    RealtimeGateway,
    RealtimeRooms,
    OutboxDispatcher,
    EventsService,
  ],
  exports: [ClientEventRegistry, RealtimeRooms, PresenceService],
})
export class RealtimeModule {}
