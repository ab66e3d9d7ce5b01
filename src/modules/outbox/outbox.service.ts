import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/**
 * Internal event to `user:<id>`: the dispatcher emits it (`{reason}`) and then disconnects every socket
 * in that room, on every instance, so the user reconnects with rooms computed afresh.
 */
export const SESSION_REVOKED_EVENT = 'session_revoked';

export interface OutboxMessage {
  /** Socket.IO room, at most 120 characters: `user:<id>`, `project:<uuid>`, `channel:<id>`. */
  room: string;
  /** Event name, at most 50 characters: `notification`, `task_updated`, `issue_updated`, `comment_added`, `message`, `session_revoked`. */
  event: string;
  payload: Record<string, unknown>;
}

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

  /** After commit, disconnects every socket of the user (e.g. their memberships changed). */
  async revokeSessions(userId: number, reason: string): Promise<void> {
    await this.enqueue({ room: `user:${userId}`, event: SESSION_REVOKED_EVENT, payload: { reason } });
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
