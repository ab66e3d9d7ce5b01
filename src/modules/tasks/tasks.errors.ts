import { DomainError, ErrorCode } from '../../common/errors';

export class TaskAlreadyDoneError extends DomainError {
  readonly code = ErrorCode.TASK_ALREADY_DONE;
  readonly title = 'Task already done';
  constructor(taskId: string) {
    super(`Task ${taskId} is already Done`);
  }
}

export class TaskNotAssignedToYouError extends DomainError {
  readonly code = ErrorCode.TASK_NOT_ASSIGNED_TO_YOU;
  readonly title = 'Task assigned to someone else';
  constructor(taskId: string) {
    super(`Task ${taskId} is assigned to another member; only they or the project owner may complete it`);
  }
}

export class TaskNotStartableError extends DomainError {
  readonly code = ErrorCode.TASK_NOT_STARTABLE;
  readonly title = 'Task cannot be started';
  constructor(taskId: string, reason: string) {
    super(`Task ${taskId} cannot be started: ${reason}`);
  }
}
