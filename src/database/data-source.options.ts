import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { DatabaseTimeouts } from '../config';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { CLIENT_TIMEOUT_GRACE_MS, PooledClient } from './pooled-client';

export const ENTITY_GLOBS = [join(__dirname, '..', 'modules', '**', 'entities', '*.entity.{ts,js}')];
export const MIGRATION_GLOBS = [join(__dirname, 'migrations', '*.{ts,js}')];

/**
 * Session limits sent with every pooled connection's startup packet, and the pool's acquire timeout.
 * The client-side read timeout answers a query the server never answers (a frozen server cannot
 * enforce its own statement_timeout).
 */
function timeoutOptions(timeouts: DatabaseTimeouts): Record<string, unknown> {
  return {
    connectionTimeoutMillis: timeouts.poolAcquireMs,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    query_timeout: timeouts.statementMs + CLIENT_TIMEOUT_GRACE_MS,
    Client: PooledClient,
  };
}

/** Without `timeouts` (migrations, scripts): no statement limit, a 5 s acquire timeout. */
export function dataSourceOptions(url: string, poolSize = 10, timeouts?: DatabaseTimeouts): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITY_GLOBS,
    migrations: MIGRATION_GLOBS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5_000,
      application_name: 'atlas',
      ...(timeouts ? timeoutOptions(timeouts) : {}),
    },
  };
}
