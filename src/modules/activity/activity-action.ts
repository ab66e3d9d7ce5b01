/** What an activity row records. Stored as text, so a new action needs no migration. */
export enum ActivityAction {
  CREATED = 'created',
  UPDATED = 'updated',
  STATUS_CHANGED = 'status_changed',
  ASSIGNED = 'assigned',
  UNASSIGNED = 'unassigned',
  COMMENTED = 'commented',
  SPRINT_MOVED = 'sprint_moved',
  BLOCKER_LINKED = 'blocker_linked',
  BLOCKER_RESOLVED = 'blocker_resolved',
  /** A member started or stopped watching (explicitly; the automatic watches follow other rows). */
  WATCHED = 'watched',
  UNWATCHED = 'unwatched',
  /** A project-level row naming the deleted task in `old_value`: the task's own rows go with it. */
  DELETED = 'deleted',
}
