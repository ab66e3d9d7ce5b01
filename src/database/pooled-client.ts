import { Client } from 'pg';
import { PreparedStatements } from './prepared-statements';

/** Grace after the server-side statement_timeout before the client gives up on a silent server. */
export const CLIENT_TIMEOUT_GRACE_MS = 1_000;

type Callback = (error: Error | null, result?: unknown) => void;

function isReadTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === 'Query read timeout';
}

/**
 * A prepared statement whose result columns changed under it (a migration of another instance): the
 * server refuses it from then on, so the connection holding it is replaced.
 */
export function isStalePreparedStatement(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '0A000' && /cached plan must not change result type/.test(String((error as Error).message));
}

/**
 * The pool's node-postgres client.
 *
 * node-postgres's `query_timeout` answers a query that a frozen server never answers, but leaves the
 * connection with the query still outstanding: the ROLLBACK that follows is queued behind it and the
 * session could later hand a half-finished transaction to the next request. This client destroys its
 * connection on a read timeout instead, so the pool replaces it and the server aborts the transaction.
 *
 * A parameterized text sent again and again goes as a named prepared statement (PreparedStatements).
 */
export class PooledClient extends Client {
  private readonly statements = new PreparedStatements();

  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = this.statements.nameFor(text);
      if (name !== undefined) args[0] = { name, text };
    }
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: Error | null, result?: unknown) => {
        if (this.isFatal(error)) this.destroyConnection();
        (last as Callback)(error, result);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      result.then(undefined, (error: unknown) => {
        if (this.isFatal(error)) this.destroyConnection();
      });
    }
    return result as never;
  }

  private isFatal(error: unknown): boolean {
    return isReadTimeout(error) || isStalePreparedStatement(error);
  }

  private destroyConnection(): void {
    (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
  }
}
