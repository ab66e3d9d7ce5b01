export { OutboxEvent } from './entities/outbox-event.entity';
export { OutboxModule } from './outbox.module';
export { OutboxService, SESSION_REVOKED_EVENT, type OutboxMessage } from './outbox.service';
