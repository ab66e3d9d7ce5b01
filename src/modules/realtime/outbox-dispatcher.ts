import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { logFailure } from '../../common/errors/outage-log';
import { AppConfig } from '../../config';
import { OutboxNotifier, OutboxRecord, OutboxRelay } from '../outbox';
import { SocketServerRef, UntypedEmitter } from './socket-server.ref';

const BATCH = 500;
const LOCK_RETRY_MS = 100;

/**
 * Pushes committed outbox rows to their Socket.IO rooms: woken by the outbox's pending-rows notifier, it
 * drains the relay batch by batch and emits `server.to(room).emit(event, payload, {event_id})` (through the
 * adapter, so every instance's sockets get it). Drains start at least `OUTBOX_COALESCE_MS` after the end of
 * the last one: a wake within that window (or during a drain) is served once it has passed, so commits that
 * keep coming go out a batch at a time rather than a drain (three statements) per commit, however the commits
 * and the drains interleave. A dispatcher that has been idle for the window drains at once. A
 * `session_revoked` row is emitted and then every socket of its room is disconnected (`disconnectSockets`,
 * which reaches every instance as well).
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxDispatcher');
  private readonly wake = () => this.kick();
  private retryTimer?: NodeJS.Timeout;
  private coalesceTimer?: NodeJS.Timeout;
  private running?: Promise<void>;
  /** performance.now() when the last drain ended. */
  private lastDrainEnd = -Infinity;
  private again = false;
  private stopped = false;
  private stopping?: Promise<void>;
  /** Rows this instance sent, for tests and diagnostics. */
  private sentCount = 0;

  private readonly coalesceMs: number;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly notifier: OutboxNotifier,
    private readonly sockets: SocketServerRef,
    config: AppConfig,
  ) {
    this.coalesceMs = config.realtime.outboxCoalesceMs;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.notifier.subscribe(this.wake);
    this.kick();
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
      this.notifier.unsubscribe(this.wake);
      clearTimeout(this.retryTimer);
      clearTimeout(this.coalesceTimer);
      await this.running;
      await this.drain(true);
    })();
    return this.stopping;
  }

  get sent(): number {
    return this.sentCount;
  }

  /** Starts a drain, or asks for one more after the running (or the scheduled) one. */
  kick(): void {
    if (this.stopped) return;
    if (this.running || this.coalesceTimer) {
      this.again = true;
      return;
    }
    const wait = this.lastDrainEnd + this.coalesceMs - performance.now();
    if (wait > 0) {
      this.coalesceTimer = setTimeout(() => {
        this.coalesceTimer = undefined;
        this.kick();
      }, Math.ceil(wait));
      return;
    }
    this.again = false;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      this.lastDrainEnd = performance.now();
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
    const sent = await this.relay.deliverBatch(BATCH, (records) => this.emit(records));
    if (sent === null) {
      // Another instance is draining; look again shortly in case it finished before our rows committed.
      clearTimeout(this.retryTimer);
      if (!this.stopped) this.retryTimer = setTimeout(() => this.kick(), LOCK_RETRY_MS);
      return 0;
    }
    return sent;
  }

  private emit(records: OutboxRecord[]): void {
    const server = this.sockets.server;
    for (const record of records) {
      // `record` pairs its event with that event's payload (a union over the event map), which
      // Socket.IO's typed emit cannot follow.
      const target: UntypedEmitter = server.to(record.room);
      target.emit(record.event, record.payload, { event_id: record.eventId });
      if (record.event === 'session_revoked') server.in(record.room).disconnectSockets(true);
    }
    // Counted as they go out (a client may see them before the relay's commit returns).
    this.sentCount += records.length;
  }
}
