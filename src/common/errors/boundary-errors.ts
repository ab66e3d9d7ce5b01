import { DomainError } from './domain-error';
import { ErrorCode } from './error-code';

/** Nesting deeper than the boundary allows, in a JSON body or a socket payload. */
export class JsonTooDeepError extends DomainError {
  readonly code = ErrorCode.JSON_TOO_DEEP;
  readonly title = 'JSON nested too deeply';
  constructor(maxDepth: number) {
    super(`The payload is nested deeper than ${maxDepth} levels`);
  }
}

/** A client sends more than its limit (socket events, writes, concurrent requests). */
export class RateLimitedError extends DomainError {
  readonly code = ErrorCode.RATE_LIMITED;
  readonly title = 'Rate limited';
  constructor(detail: string, retryAfterSeconds: number) {
    super(detail, { headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) } });
  }
}
