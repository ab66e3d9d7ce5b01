import { DomainError, ErrorCode } from '../../common/errors';

export class EmailTakenError extends DomainError {
  readonly code = ErrorCode.EMAIL_TAKEN;
  readonly title = 'Email already registered';
  constructor() {
    super('An account with this email already exists');
  }
}

export class UsernameTakenError extends DomainError {
  readonly code = ErrorCode.USERNAME_TAKEN;
  readonly title = 'Username taken';
  constructor(username: string) {
    super(`The username ${username} is taken`);
  }
}
