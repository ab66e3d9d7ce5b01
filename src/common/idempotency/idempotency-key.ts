import { createHash } from 'node:crypto';
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { ValidationFailedError } from '../errors';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_REPLAY_HEADER = 'Idempotency-Replay';

export const IDEMPOTENCY_EXEMPT = 'atlas:idempotency-exempt';
export const IDEMPOTENCY_EXEMPT_EXTENSION = 'x-idempotency-exempt';

/**
 * For a POST whose response must never be stored (it carries credentials, e.g. a fresh token pair):
 * the header is ignored there, as on public routes.
 */
export const IdempotencyExempt = () =>
  applyDecorators(SetMetadata(IDEMPOTENCY_EXEMPT, true), ApiExtension(IDEMPOTENCY_EXEMPT_EXTENSION, true));

/** 1..255 visible ASCII characters (0x21..0x7E). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The header's value, or a 422 naming it (a repeated header arrives joined with ", " and fails too). */
export function parseIdempotencyKey(header: string | string[]): string {
  if (typeof header === 'string' && KEY_PATTERN.test(header)) return header;
  throw new ValidationFailedError([
    { field: IDEMPOTENCY_KEY_HEADER, message: `${IDEMPOTENCY_KEY_HEADER} must be 1 to 255 visible ASCII characters` },
  ]);
}

/** JSON with object keys sorted, so that the same body sent with its keys reordered matches. */
function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? 'null'
  );
}

/** What a retry must repeat exactly: method, route (path and query) and body. */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256').update(`${method}\n${url}\n${canonicalJson(body)}`).digest('hex');
}
