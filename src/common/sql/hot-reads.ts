import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { isStalePreparedStatement } from '../../database/pooled-client';

/**
 * Plain statements for hot reads: outside a transaction they go to the pool's node-postgres clients
 * directly (the same pool, timeouts and clients as TypeORM's), without TypeORM's query runner around
 * each (connect, logging, subscribers, result wrapping); inside one they go through it as usual.
 * A read whose prepared statement went stale (a migration changed its result columns) is sent once
 * more, unnamed, so it answers at once rather than failing on each connection that held it. Failures
 * are wrapped as TypeORM's are (QueryFailedError), so they answer the same problems.
 */
@Injectable()
export class HotReads {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly dataSource: DataSource,
  ) {}

  async query<Row>(sql: string, params: unknown[]): Promise<Row[]> {
    if (this.txHost.isTransactionActive()) return this.txHost.tx.query(sql, params);
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    try {
      return (await pool.query(sql, params)).rows as Row[];
    } catch (error) {
      if (!isStalePreparedStatement(error)) throw new QueryFailedError(sql, params, error as Error);
    }
    try {
      // The object form is never sent as a prepared statement.
      return (await pool.query({ text: sql, values: params })).rows as Row[];
    } catch (error) {
      throw new QueryFailedError(sql, params, error as Error);
    }
  }
}
