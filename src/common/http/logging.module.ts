import { Global, Module } from '@nestjs/common';
import { Logger, PinoLogger } from 'nestjs-pino';
import pino, { DestinationStream, Logger as PinoInstance } from 'pino';
import { AppConfig } from '../../config';
import { loggerOptions } from './logger.options';
import { RequestLineWriter } from './request-line';

/** The application's pino logger (Nest's Logger writes through it via nestjs-pino). */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
/**
 * The request lines' writer, on the same destination. The request chain builds each line from known
 * fields only (its URL already redacted), so it needs neither the deep-redaction formatter nor the
 * request-context mixin, which would only add the `reqId` the line carries anyway.
 */
export const REQUEST_LINES = Symbol('REQUEST_LINES');
/** Where log lines go: standard output unless a module provides another stream (tests). */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

/** Lines are written in blocks of this many bytes, and at least this often. */
const BUFFER_BYTES = 4096;
const FLUSH_INTERVAL_MS = 100;

let stdout: ReturnType<typeof pino.destination> | undefined;

/**
 * Standard output, buffered: one write per few kilobytes instead of one per line. The buffer is
 * flushed every 100 ms, and synchronously when the process exits (`process.exit`, the end of a
 * graceful shutdown, an uncaught exception); only a SIGKILL can lose the last 100 ms.
 */
export function stdoutDestination(): DestinationStream {
  if (!stdout) {
    const destination = pino.destination({ dest: 1, sync: true, minLength: BUFFER_BYTES, periodicFlush: FLUSH_INTERVAL_MS });
    process.once('exit', () => destination.flushSync());
    stdout = destination;
  }
  return stdout;
}

@Global()
@Module({
  providers: [
    {
      provide: ROOT_LOGGER,
      inject: [AppConfig, { token: LOG_DESTINATION, optional: true }],
      useFactory: (config: AppConfig, destination?: DestinationStream) =>
        pino(loggerOptions(config), destination ?? stdoutDestination()),
    },
    {
      provide: REQUEST_LINES,
      inject: [AppConfig, { token: LOG_DESTINATION, optional: true }],
      useFactory: (config: AppConfig, destination?: DestinationStream) =>
        new RequestLineWriter(destination ?? stdoutDestination(), config.logLevel),
    },
    {
      provide: Logger,
      inject: [ROOT_LOGGER],
      useFactory: (root: PinoInstance) => new Logger(new PinoLogger({ pinoHttp: { logger: root } }), {}),
    },
  ],
  exports: [ROOT_LOGGER, REQUEST_LINES, Logger],
})
export class LoggingModule {}
