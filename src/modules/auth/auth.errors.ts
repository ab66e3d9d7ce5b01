import { DomainError, ErrorCode } from '../../common/errors';

export class InvalidCredentialsError extends DomainError {
  readonly code = ErrorCode.INVALID_CREDENTIALS;
  readonly title = 'Invalid credentials';
  constructor(detail = 'The email or password is incorrect') {
    super(detail);
  }
}

export class RefreshTokenInvalidError extends DomainError {
  readonly code = ErrorCode.REFRESH_TOKEN_INVALID;
  readonly title = 'Invalid refresh token';
  constructor(detail = 'The refresh token is invalid, expired or revoked') {
    super(detail);
  }
}

export class DemoLoginDisabledError extends DomainError {
  readonly code = ErrorCode.DEMO_LOGIN_DISABLED;
  readonly title = 'Demo login disabled';
  constructor() {
    super('Demo login is not enabled on this server');
  }
}
