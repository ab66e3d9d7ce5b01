import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxRecord, OutboxRow, toOutboxRecord } from './outbox-record';

/** Only one instance drains at a time, so the rows of a commit go out in id order across instances. */
const DRAIN_LOCK_SQL = `SELECT pg_try_advisory_xact_lock(hashtext('atlas:outbox-dispatcher')) AS locked`;

type ClaimedRow = Omit<OutboxRow, 'event_id'> & { id: string };

/**
 * Hands committed outbox rows to a sender and marks them delivered, in id order, giving each a delivery
 * sequence (`delivery_seq`, the `event_id`). Ids are assigned at insert but rows appear at commit, so a row
 * with a smaller id can commit after a larger one went out; the delivery sequence is taken under the drain
 * lock, so it only grows in delivery order and `after=<event_id>` misses nothing. Rows are claimed with
 * FOR UPDATE SKIP LOCKED in a transaction that also holds the drain lock (a transaction-level advisory
 * lock): a row goes to one instance only, and a crash before the commit leaves it undelivered, so it is sent
 * again (at least once, with a new event_id: clients dedupe by the payload's own id).
 */
@Injectable()
export class OutboxRelay {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims up to `limit` pending rows, passes them to `send` in id order and marks them delivered, all in
   * one transaction: if `send` throws or the commit fails, the rows stay pending. Returns how many rows
   * were sent, or null when another instance holds the drain lock.
   */
  async deliverBatch(limit: number, send: (records: OutboxRecord[]) => void): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }]: { locked: boolean }[] = await manager.query(DRAIN_LOCK_SQL);
      if (!locked) return null;
      const rows: ClaimedRow[] = await manager.query(
        `SELECT id, room, event, payload, created_at FROM outbox_events WHERE delivered_at IS NULL
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      // Sequence values taken under the drain lock, handed out in id order: delivery order.
      const seqs: { seq: string }[] = await manager.query(
        `SELECT nextval('outbox_events_delivery_seq')::text AS seq FROM generate_series(1, $1::int)`,
        [rows.length],
      );
      const ordered = seqs.map((s) => BigInt(s.seq)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String);
      await manager.query(
        `UPDATE outbox_events o SET delivered_at = now(), delivery_seq = d.seq
           FROM unnest($1::bigint[], $2::bigint[]) AS d(id, seq) WHERE o.id = d.id`,
        [rows.map((r) => r.id), ordered],
      );
      send(rows.map((row, i) => toOutboxRecord({ ...row, event_id: ordered[i] })));
      return rows.length;
    });
  }
}
