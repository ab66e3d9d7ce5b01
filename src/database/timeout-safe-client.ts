import { Client } from 'pg';

/** Grace after the server-side statement_timeout before the client gives up on a silent server. */
export const CLIENT_TIMEOUT_GRACE_MS = 1_000;

type Callback = (error: Error | null, result?: unknown) => void;

function isReadTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === 'Query read timeout';
}

/**
 * node-postgres's `query_timeout` answers a query that a frozen server never answers, but leaves the
 * connection with the query still outstanding: the ROLLBACK that follows is queued behind it and the
 * session could later hand a half-finished transaction to the next request. This client destroys its
 * connection on a read timeout instead, so the pool replaces it and the server aborts the transaction.
 */
export class TimeoutSafeClient extends Client {
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: Error | null, result?: unknown) => {
        if (isReadTimeout(error)) this.destroyConnection();
        (last as Callback)(error, result);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      result.then(undefined, (error: unknown) => {
        if (isReadTimeout(error)) this.destroyConnection();
      });
    }
    return result as never;
  }

  private destroyConnection(): void {
    (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
  }
}
