import { DomainError, ErrorCode } from '../../common/errors';
import { SprintStatus } from './sprint-status';

export class SprintAlreadyActiveError extends DomainError {
  readonly code = ErrorCode.SPRINT_ALREADY_ACTIVE;
  readonly title = 'Another sprint is active';
  constructor(projectId: string) {
    super(`Project ${projectId} already has an active sprint; complete it first`);
  }
}

export class InvalidSprintTransitionError extends DomainError {
  readonly code = ErrorCode.INVALID_SPRINT_TRANSITION;
  readonly title = 'Sprint transition not allowed';
  constructor(sprintId: string, from: SprintStatus, action: string, allowedFrom: SprintStatus) {
    super(`Sprint ${sprintId} is ${from}: only a ${allowedFrom} sprint can be ${action}`, { extensions: { from, action } });
  }
}

export class SprintCompletedError extends DomainError {
  readonly code = ErrorCode.SPRINT_COMPLETED;
  readonly title = 'Sprint completed';
  constructor(sprintId: string) {
    super(`Sprint ${sprintId} is completed; its scope and dates no longer change`);
  }
}
