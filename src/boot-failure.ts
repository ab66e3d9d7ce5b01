import pino, { DestinationStream } from 'pino';
import { ConfigurationError } from './config';

export interface BootFailure {
  msg: string;
  err?: { type: string; message: string; code?: string; stack?: string };
}

/** Node reports a refused connection to a name with several addresses as an AggregateError without a message. */
function flatten(error: Error): { message: string; code?: string } {
  const { code } = error as NodeJS.ErrnoException;
  if (error instanceof AggregateError && error.errors.length > 0) {
    const inner = error.errors.map((e: unknown) => (e instanceof Error ? flatten(e) : { message: String(e) }));
    return { message: inner.map((e) => e.message).join('; '), code: code ?? inner.find((e) => e.code)?.code };
  }
  return { message: error.message, code };
}

/**
 * A configuration error is its own message. An error with a system or PostgreSQL code (a refused
 * connection, a failed login, a missing database) is about the environment, so its stack says
 * nothing; anything else keeps its stack.
 */
export function describeBootFailure(error: unknown, failedTo: 'start' | 'shut down' = 'start'): BootFailure {
  if (error instanceof ConfigurationError) return { msg: error.message };
  if (!(error instanceof Error)) return { msg: `Atlas failed to ${failedTo}: ${String(error)}` };
  const { message, code } = flatten(error);
  const err = { type: error.constructor.name, message, ...(code ? { code } : { stack: error.stack }) };
  return { msg: `Atlas failed to ${failedTo}: ${message}`, err };
}

function writeFatal(failure: BootFailure, stream: DestinationStream): void {
  // `err` is already plain data: pino's error serializer would expect an Error instance.
  pino({ serializers: { err: (value: unknown) => value } }, stream).fatal(failure.err ? { err: failure.err } : {}, failure.msg);
}

const stderr = () => pino.destination({ dest: 2, sync: true });

/** One JSON line (pino's format, level fatal) on stderr, written synchronously so it is out before the exit. */
export function reportBootFailure(error: unknown, stream: DestinationStream = stderr()): void {
  writeFatal(describeBootFailure(error), stream);
}

/** The same line for a shutdown that failed half-way. */
export function reportShutdownFailure(error: unknown, stream: DestinationStream = stderr()): void {
  writeFatal(describeBootFailure(error, 'shut down'), stream);
}
