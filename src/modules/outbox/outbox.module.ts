import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEvent } from './entities/outbox-event.entity';
import { OutboxNotifier } from './outbox-notifier';
import { OutboxReader } from './outbox-reader';
import { OutboxRelay } from './outbox-relay';
import { OutboxRetention } from './outbox-retention';
import { OutboxService } from './outbox.service';

/** Owns `outbox_events` end to end: writing, relaying to a sender, the pending-rows signal, retention, catch-up reads. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEvent])],
  providers: [OutboxService, OutboxRelay, OutboxNotifier, OutboxRetention, OutboxReader],
  exports: [OutboxService, OutboxRelay, OutboxNotifier, OutboxRetention, OutboxReader],
})
export class OutboxModule {}
