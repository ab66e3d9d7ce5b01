export { OutboxEvent } from './entities/outbox-event.entity';
export { OutboxModule } from './outbox.module';
export { OutboxService } from './outbox.service';
export { outboxInsertSql } from './outbox-sql';
export { OutboxRelay } from './outbox-relay';
export { OutboxNotifier, type PendingListener } from './outbox-notifier';
export { OutboxRetention } from './outbox-retention';
export { OutboxReader, type OutboxReadPage } from './outbox-reader';
export type { OutboxMessage, OutboxRecord } from './outbox-record';
