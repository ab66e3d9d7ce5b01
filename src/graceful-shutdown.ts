import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { reportShutdownFailure } from './boot-failure';
import { outageLog } from './common/errors/outage-log';
import { HttpDrain } from './common/http/http-drain';

/** Closing (last delivery, sockets, pool, embedded server) gets at least this long. */
const MIN_CLOSE_DEADLINE_MS = 5_000;

/**
 * SIGTERM or SIGINT (a terminal's Ctrl-C): drain HTTP (see HttpDrain) for at most `timeoutMs`, then
 * close the application: the outbox dispatcher delivers what the last requests committed, then the
 * sockets, Redis, the pool and the embedded server close (Nest's shutdown hooks, in that order), and
 * the process exits 0. Closing gets `timeoutMs` too (at least 5 s); past it the process exits 1 saying so. A second
 * signal stops waiting for in-flight requests. Call after `app.init()`, before `listen`.
 */
export function installGracefulShutdown(app: NestExpressApplication, timeoutMs: number): void {
  const logger = new Logger('Shutdown');
  const closeDeadlineMs = Math.max(timeoutMs, MIN_CLOSE_DEADLINE_MS);
  const drain = new HttpDrain(app.getHttpServer());
  let started = false;

  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    logger.log({ signal, in_flight: drain.inFlightCount, timeout_ms: timeoutMs }, `${signal}: draining HTTP`);
    const outcome = await drain.drain(timeoutMs);
    if (outcome === 'forced') logger.warn({ in_flight: drain.inFlightCount }, 'closed connections still in flight at the timeout');
    const deadline = setTimeout(() => {
      logger.error({ timeout_ms: closeDeadlineMs }, 'closing did not finish in time; exiting');
      process.exit(1);
    }, closeDeadlineMs);
    deadline.unref();
    await app.close();
    outageLog.flush();
    logger.log('stopped');
    process.exit(0);
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (started) {
      logger.warn(`${signal} again: closing in-flight requests now`);
      drain.force();
      return;
    }
    started = true;
    shutdown(signal).catch((error: unknown) => {
      reportShutdownFailure(error);
      process.exit(1);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
