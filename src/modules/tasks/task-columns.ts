import { WritableColumn } from '../../common/changes';
import { ActivityAction, RecordedField } from '../activity';
import { Task } from './entities/task.entity';

export type TaskField =
  | 'storyId'
  | 'title'
  | 'description'
  | 'status'
  | 'assigneeId'
  | 'dueDate'
  | 'estimateHours'
  | 'progressPercentage'
  | 'riskLevel'
  | 'riskScore'
  | 'openBlockerCount'
  | 'priority'
  | 'order'
  | 'sprintId'
  | 'storyPoints';

/** Every mutable column of `tasks`, once: the set-based UPDATE and the field diff are derived from it. */
export const TASK_COLUMNS: readonly (WritableColumn<Task> & { key: TaskField })[] = [
  { key: 'storyId', column: 'story_id', type: 'uuid' },
  { key: 'title', column: 'title', type: 'varchar' },
  { key: 'description', column: 'description', type: 'varchar' },
  { key: 'status', column: 'status', type: 'task_status' },
  { key: 'assigneeId', column: 'assignee_id', type: 'int' },
  { key: 'dueDate', column: 'due_date', type: 'timestamptz' },
  { key: 'estimateHours', column: 'estimate_hours', type: 'numeric' },
  { key: 'progressPercentage', column: 'progress_percentage', type: 'smallint' },
  { key: 'riskLevel', column: 'risk_level', type: 'risk_level' },
  { key: 'riskScore', column: 'risk_score', type: 'smallint' },
  { key: 'openBlockerCount', column: 'open_blocker_count', type: 'int' },
  { key: 'priority', column: 'priority', type: 'smallint' },
  { key: 'order', column: '"order"', type: 'int' },
  { key: 'sprintId', column: 'sprint_id', type: 'uuid' },
  { key: 'storyPoints', column: 'story_points', type: 'smallint' },
];

export const TASK_FIELDS: readonly TaskField[] = TASK_COLUMNS.map((c) => c.key);

/** Every column of a `tasks` row aliased `alias` that the entity maps (the search vector stays in the database). */
export function taskRowSql(alias: string): string {
  return ['id', 'project_id', ...TASK_COLUMNS.map((c) => c.column), 'created_at', 'updated_at'].map((column) => `${alias}.${column}`).join(', ');
}

/**
 * The fields recorded in activity, by their task JSON names. Risk is derived and not recorded; the
 * blocker count is recorded as blocker activity naming the issue.
 */
export const TASK_RECORDED_FIELDS: readonly RecordedField<Task>[] = [
  { key: 'storyId', wire: 'story_id' },
  { key: 'title', wire: 'title' },
  { key: 'description', wire: 'description' },
  { key: 'status', wire: 'status', action: () => ActivityAction.STATUS_CHANGED },
  {
    key: 'assigneeId',
    wire: 'assignee_id',
    action: (_, after) => (after.assigneeId === null ? ActivityAction.UNASSIGNED : ActivityAction.ASSIGNED),
  },
  { key: 'dueDate', wire: 'due_date' },
  { key: 'estimateHours', wire: 'estimate_hours' },
  { key: 'progressPercentage', wire: 'progress_percentage' },
  { key: 'priority', wire: 'priority' },
  { key: 'order', wire: 'order' },
  { key: 'sprintId', wire: 'sprint_id', action: () => ActivityAction.SPRINT_MOVED },
  { key: 'storyPoints', wire: 'story_points' },
];
