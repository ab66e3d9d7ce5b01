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
  /** Response headers that belong to the problem (e.g. Retry-After). */
  readonly headers?: Record<string, string>;

  constructor(
    detail: string,
    options?: { errors?: FieldError[]; extensions?: Record<string, unknown>; headers?: Record<string, string> },
  ) {
    super(detail);
    this.name = new.target.name;
    this.errors = options?.errors;
    this.extensions = options?.extensions;
    this.headers = options?.headers;
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

export class TooManyRequestsError extends DomainError {
  readonly code = ErrorCode.TOO_MANY_REQUESTS;
  readonly title = 'Too many requests';
  constructor(detail: string, retryAfterSeconds: number) {
    super(detail, { headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) } });
  }
}

const NOT_FOUND_CODES = {
  User: ErrorCode.USER_NOT_FOUND,
  Organization: ErrorCode.ORGANIZATION_NOT_FOUND,
  Invitation: ErrorCode.INVITATION_NOT_FOUND,
  Project: ErrorCode.PROJECT_NOT_FOUND,
  Epic: ErrorCode.EPIC_NOT_FOUND,
  Story: ErrorCode.STORY_NOT_FOUND,
  Task: ErrorCode.TASK_NOT_FOUND,
  Issue: ErrorCode.ISSUE_NOT_FOUND,
  Notification: ErrorCode.NOTIFICATION_NOT_FOUND,
  Channel: ErrorCode.CHANNEL_NOT_FOUND,
  Sprint: ErrorCode.SPRINT_NOT_FOUND,
  Comment: ErrorCode.COMMENT_NOT_FOUND,
  Label: ErrorCode.LABEL_NOT_FOUND,
} as const;

export type ResourceKind = keyof typeof NOT_FOUND_CODES;

/** The thing does not exist, or the caller may not see it: both answer the same 404. */
export class NotFoundError extends DomainError {
  readonly code: ErrorCode;
  readonly title: string;
  constructor(kind: ResourceKind, id: string | number) {
    super(`${kind} ${id} was not found`);
    this.code = NOT_FOUND_CODES[kind];
    this.title = `${kind} not found`;
  }
}
