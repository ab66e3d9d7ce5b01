import { WritableColumn } from '../../common/changes';
import { ActivityAction, RecordedField } from '../activity';
import { Issue } from './entities/issue.entity';

export type IssueField =
  | 'taskId'
  | 'title'
  | 'description'
  | 'issueType'
  | 'priority'
  | 'status'
  | 'assigneeId'
  | 'resolution'
  | 'resolvedAt';

/** Every mutable column of `issues`, once: the set-based UPDATE and the field diff are derived from it. */
export const ISSUE_COLUMNS: readonly (WritableColumn<Issue> & { key: IssueField })[] = [
  { key: 'taskId', column: 'task_id', type: 'uuid' },
  { key: 'title', column: 'title', type: 'varchar' },
  { key: 'description', column: 'description', type: 'varchar' },
  { key: 'issueType', column: 'issue_type', type: 'issue_type' },
  { key: 'priority', column: 'priority', type: 'issue_priority' },
  { key: 'status', column: 'status', type: 'issue_status' },
  { key: 'assigneeId', column: 'assignee_id', type: 'int' },
  { key: 'resolution', column: 'resolution', type: 'varchar' },
  { key: 'resolvedAt', column: 'resolved_at', type: 'timestamptz' },
];

export const ISSUE_FIELDS: readonly IssueField[] = ISSUE_COLUMNS.map((c) => c.key);

/** The fields recorded in activity, by their issue JSON names (`resolved_at` follows the status). */
export const ISSUE_RECORDED_FIELDS: readonly RecordedField<Issue>[] = [
  { key: 'taskId', wire: 'task_id' },
  { key: 'title', wire: 'title' },
  { key: 'description', wire: 'description' },
  { key: 'issueType', wire: 'issue_type' },
  { key: 'priority', wire: 'priority' },
  { key: 'status', wire: 'status', action: () => ActivityAction.STATUS_CHANGED },
  {
    key: 'assigneeId',
    wire: 'assignee_id',
    action: (_, after) => (after.assigneeId === null ? ActivityAction.UNASSIGNED : ActivityAction.ASSIGNED),
  },
  { key: 'resolution', wire: 'resolution' },
];
