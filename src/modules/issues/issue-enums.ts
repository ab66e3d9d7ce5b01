export enum IssueType {
  BLOCKER = 'blocker',
  BUG = 'bug',
  QUESTION = 'question',
}

export enum IssuePriority {
  LOW = 'low',
  MEDIUM = 'medium',
  HIGH = 'high',
  CRITICAL = 'critical',
}

export enum IssueStatus {
  OPEN = 'open',
  IN_PROGRESS = 'in_progress',
  RESOLVED = 'resolved',
  CLOSED = 'closed',
}

/** Statuses in which a `blocker` issue blocks its task. */
export const BLOCKING_STATUSES: ReadonlySet<IssueStatus> = new Set([IssueStatus.OPEN, IssueStatus.IN_PROGRESS]);
