import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from './input-boundary';

class BodyRejected extends Error {
  readonly status = 400;
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

class CharsetRejected extends Error {
  readonly status = 415;
  readonly type = 'charset.unsupported';
}

/**
 * body-parser `verify` hook: runs on the raw (inflated) bytes before JSON.parse. Only UTF-8 JSON is
 * accepted (RFC 8259), malformed UTF-8 is a 400 rather than silently becoming U+FFFD, and nesting
 * deeper than MAX_JSON_DEPTH is a 400 found by one linear scan, before parsing or validation.
 */
export function verifyJsonBody(_req: IncomingMessage, _res: unknown, raw: Buffer, encoding: string | null): void {
  if (encoding !== null && encoding.replace('-', '') !== 'utf8') throw new CharsetRejected('only UTF-8 JSON is accepted');
  if (!isUtf8(raw)) throw new BodyRejected('entity.utf8.invalid', 'The request body is not valid UTF-8');
  if (jsonNestsDeeperThan(raw, MAX_JSON_DEPTH)) {
    throw new BodyRejected('entity.too.deep', `The request body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
}
