export enum NotificationType {
  TASK_ASSIGNED = 'task_assigned',
  TASK_AT_RISK = 'task_at_risk',
  NEW_ISSUE = 'new_issue',
  ISSUE_ASSIGNED = 'issue_assigned',
  ISSUE_RESOLVED = 'issue_resolved',
  ORG_INVITATION = 'org_invitation',
  MENTION = 'mention',
  COMMENT_ADDED = 'comment_added',
  STATUS_CHANGED = 'status_changed',
  SPRINT_AT_RISK = 'sprint_at_risk',
}

export const NOTIFICATION_TYPES: readonly string[] = Object.values(NotificationType);

/** Types a user cannot switch off: someone addressed them directly or handed them work. */
export const MANDATORY_NOTIFICATION_TYPES: ReadonlySet<NotificationType> = new Set([
  NotificationType.MENTION,
  NotificationType.ORG_INVITATION,
  NotificationType.TASK_ASSIGNED,
]);

export const NOTIFICATION_LIMITS = { title: 200, message: 1000, link: 500, dedupKey: 200 } as const;
