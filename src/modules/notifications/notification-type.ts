export enum NotificationType {
  TASK_ASSIGNED = 'task_assigned',
  TASK_AT_RISK = 'task_at_risk',
  NEW_ISSUE = 'new_issue',
  ISSUE_ASSIGNED = 'issue_assigned',
  ISSUE_RESOLVED = 'issue_resolved',
  ORG_INVITATION = 'org_invitation',
  MENTION = 'mention',
  SPRINT_AT_RISK = 'sprint_at_risk',
}

export const NOTIFICATION_TYPES: readonly string[] = Object.values(NotificationType);

export const NOTIFICATION_LIMITS = { title: 200, message: 1000, link: 500, dedupKey: 200 } as const;
