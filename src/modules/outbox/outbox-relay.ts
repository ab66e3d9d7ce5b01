import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxRecord, OutboxRow, toOutboxRecord } from './outbox-record';

/**
 * One statement claims a batch: the drain lock (only one instance drains at a time, so the rows of a
 * commit go out in id order across instances), then the pending rows (FOR UPDATE SKIP LOCKED, in id
 * order), a delivery sequence value for each taken under that lock and handed out in id order, and the
 * rows marked delivered. Always one row: `locked`, and the claimed rows' columns (null when none).
 */
const CLAIM_BATCH_SQL = `
  WITH drain AS (SELECT pg_try_advisory_xact_lock(hashtext('atlas:outbox-dispatcher')) AS locked),
  claimed AS (
    SELECT id, room, event, payload, created_at, row_number() OVER (ORDER BY id) AS n
      FROM (SELECT id, room, event, payload, created_at FROM outbox_events
             WHERE delivered_at IS NULL AND (SELECT locked FROM drain)
             ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) pending
  ),
  seqs AS (
    SELECT seq, row_number() OVER (ORDER BY seq) AS n FROM (SELECT nextval('outbox_events_delivery_seq') AS seq FROM claimed) s
  ),
  delivered AS (
    UPDATE outbox_events o SET delivered_at = now(), delivery_seq = s.seq
      FROM claimed c JOIN seqs s USING (n) WHERE o.id = c.id
  )
  SELECT (SELECT locked FROM drain) AS locked, c.id, c.room, c.event, c.payload, c.created_at, s.seq::text AS event_id
    FROM (SELECT 1) one LEFT JOIN (claimed c JOIN seqs s USING (n)) ON true
   ORDER BY c.id`;

type ClaimedRow = { locked: boolean } & ({ [K in keyof OutboxRow]: OutboxRow[K] } | { [K in keyof OutboxRow]: null });

/**
 * Hands committed outbox rows to a sender and marks them delivered, in id order, giving each a delivery
 * sequence (`delivery_seq`, the `event_id`). Ids are assigned at insert but rows appear at commit, so a row
 * with a smaller id can commit after a larger one went out; the delivery sequence is taken under the drain
 * lock, so it only grows in delivery order and `after=<event_id>` misses nothing. Rows are claimed with
 * FOR UPDATE SKIP LOCKED in a transaction that also holds the drain lock (a transaction-level advisory
 * lock): a row goes to one instance only, and a crash before the commit leaves it undelivered, so it is sent
 * again (at least once, with a new event_id: clients dedupe by the payload's own id). A batch is three
 * round trips: begin, CLAIM_BATCH_SQL, and the commit after `send`.
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
      const rows: ClaimedRow[] = await manager.query(CLAIM_BATCH_SQL, [limit]);
      if (!rows[0].locked) return null;
      const claimed = rows.filter((row): row is { locked: boolean } & OutboxRow => row.event_id !== null);
      if (claimed.length === 0) return 0;
      send(claimed.map((row) => toOutboxRecord(row)));
      return claimed.length;
    });
  }
}
