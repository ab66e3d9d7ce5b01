import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config';
import { sweepInBatches } from '../../database/locked-sweep';
import { logFailure } from '../errors/outage-log';

const SWEEP_EVERY_MS = 60 * 60 * 1000;
const BATCH = 5_000;
const LOCK = 'atlas:idempotency-retention';

/**
 * Deletes stored idempotent responses older than IDEMPOTENCY_TTL_HOURS, at boot and then hourly,
 * once across instances (advisory lock). Expired rows not swept yet are ignored by lookups anyway.
 */
@Injectable()
export class IdempotencyRetention implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('IdempotencyRetention');
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.scheduled(), SWEEP_EVERY_MS);
    this.scheduled();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.sweeping;
  }

  /** Rows deleted, or null when another instance is sweeping. */
  sweep(): Promise<number | null> {
    return sweepInBatches(
      this.dataSource,
      LOCK,
      BATCH,
      async (manager) => {
        const [, affected]: [unknown, number] = await manager.query(
          `DELETE FROM idempotency_keys WHERE (user_id, key) IN (
             SELECT user_id, key FROM idempotency_keys
              WHERE created_at < now() - make_interval(hours => $1::int) LIMIT $2)`,
          [this.config.idempotencyTtlHours, BATCH],
        );
        return affected;
      },
      () => this.stopped,
    );
  }

  private scheduled(): void {
    if (this.stopped || this.sweeping) return;
    this.sweeping = this.sweep()
      .then((deleted) => {
        if (deleted) this.logger.log({ deleted }, 'idempotency retention sweep');
      })
      .catch((error: unknown) =>
        logFailure(this.logger, error, 'idempotency-retention', 'idempotency retention sweep failed; retried in an hour'),
      )
      .finally(() => {
        this.sweeping = undefined;
      });
  }
}
