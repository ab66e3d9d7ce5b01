import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Rooms } from '../../common/realtime';
import { OutboxMessage } from './outbox-record';

/** The outbox writer: records Socket.IO events in the caller's transaction. */
@Injectable()
export class OutboxService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Records an event in the caller's transaction; it is delivered only once that transaction commits. */
  async enqueue(message: OutboxMessage): Promise<void> {
    await this.txHost.tx.query('INSERT INTO outbox_events (room, event, payload) VALUES ($1, $2, $3::jsonb)', [
      message.room,
      message.event,
      JSON.stringify(message.payload),
    ]);
  }

  /**
   * After commit, the user's room gets `session_revoked {reason}` and then every socket in it is
   * disconnected, on every instance, so the user reconnects with rooms computed afresh.
   */
  async revokeSessions(userId: number, reason: string): Promise<void> {
    await this.enqueue({ room: Rooms.user(userId), event: 'session_revoked', payload: { reason } });
  }

  /** Many events in one statement, in the given order. */
  async enqueueMany(messages: OutboxMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.txHost.tx.query(
      `INSERT INTO outbox_events (room, event, payload)
       SELECT room, event, payload::jsonb FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS m(room, event, payload, n)
       ORDER BY n`,
      [messages.map((m) => m.room), messages.map((m) => m.event), messages.map((m) => JSON.stringify(m.payload))],
    );
  }
}
