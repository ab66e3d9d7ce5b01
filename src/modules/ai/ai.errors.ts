import { DomainError, ErrorCode, FieldError } from '../../common/errors';

export class AiNotConfiguredError extends DomainError {
  readonly code = ErrorCode.AI_NOT_CONFIGURED;
  readonly title = 'AI planning is not configured';
  constructor() {
    super('No AI provider is configured on this server (AI_BASE_URL and AI_MODEL)');
  }
}

export class AiTimeoutError extends DomainError {
  readonly code = ErrorCode.AI_TIMEOUT;
  readonly title = 'The AI provider timed out';
  constructor(timeoutMs: number) {
    super(`The AI provider did not answer within ${timeoutMs} ms`);
  }
}

export class AiProviderError extends DomainError {
  readonly code = ErrorCode.AI_PROVIDER_ERROR;
  readonly title = 'The AI provider failed';
}

export class AiProviderRateLimitedError extends DomainError {
  readonly code = ErrorCode.AI_PROVIDER_RATE_LIMITED;
  readonly title = 'The AI provider is busy';
  constructor(retryAfterSeconds: number) {
    super('The AI provider is rate limiting this server; try again later', {
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  }
}

export class AiInvalidOutputError extends DomainError {
  readonly code = ErrorCode.AI_INVALID_OUTPUT;
  readonly title = 'The AI answer is not a valid plan';
  constructor(errors: FieldError[]) {
    super('The model did not produce a valid plan, even after being told what was wrong', { errors });
  }
}
