import { changedFields } from '../../common/changes';
import { ActivityAction } from '../activity';
import { Task } from './entities/task.entity';
import { TASK_FIELDS } from './task-columns';
import { TaskChange } from './task-changes';
import { RiskLevel, TaskStatus } from './task-enums';
import { activityOf } from './tasks.repository';

const task = (fields: Partial<Task> = {}): Task =>
  Object.assign(new Task(), {
    id: 't1',
    projectId: 'p1',
    storyId: null,
    title: 'Title',
    description: null,
    status: TaskStatus.TODO,
    assigneeId: null,
    dueDate: null,
    estimateHours: null,
    progressPercentage: 0,
    riskLevel: RiskLevel.LOW,
    riskScore: 0,
    openBlockerCount: 0,
    priority: 0,
    order: 0,
    ...fields,
  });

function updated(before: Task, after: Task, reason: string | null = null): TaskChange {
  return {
    kind: 'updated',
    taskId: before.id,
    projectId: before.projectId,
    actorId: 7,
    reason,
    before,
    after,
    changedFields: changedFields(before, after, TASK_FIELDS),
  };
}

describe('task activity rows (no database)', () => {
  it('names each changed field by its JSON name with old and new values as text', () => {
    const before = task({ dueDate: new Date('2030-01-01T00:00:00.000Z'), estimateHours: 2 });
    const after = task({ dueDate: new Date('2030-01-02T12:00:00.000Z'), estimateHours: 2.5, title: 'New' });
    expect(activityOf(updated(before, after), {}).map(({ action, field, oldValue, newValue }) => [action, field, oldValue, newValue])).toEqual([
      [ActivityAction.UPDATED, 'title', 'Title', 'New'],
      [ActivityAction.UPDATED, 'due_date', '2030-01-01T00:00:00.000Z', '2030-01-02T12:00:00.000Z'],
      [ActivityAction.UPDATED, 'estimate_hours', '2', '2.5'],
    ]);
  });

  it('treats equal instants as unchanged and records nothing for them', () => {
    const before = task({ dueDate: new Date('2030-01-01T00:00:00.000Z') });
    const after = task({ dueDate: new Date('2030-01-01T00:00:00.000Z') });
    expect(activityOf(updated(before, after), {})).toEqual([]);
  });

  it('records status and assignment with their own actions, and carries actor and reason', () => {
    const rows = activityOf(updated(task(), task({ status: TaskStatus.IN_PROGRESS, assigneeId: 3 }), 'because'), {});
    expect(rows).toEqual([
      expect.objectContaining({ action: ActivityAction.STATUS_CHANGED, field: 'status', oldValue: 'To Do', newValue: 'In Progress', actorId: 7, reason: 'because', taskId: 't1', projectId: 'p1' }),
      expect.objectContaining({ action: ActivityAction.ASSIGNED, field: 'assignee_id', oldValue: null, newValue: '3' }),
    ]);
    expect(activityOf(updated(task({ assigneeId: 3 }), task()), {})).toEqual([
      expect.objectContaining({ action: ActivityAction.UNASSIGNED, oldValue: '3', newValue: null }),
    ]);
  });

  it('does not record derived risk, and records a blocker count change only as blocker activity naming the issue', () => {
    expect(activityOf(updated(task(), task({ riskLevel: RiskLevel.HIGH, riskScore: 50 })), {})).toEqual([]);
    const linked = activityOf(updated(task(), task({ openBlockerCount: 1, riskLevel: RiskLevel.MEDIUM, riskScore: 20 })), { blockerIssueId: 12 });
    expect(linked).toEqual([expect.objectContaining({ action: ActivityAction.BLOCKER_LINKED, field: 'issue_id', oldValue: null, newValue: '12' })]);
    const resolved = activityOf(updated(task({ openBlockerCount: 1 }), task()), { blockerIssueId: 12 });
    expect(resolved).toEqual([expect.objectContaining({ action: ActivityAction.BLOCKER_RESOLVED, oldValue: '12', newValue: null })]);
  });

  it('records one row for a creation and none for a deletion (the rows go with the task)', () => {
    const base = { taskId: 't1', projectId: 'p1', actorId: 7, reason: null, changedFields: TASK_FIELDS.slice() };
    expect(activityOf({ ...base, kind: 'created', before: null, after: task() }, {})).toEqual([
      { taskId: 't1', projectId: 'p1', actorId: 7, reason: null, action: ActivityAction.CREATED },
    ]);
    expect(activityOf({ ...base, kind: 'deleted', before: task(), after: null }, {})).toEqual([]);
  });
});
