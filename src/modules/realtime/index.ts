export { RealtimeModule } from './realtime.module';
export { RealtimeIoAdapter } from './realtime-io.adapter';
export { RealtimeRooms } from './realtime-rooms';
export { OutboxDispatcher } from './outbox-dispatcher';
export { PresenceService } from './presence/presence.service';
export { ClientEventRegistry, type ClientEventContext, type SocketUser } from './client-events';
export { SubscribeProjectDto, SubscribeProjectAckDataDto, PresenceDto, PresenceAckDataDto } from './dto/client-events.dto';
export { PresenceUpdateDto, SessionRevokedDto, DeliveryMetaDto } from './dto/server-events.dto';
