import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AppConfig } from '../../config';
import { IdempotencyInProgressError, IdempotencyKeyReusedError } from './idempotency.errors';

export interface StoredResponse {
  status: number;
  body: unknown;
}

/**
 * The `idempotency_keys` table, always in the caller's transaction (the one that performs the use
 * case). While a request runs, its transaction holds an advisory lock on (user, key): that lock is the
 * in-progress marker, so a concurrent retry is told 409 at once instead of waiting on the row.
 */
@Injectable()
export class IdempotencyStore {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly config: AppConfig,
  ) {}

  /**
   * Claims the key for this transaction. Returns the stored response of an earlier identical request
   * (within the retention window), or undefined when the request is to run.
   */
  async claim(userId: number, key: string, fingerprint: string): Promise<StoredResponse | undefined> {
    const [{ locked }]: { locked: boolean }[] = await this.txHost.tx.query(
      `SELECT pg_try_advisory_xact_lock(hashtextextended('atlas:idempotency:' || $1::int || ':' || $2, 0)) AS locked`,
      [userId, key],
    );
    if (!locked) throw new IdempotencyInProgressError();
    const rows: { fingerprint: string; response_status: number; response_body: unknown }[] = await this.txHost.tx.query(
      `SELECT fingerprint, response_status, response_body FROM idempotency_keys
        WHERE user_id = $1 AND key = $2 AND created_at > now() - make_interval(hours => $3::int)`,
      [userId, key, this.config.idempotencyTtlHours],
    );
    const stored = rows[0];
    if (!stored) return undefined;
    if (stored.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
    return { status: stored.response_status, body: stored.response_body };
  }

  /** Records the response; a row that outlived its retention (not swept yet) is replaced. */
  async record(userId: number, key: string, fingerprint: string, response: StoredResponse): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO idempotency_keys (user_id, key, fingerprint, response_status, response_body)
       VALUES ($1, $2, $3, $4, $5::json)
       ON CONFLICT (user_id, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,
         response_status = EXCLUDED.response_status, response_body = EXCLUDED.response_body, created_at = now()`,
      [userId, key, fingerprint, response.status, response.body === undefined ? null : JSON.stringify(response.body)],
    );
  }
}
