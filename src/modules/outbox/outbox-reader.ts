import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Room } from '../../common/realtime';
import { OutboxRecord, OutboxRow, toOutboxRecord } from './outbox-record';

export interface OutboxReadPage {
  records: OutboxRecord[];
  /** Delivered rows of these rooms after the cursor, this page included. */
  total: number;
  hasMore: boolean;
}

/** Catch-up reads: delivered events of some rooms, in delivery order (the order live sockets saw). */
@Injectable()
export class OutboxReader {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The delivered events of `rooms` whose delivery sequence is greater than `afterEventId`. */
  async after(rooms: readonly Room[], afterEventId: string, limit: number): Promise<OutboxReadPage> {
    const [rows, [{ total }]] = await Promise.all([
      this.txHost.tx.query<OutboxRow[]>(
        `SELECT delivery_seq::text AS event_id, room, event, payload, created_at FROM outbox_events
          WHERE delivery_seq > $1::bigint AND room = ANY($2::text[]) ORDER BY delivery_seq LIMIT $3`,
        [afterEventId, rooms, limit + 1],
      ),
      this.txHost.tx.query<{ total: number }[]>(
        'SELECT count(*)::int AS total FROM outbox_events WHERE delivery_seq > $1::bigint AND room = ANY($2::text[])',
        [afterEventId, rooms],
      ),
    ]);
    const hasMore = rows.length > limit;
    if (hasMore) rows.pop();
    return { records: rows.map(toOutboxRecord), total, hasMore };
  }
}
