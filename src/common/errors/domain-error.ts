import { ErrorCode } from './error-code';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * Base of every error a service may throw. The HTTP status is not chosen here but by the
 * code -> status table, so services stay transport-agnostic.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Short, human-readable summary of the problem type (RFC 9457 `title`). */
  abstract readonly title: string;
  /** Per-field problems, rendered as `errors`. */
  readonly errors?: FieldError[];
  /** Extra members rendered beside the standard ones (never secrets). */
  readonly extensions?: Record<string, unknown>;

  constructor(detail: string, options?: { errors?: FieldError[]; extensions?: Record<string, unknown> }) {
    super(detail);
    this.name = new.target.name;
    this.errors = options?.errors;
    this.extensions = options?.extensions;
  }
}

export class ValidationFailedError extends DomainError {
  readonly code = ErrorCode.VALIDATION_FAILED;
  readonly title = 'Validation failed';
  constructor(errors: FieldError[], detail = 'The request contains invalid fields') {
    super(detail, { errors });
  }
}

export class InvalidCursorError extends DomainError {
  readonly code = ErrorCode.INVALID_CURSOR;
  readonly title = 'Invalid cursor';
  constructor() {
    super('The cursor is malformed, tampered with, or was issued for another query', {
      errors: [{ field: 'cursor', message: 'cursor is invalid' }],
    });
  }
}

export class UnauthorizedError extends DomainError {
  readonly code = ErrorCode.UNAUTHORIZED;
  readonly title = 'Unauthorized';
  constructor(detail = 'Authentication is required') {
    super(detail);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
  readonly title = 'Forbidden';
  constructor(detail = 'You do not have permission to do this') {
    super(detail);
  }
}

export class ResourceNotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
  readonly title = 'Not found';
  constructor(resource: string, id: string | number) {
    super(`${resource} ${id} was not found`);
  }
}
