export { RealtimeModule } from './realtime.module';
export { RealtimeIoAdapter } from './realtime-io.adapter';
export { RealtimeRooms } from './realtime-rooms';
export { OutboxDispatcher, type DeliveryMeta } from './outbox-dispatcher';
export { PresenceService, type PresenceUpdate } from './presence/presence.service';
export type { PresenceStatus } from './presence/presence.store';
export { ClientEventRegistry, type ClientEventContext, type SocketUser } from './client-events';
export type { Ack } from './socket-ack';
