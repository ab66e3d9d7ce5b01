export { OutboxEvent } from './entities/outbox-event.entity';
export { OutboxModule } from './outbox.module';
export { OutboxService, type OutboxMessage } from './outbox.service';
