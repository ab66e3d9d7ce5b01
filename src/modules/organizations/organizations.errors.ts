import { DomainError, ErrorCode } from '../../common/errors';

export class AlreadyOwnsOrganizationError extends DomainError {
  readonly code = ErrorCode.ALREADY_OWNS_ORGANIZATION;
  readonly title = 'Already owns an organization';
  constructor() {
    super('You already own an organization');
  }
}

export class AlreadyMemberError extends DomainError {
  readonly code = ErrorCode.ALREADY_MEMBER;
  readonly title = 'Already a member';
  constructor() {
    super('This user is already a member of the organization');
  }
}

export class InvitationPendingError extends DomainError {
  readonly code = ErrorCode.INVITATION_PENDING;
  readonly title = 'Invitation already pending';
  constructor() {
    super('This user already has a pending invitation to the organization');
  }
}

export class CannotRemoveSelfError extends DomainError {
  readonly code = ErrorCode.CANNOT_REMOVE_SELF;
  readonly title = 'Cannot remove yourself';
  constructor() {
    super('The owner cannot remove themselves from their organization');
  }
}

export class NoOrganizationError extends DomainError {
  readonly code = ErrorCode.NO_ORGANIZATION;
  readonly title = 'No organization';
  constructor() {
    super('You are not a member of any organization');
  }
}
