import type { OutboxEventName, OutboxEvents, Room } from '../../common/realtime';

/** A message to record: an outbox event of the realtime protocol, for one room. */
export type OutboxMessage = {
  [E in OutboxEventName]: { room: Room; event: E; payload: OutboxEvents[E] };
}[OutboxEventName];

/** A delivered (or being delivered) outbox row: its message plus its delivery sequence and time of writing. */
export type OutboxRecord = OutboxMessage & {
  /** Delivery sequence (bigint as a string): the `event_id` clients see and the `GET /events` cursor. */
  eventId: string;
  createdAt: Date;
};

/** A row as the relay and the reader select it. */
export interface OutboxRow {
  event_id: string;
  room: string;
  event: string;
  payload: unknown;
  created_at: Date;
}

/** Only the outbox writes these rows, and only with typed messages, so a stored row is a typed record. */
export function toOutboxRecord(row: OutboxRow): OutboxRecord {
  return { eventId: row.event_id, room: row.room, event: row.event, payload: row.payload, createdAt: row.created_at } as OutboxRecord;
}
