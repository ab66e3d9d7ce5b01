import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { Client, Notification } from 'pg';
import { logFailure } from '../../common/errors/outage-log';
import { AppConfig } from '../../config';

/** Channel notified at commit by the statement trigger on outbox_events (see the chat-realtime migration). */
export const OUTBOX_CHANNEL = 'outbox_events';
const RECONNECT_MS = 1_000;

export type PendingListener = () => void;

/**
 * Tells its subscribers that outbox rows may be pending: when a transaction that inserted rows commits
 * (LISTEN/NOTIFY; never for a rollback), after the LISTEN connection was re-established, and every
 * OUTBOX_POLL_INTERVAL_MS as a safety net. The connection is opened for the first subscriber; a lost
 * connection is re-opened every second until it succeeds (the poll covers the gap).
 */
@Injectable()
export class OutboxNotifier implements BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxNotifier');
  private readonly listeners = new Set<PendingListener>();
  private client?: Client;
  private pollTimer?: NodeJS.Timeout;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(private readonly config: AppConfig) {}

  /** Starts listening if nobody was; resolves once LISTEN is active. */
  async subscribe(listener: PendingListener): Promise<void> {
    this.listeners.add(listener);
    if (this.pollTimer || this.stopped) return;
    this.pollTimer = setInterval(() => this.notify(), this.config.realtime.outboxPollIntervalMs);
    await this.listen();
  }

  unsubscribe(listener: PendingListener): void {
    this.listeners.delete(listener);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.listeners.clear();
    clearInterval(this.pollTimer);
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners('notification');
      await client.end();
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'atlas-outbox-listener' });
    client.on('notification', (message: Notification) => {
      if (message.channel === OUTBOX_CHANNEL) this.notify();
    });
    client.on('error', (error) => {
      // A database shutting down (57P01, e.g. Ctrl-C reaching the embedded server too) or gone is an
      // outage, not a bug; the poll covers the gap and the reconnection stops once we are stopping.
      logFailure(this.logger, error, 'outbox-listen', 'outbox LISTEN connection failed; reconnecting (the poll covers the gap)');
      if (this.client === client) this.client = undefined;
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
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.listen().then(
        // Rows committed while the connection was down notified nobody.
        () => this.notify(),
        (error: unknown) => {
          logFailure(this.logger, error, 'outbox-listen', 'outbox LISTEN reconnect failed; retrying');
          this.scheduleReconnect();
        },
      );
    }, RECONNECT_MS);
  }
}
