import { AsyncLocalStorage } from 'node:async_hooks';
import { ClsServiceManager } from 'nestjs-cls';
import { Client } from 'pg';

type Query = (this: Client, ...args: unknown[]) => unknown;

function textOf(query: unknown): string {
  if (typeof query === 'string') return query;
  if (query && typeof query === 'object' && 'text' in query && typeof query.text === 'string') return query.text;
  return String(query);
}

/**
 * The statements pg sends (one round trip each) on behalf of one unit of work: inside an HTTP request of
 * an app booted in this process (its CLS context, so the outbox dispatcher's own transactions are left
 * out) or inside `run()`. `pg.Client.prototype.query` is wrapped while the trace is installed.
 */
export class StatementTrace {
  private readonly scope = new AsyncLocalStorage<boolean>();
  private original?: Query;
  private recording = false;
  statements: string[] = [];

  install(): void {
    const original = Client.prototype.query as unknown as Query;
    this.original = original;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const trace = this;
    (Client.prototype as unknown as { query: Query }).query = function (this: Client, ...args: unknown[]) {
      if (trace.recording && (trace.scope.getStore() === true || ClsServiceManager.getClsService().isActive())) {
        trace.statements.push(textOf(args[0]).replace(/\s+/g, ' ').trim());
      }
      return original.apply(this, args);
    };
  }

  uninstall(): void {
    if (this.original) (Client.prototype as unknown as { query: Query }).query = this.original;
    this.original = undefined;
  }

  /** Records the statements of `fn` (and of the app's requests it makes) and returns them. */
  async record(fn: () => Promise<unknown>): Promise<string[]> {
    this.statements = [];
    this.recording = true;
    try {
      await this.scope.run(true, fn);
    } finally {
      this.recording = false;
    }
    return this.statements;
  }
}

/** A statement's first words, enough to tell the statements of a trace apart in a table. */
export function statementKind(sql: string): string {
  return sql.split(' ').slice(0, 4).join(' ');
}
