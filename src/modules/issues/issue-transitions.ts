import { ErrorCode, DomainError } from '../../common/errors';
import { IssueStatus } from './issue-enums';

export type IssueAction = 'assign' | 'resolve' | 'close' | 'reopen' | 'release';

/** The whole state machine: which statuses each action accepts, and where it leads. */
export const ISSUE_TRANSITIONS: Record<IssueAction, { from: readonly IssueStatus[]; to: IssueStatus }> = {
  assign: { from: [IssueStatus.OPEN, IssueStatus.IN_PROGRESS], to: IssueStatus.IN_PROGRESS },
  resolve: { from: [IssueStatus.OPEN, IssueStatus.IN_PROGRESS], to: IssueStatus.RESOLVED },
  close: { from: [IssueStatus.RESOLVED], to: IssueStatus.CLOSED },
  reopen: { from: [IssueStatus.RESOLVED, IssueStatus.CLOSED], to: IssueStatus.OPEN },
  /** The assignee left the organization: the issue goes back to the pool, unassigned. */
  release: { from: [IssueStatus.OPEN, IssueStatus.IN_PROGRESS], to: IssueStatus.OPEN },
};

export class InvalidIssueTransitionError extends DomainError {
  readonly code = ErrorCode.INVALID_ISSUE_TRANSITION;
  readonly title = 'Invalid issue transition';
  constructor(action: IssueAction, from: IssueStatus, to: IssueStatus) {
    super(`Cannot ${action} an issue that is ${from} (${from} -> ${to} is not allowed)`, {
      extensions: { from, to, action },
    });
  }
}

/** Returns the target status, or throws a 409 naming from and to. */
export function transition(action: IssueAction, from: IssueStatus): IssueStatus {
  const rule = ISSUE_TRANSITIONS[action];
  if (!rule.from.includes(from)) throw new InvalidIssueTransitionError(action, from, rule.to);
  return rule.to;
}
