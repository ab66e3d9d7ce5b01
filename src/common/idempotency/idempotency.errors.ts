import { DomainError, ErrorCode } from '../errors';

export class IdempotencyKeyReusedError extends DomainError {
  readonly code = ErrorCode.IDEMPOTENCY_KEY_REUSED;
  readonly title = 'Idempotency key reused';
  constructor() {
    super('This Idempotency-Key was already used for a request with another method, route or body', {
      errors: [{ field: 'Idempotency-Key', message: 'was already used for a different request' }],
    });
  }
}

export class IdempotencyInProgressError extends DomainError {
  readonly code = ErrorCode.IDEMPOTENCY_IN_PROGRESS;
  readonly title = 'Idempotent request in progress';
  constructor() {
    super('A request with this Idempotency-Key is still running; retry shortly', { headers: { 'Retry-After': '1' } });
  }
}
