import { Logger } from '@nestjs/common';
import { outageKindOf } from './outage-kind';

interface Window {
  count: number;
  timer: NodeJS.Timeout;
}

/**
 * Expected failures during an outage (the database unreachable, frozen or shutting down) are logged
 * without a stack, one line per kind per interval: the first one at once, then the count of each
 * interval that saw any. Thousands of failed requests make a handful of lines.
 */
export class OutageLog {
  private readonly windows = new Map<string, Window>();
  private intervalMs = 10_000;

  constructor(private readonly logger: Pick<Logger, 'warn'> = new Logger('Outage')) {}

  configure(intervalMs: number): void {
    this.intervalMs = intervalMs;
  }

  report(kind: string, source: string): void {
    const window = this.windows.get(kind);
    if (window) {
      window.count += 1;
      return;
    }
    this.logger.warn({ kind, source, count: 1 }, `database unavailable: ${kind}`);
    const timer = setInterval(() => this.close(kind), this.intervalMs);
    timer.unref();
    this.windows.set(kind, { count: 0, timer });
  }

  /** Writes the pending counts now (at shutdown). */
  flush(): void {
    for (const kind of [...this.windows.keys()]) {
      this.close(kind);
      this.stop(kind);
    }
  }

  private close(kind: string): void {
    const window = this.windows.get(kind);
    if (!window) return;
    if (window.count === 0) return this.stop(kind);
    this.logger.warn(
      { kind, count: window.count, interval_ms: this.intervalMs },
      `database unavailable: ${kind} (${window.count} more in the last ${this.intervalMs} ms)`,
    );
    window.count = 0;
  }

  private stop(kind: string): void {
    clearInterval(this.windows.get(kind)?.timer);
    this.windows.delete(kind);
  }
}

/** One per process: the HTTP filter, socket acks and background workers report here. */
export const outageLog = new OutageLog();

/**
 * Logs a background failure: a database fault goes to the outage log (counted, no stack), anything
 * else is an error with its stack.
 */
export function logFailure(logger: Pick<Logger, 'error'>, error: unknown, source: string, message: string): void {
  const outage = outageKindOf(error);
  if (outage) outageLog.report(outage, source);
  else logger.error({ err: error }, message);
}
