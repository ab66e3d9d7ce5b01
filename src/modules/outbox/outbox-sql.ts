import type { OutboxEventName } from '../../common/realtime';

/** Where a statement's outbox rows come from: SQL expressions over `from`, in delivery order. */
export interface OutboxRowsSql {
  room: string;
  /** A jsonb expression. */
  payload: string;
  from: string;
  orderBy: string;
}

/**
 * The outbox insert as a CTE body, for a statement that writes rows and queues the events about them
 * in the same round trip (each row an `event` event). What the payload holds is the caller's to prove
 * equal to the protocol's type; the typed path is `OutboxService.enqueueMany`.
 */
export function outboxInsertSql(event: OutboxEventName, rows: OutboxRowsSql): string {
  return `INSERT INTO outbox_events (room, event, payload) SELECT ${rows.room}, '${event}', ${rows.payload} FROM ${rows.from} ORDER BY ${rows.orderBy}`;
}
