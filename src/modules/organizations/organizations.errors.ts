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
    super('This address already has a pending invitation to the organization');
  }
}

export class CannotRemoveSelfError extends DomainError {
  readonly code = ErrorCode.CANNOT_REMOVE_SELF;
  readonly title = 'Cannot remove yourself';
  constructor() {
    super('The owner cannot remove themselves from their organization');
  }
}

export class InvitationExpiredError extends DomainError {
  readonly code = ErrorCode.INVITATION_EXPIRED;
  readonly title = 'Invitation expired';
  constructor(id: number) {
    super(`Invitation ${id} has expired; ask for a new one`);
  }
}

export class InvitationNotPendingError extends DomainError {
  readonly code = ErrorCode.INVITATION_NOT_PENDING;
  readonly title = 'Invitation no longer pending';
  constructor(id: number, status: string) {
    super(`Invitation ${id} is ${status}, no longer pending`);
  }
}

export class OwnerCannotLeaveError extends DomainError {
  readonly code = ErrorCode.OWNER_CANNOT_LEAVE;
  readonly title = 'The owner cannot leave';
  constructor() {
    super('The owner of an organization cannot leave it');
  }
}

export class OwnerRoleFixedError extends DomainError {
  readonly code = ErrorCode.OWNER_ROLE_FIXED;
  readonly title = 'The owner’s role cannot change';
  constructor() {
    super('The organization owner’s role cannot be changed');
  }
}
