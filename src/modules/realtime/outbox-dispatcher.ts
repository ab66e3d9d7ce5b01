import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client, Notification } from 'pg';
import { DataSource } from 'typeorm';
import { logFailure } from '../../common/errors/outage-log';
import { AppConfig } from '../../config';
import { sweepInBatches } from '../../database/locked-sweep';
import { SESSION_REVOKED_EVENT } from '../outbox';
import { SocketServerRef } from './socket-server.ref';

/** Channel notified by the trigger on outbox_events (see the chat-realtime migration). */
export const OUTBOX_CHANNEL = 'outbox_events';
const BATCH = 500;
/** Only one instance drains at a time, so rows go out in id order across instances. */
const DRAIN_LOCK_SQL = `SELECT pg_try_advisory_xact_lock(hashtext('atlas:outbox-dispatcher')) AS locked`;
const LOCK_RETRY_MS = 100;
const RECONNECT_MS = 1_000;
/** One retention sweep at a time across instances; each instance sweeps at most once an hour. */
const RETENTION_LOCK = 'atlas:outbox-retention';
const RETENTION_EVERY_MS = 60 * 60 * 1000;
const RETENTION_BATCH = 5_000;

interface OutboxRow {
  id: string;
  room: string;
  event: string;
  payload: Record<string, unknown>;
}

/**
 * Metadata sent as the second argument of every delivered event: its delivery sequence, the cursor to
 * resume from with GET /events (`after=<event_id>`).
 */
export interface DeliveryMeta {
  event_id: string;
}

/**
 * Delivers committed outbox rows to their Socket.IO rooms, in id order, and marks them delivered with
 * a delivery sequence (`delivery_seq`, the `event_id`). Ids are assigned at insert but rows appear at
 * commit, so a row with a smaller id can commit after a larger one went out; the delivery sequence is
 * assigned under the drain lock, so it only grows in delivery order and `after=<event_id>` misses nothing.
 * Woken by LISTEN/NOTIFY (the insert trigger notifies at commit) and by a periodic poll as a safety
 * net. Rows are claimed with FOR UPDATE SKIP LOCKED inside a transaction that also holds a
 * transaction-level advisory lock: a row is sent by one instance only, and a crash before the commit
 * leaves it undelivered, so it is sent again after a restart (at-least-once, with a new event_id: clients
 * dedupe by the payload's own id). A `session_revoked` row is emitted and then every socket of its room is
 * disconnected (`disconnectSockets`, which reaches every instance through the adapter). Delivered rows
 * older than OUTBOX_RETENTION_DAYS are deleted at most once an hour.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxDispatcher');
  private listener?: Client;
  private pollTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private retentionTimer?: NodeJS.Timeout;
  private sweeping?: Promise<unknown>;
  private reconnectTimer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private stopping?: Promise<void>;
  /** Rows this instance sent, for tests and diagnostics. */
  private sentCount = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly sockets: SocketServerRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.pollTimer = setInterval(() => this.kick(), this.config.realtime.outboxPollIntervalMs);
    this.retentionTimer = setInterval(() => this.scheduledSweep(), RETENTION_EVERY_MS);
    this.kick();
    this.scheduledSweep();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /**
   * Stops after one last drain, so rows committed by the last requests (HTTP has drained by then)
   * still reach the sockets, which the gateway closes after this. Idempotent.
   */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopped = true;
      clearInterval(this.pollTimer);
      clearTimeout(this.retryTimer);
      clearTimeout(this.reconnectTimer);
      clearInterval(this.retentionTimer);
      await Promise.all([this.running, this.sweeping]);
      await this.drain(true);
      const listener = this.listener;
      this.listener = undefined;
      if (listener) {
        listener.removeAllListeners('notification');
        await listener.end();
      }
    })();
    return this.stopping;
  }

  get sent(): number {
    return this.sentCount;
  }

  /** Starts a drain, or asks the running one to go round once more. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.again = false;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) this.kick();
    });
  }

  /** `final`: the last drain at shutdown, which runs although the dispatcher is stopped. */
  private async drain(final = false): Promise<void> {
    try {
      while ((final || !this.stopped) && (await this.drainBatch()) === BATCH);
    } catch (error) {
      logFailure(this.logger, error, 'outbox', 'outbox delivery failed; the rows stay pending and are retried on the next poll');
    }
  }

  private async drainBatch(): Promise<number> {
    if (!this.sockets.ready) return 0;
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }]: { locked: boolean }[] = await manager.query(DRAIN_LOCK_SQL);
      if (!locked) {
        // Another instance is draining; look again shortly in case it finished before our rows committed.
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => this.kick(), LOCK_RETRY_MS);
        return 0;
      }
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, room, event, payload FROM outbox_events WHERE delivered_at IS NULL
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
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
      const server = this.sockets.server;
      rows.forEach((row, i) => {
        const meta: DeliveryMeta = { event_id: ordered[i] };
        server.to(row.room).emit(row.event, row.payload, meta);
        if (row.event === SESSION_REVOKED_EVENT) server.in(row.room).disconnectSockets(true);
      });
      this.sentCount += rows.length;
      return rows.length;
    });
  }

  /**
   * Deletes delivered rows older than OUTBOX_RETENTION_DAYS, in batches, unless another instance is
   * sweeping (then null). Undelivered rows are never deleted.
   */
  async sweepRetention(): Promise<number | null> {
    return sweepInBatches(
      this.dataSource,
      RETENTION_LOCK,
      RETENTION_BATCH,
      async (manager) => {
        const [, affected]: [unknown, number] = await manager.query(
          `DELETE FROM outbox_events WHERE id IN (
             SELECT id FROM outbox_events
              WHERE delivery_seq IS NOT NULL AND delivered_at < now() - make_interval(days => $1::int)
              LIMIT $2)`,
          [this.config.realtime.outboxRetentionDays, RETENTION_BATCH],
        );
        return affected;
      },
      () => this.stopped,
    );
  }

  private scheduledSweep(): void {
    if (this.stopped || this.sweeping) return;
    this.sweeping = this.sweepRetention()
      .then((deleted) => {
        if (deleted) this.logger.log({ deleted }, 'outbox retention sweep');
      })
      .catch((error: unknown) => logFailure(this.logger, error, 'outbox-retention', 'outbox retention sweep failed; retried in an hour'))
      .finally(() => {
        this.sweeping = undefined;
      });
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'atlas-outbox-listener' });
    client.on('notification', (message: Notification) => {
      if (message.channel === OUTBOX_CHANNEL) this.kick();
    });
    client.on('error', (error) => {
      // A database shutting down (57P01, e.g. Ctrl-C reaching the embedded server too) or gone is an
      // outage, not a bug; the poll covers the gap and the reconnection stops once we are stopping.
      logFailure(this.logger, error, 'outbox-listen', 'outbox LISTEN connection failed; reconnecting (the poll covers the gap)');
      if (this.listener === client) this.listener = undefined;
      client.end().catch((endError: unknown) => this.logger.warn({ err: endError }, 'closing the failed LISTEN connection'));
      this.scheduleReconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      await client.end().catch((endError: unknown) => this.logger.warn({ err: endError }, 'closing the failed LISTEN connection'));
      throw error;
    }
    if (this.stopped) {
      // Shutdown ran while this (re)connection was being made: nobody else would close it.
      client.removeAllListeners('notification');
      await client.end();
      return;
    }
    this.listener = client;
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.listen().then(
        () => this.kick(),
        (error: unknown) => {
          logFailure(this.logger, error, 'outbox-listen', 'outbox LISTEN reconnect failed; retrying');
          this.scheduleReconnect();
        },
      );
    }, RECONNECT_MS);
  }
}
