export { RealtimeModule } from './realtime.module';
export { RealtimeIoAdapter } from './realtime-io.adapter';
export { RealtimeRooms } from './realtime-rooms';
export { OutboxDispatcher } from './outbox-dispatcher';
export { PresenceService } from './presence/presence.service';
export { ClientEventRegistry, type ClientEventContext, type SocketUser } from './client-events';
