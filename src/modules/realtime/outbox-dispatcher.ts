import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client, Notification } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config';
import { SocketServerRef } from './socket-server.ref';

/** Channel notified by the trigger on outbox_events (see the chat-realtime migration). */
export const OUTBOX_CHANNEL = 'outbox_events';
const BATCH = 500;
/** Only one instance drains at a time, so rows go out in id order across instances. */
const DRAIN_LOCK_SQL = `SELECT pg_try_advisory_xact_lock(hashtext('atlas:outbox-dispatcher')) AS locked`;
const LOCK_RETRY_MS = 100;
const RECONNECT_MS = 1_000;

interface OutboxRow {
  id: string;
  room: string;
  event: string;
  payload: Record<string, unknown>;
}

/** Metadata sent as the second argument of every delivered event: the id to resume from with GET /events. */
export interface DeliveryMeta {
  event_id: string;
}

/**
 * Delivers committed outbox rows to their Socket.IO rooms, in id order, and marks them delivered.
 * Woken by LISTEN/NOTIFY (the insert trigger notifies at commit) and by a periodic poll as a safety
 * net. Rows are claimed with FOR UPDATE SKIP LOCKED inside a transaction that also holds a
 * transaction-level advisory lock: a row is sent by one instance only, and a crash before the commit
 * leaves it undelivered, so it is sent again after a restart (at-least-once; clients dedupe by event_id).
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxDispatcher');
  private listener?: Client;
  private pollTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private reconnectTimer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
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
    this.kick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.reconnectTimer);
    await this.running;
    const listener = this.listener;
    this.listener = undefined;
    if (listener) {
      listener.removeAllListeners('notification');
      await listener.end();
    }
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

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.drainBatch()) === BATCH);
    } catch (error) {
      this.logger.error({ err: error }, 'outbox delivery failed; the rows stay pending and are retried on the next poll');
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
      const server = this.sockets.server;
      for (const row of rows) {
        const meta: DeliveryMeta = { event_id: row.id };
        server.to(row.room).emit(row.event, row.payload, meta);
      }
      await manager.query('UPDATE outbox_events SET delivered_at = now() WHERE id = ANY($1::bigint[])', [
        rows.map((r) => r.id),
      ]);
      this.sentCount += rows.length;
      return rows.length;
    });
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'atlas-outbox-listener' });
    client.on('notification', (message: Notification) => {
      if (message.channel === OUTBOX_CHANNEL) this.kick();
    });
    client.on('error', (error) => {
      this.logger.error({ err: error }, 'outbox LISTEN connection failed; reconnecting (the poll covers the gap)');
      if (this.listener === client) this.listener = undefined;
      client.end().catch((endError: unknown) => this.logger.warn({ err: endError }, 'closing the failed LISTEN connection'));
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.listener = client;
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.listen().then(
        () => this.kick(),
        (error: unknown) => {
          this.logger.error({ err: error }, 'outbox LISTEN reconnect failed; retrying');
          this.scheduleReconnect();
        },
      );
    }, RECONNECT_MS);
  }
}
