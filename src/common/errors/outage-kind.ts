import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';

/** SQLSTATEs that mean the database is slow, going away or unreachable: a 503, not a bug. */
const SQLSTATE_KINDS: Record<string, string> = {
  '57014': 'statement_timeout',
  '25P03': 'idle_in_transaction_timeout',
  '57P01': 'admin_shutdown',
  '57P02': 'crash_shutdown',
  '57P03': 'cannot_connect_now',
  '53300': 'too_many_connections',
  '08000': 'connection_failure',
  '08001': 'connection_failure',
  '08003': 'connection_failure',
  '08006': 'connection_failure',
};

const NODE_CODE_KINDS: Record<string, string> = {
  ECONNREFUSED: 'connection_refused',
  ECONNRESET: 'connection_reset',
  ETIMEDOUT: 'connection_timeout',
  ENOTFOUND: 'host_not_found',
  EPIPE: 'connection_reset',
};

/** Messages of node-postgres and pg-pool that carry no code. */
const MESSAGE_KINDS: [RegExp, string][] = [
  [/timeout exceeded when trying to connect/i, 'pool_acquire_timeout'],
  [/Query read timeout/i, 'query_timeout'],
  [/Connection terminated|not queryable|Connection ended/i, 'connection_terminated'],
];

function kindOfOne(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    const kind = SQLSTATE_KINDS[code] ?? NODE_CODE_KINDS[code];
    if (kind) return kind;
  }
  return MESSAGE_KINDS.find(([pattern]) => pattern.test(error.message))?.[1];
}

/**
 * The kind of database fault behind `error` (statement timeout, pool acquire timeout, connection
 * refused...), or undefined when it is not one. TypeORM wraps driver errors in QueryFailedError.
 */
export function outageKindOf(error: unknown): string | undefined {
  // TypeORM releases a query runner whose connection failed (e.g. the server ended an idle
  // transaction); the transaction's next query then finds it released.
  if (error instanceof QueryRunnerAlreadyReleasedError) return 'connection_terminated';
  if (error instanceof QueryFailedError) return kindOfOne(error.driverError) ?? kindOfOne(error);
  return kindOfOne(error);
}
