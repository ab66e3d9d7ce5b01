import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config';

/** One retention sweep at a time across instances. */
const RETENTION_LOCK_SQL = `SELECT pg_try_advisory_xact_lock(hashtext('atlas:outbox-retention')) AS locked`;
const SWEEP_EVERY_MS = 60 * 60 * 1000;
const SWEEP_BATCH = 5_000;

/**
 * Deletes delivered rows older than OUTBOX_RETENTION_DAYS (the `GET /events` catch-up window), in
 * batches, at boot and then hourly on each instance. Undelivered rows are never deleted.
 */
@Injectable()
export class OutboxRetention implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRetention');
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.scheduledSweep(), SWEEP_EVERY_MS);
    this.scheduledSweep();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.sweeping;
  }

  /** Deletes expired rows batch by batch; null when another instance is sweeping (and this one deleted nothing). */
  async sweep(): Promise<number | null> {
    let deleted = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const [{ locked }]: { locked: boolean }[] = await manager.query(RETENTION_LOCK_SQL);
        if (!locked) return null;
        const [, affected]: [unknown, number] = await manager.query(
          `DELETE FROM outbox_events WHERE id IN (
             SELECT id FROM outbox_events
              WHERE delivery_seq IS NOT NULL AND delivered_at < now() - make_interval(days => $1::int)
              LIMIT $2)`,
          [this.config.realtime.outboxRetentionDays, SWEEP_BATCH],
        );
        return affected;
      });
      if (batch === null) return deleted > 0 ? deleted : null;
      deleted += batch;
      if (batch < SWEEP_BATCH || this.stopped) return deleted;
    }
  }

  private scheduledSweep(): void {
    if (this.stopped || this.sweeping) return;
    this.sweeping = this.sweep()
      .then((deleted) => {
        if (deleted) this.logger.log({ deleted }, 'outbox retention sweep');
      })
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'outbox retention sweep failed; retried in an hour');
      })
      .finally(() => {
        this.sweeping = undefined;
      });
  }
}
