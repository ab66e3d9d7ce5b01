import { unwrap } from '@atlas/client';
import { api } from '../../api';
import type { JsonOf } from '../../models';
import { useConsole } from '../../console-context';
import { allPages, useResource, useSocketEvent } from '../../hooks';
import { ErrorMessage, formatTime, Loading } from '../../ui';

type Entry = JsonOf<'/api/v1/projects/tasks/{task_id}/activity', 'get'>['items'][number];

/** How ids in recorded values read: members by name, sprints by name. */
export interface Names {
  user: (id: string) => string;
  sprint: (id: string) => string;
  label: (id: string) => string;
}

/** A recorded label set (a JSON array of ids) by the labels' names; any other text as it is. */
function labelNames(value: string | null, names: Names): string {
  if (value === null) return 'none';
  const ids: unknown = value.startsWith('[') ? JSON.parse(value) : null;
  if (!Array.isArray(ids)) return value;
  return ids.length === 0 ? 'none' : ids.map((id) => names.label(String(id))).join(', ');
}

const FIELD_NAMES: Record<string, string> = {
  story_id: 'story',
  due_date: 'due date',
  estimate_hours: 'estimate (hours)',
  progress_percentage: 'progress',
  story_points: 'story points',
  label_ids: 'labels',
};

function describe(entry: Entry, names: Names): string {
  const from = entry.old_value ?? '—';
  const to = entry.new_value ?? '—';
  switch (entry.action) {
    case 'created':
      return 'created the task';
    case 'status_changed':
      return `moved it from ${from} to ${to}`;
    case 'assigned':
      return `assigned it to ${entry.new_value ? names.user(entry.new_value) : '—'}`;
    case 'unassigned':
      return `unassigned ${entry.old_value ? names.user(entry.old_value) : 'it'}`;
    case 'sprint_moved':
      return `moved it from ${entry.old_value ? names.sprint(entry.old_value) : 'the backlog'} to ${entry.new_value ? names.sprint(entry.new_value) : 'the backlog'}`;
    case 'commented':
      return 'commented';
    case 'blocker_linked':
      return `was blocked by issue #${to}`;
    case 'blocker_resolved':
      return `saw blocker issue #${from} resolved`;
    case 'watched':
      return 'started watching';
    case 'unwatched':
      return 'stopped watching';
    case 'deleted':
      return 'deleted the task';
    default:
      if (entry.field === 'label_ids') return `changed labels from ${labelNames(entry.old_value, names)} to ${labelNames(entry.new_value, names)}`;
      return entry.field ? `changed ${FIELD_NAMES[entry.field] ?? entry.field.replace(/_/g, ' ')} from ${from} to ${to}` : entry.action.replace(/_/g, ' ');
  }
}

/** The recorded history of a task, oldest first; read again whenever the task or its comments change. */
export function Activity({ taskId, names, version }: { taskId: string; names: Names; version: unknown }) {
  const { socket } = useConsole();
  const activity = useResource(
    () =>
      allPages((cursor) =>
        unwrap(api.GET('/api/v1/projects/tasks/{task_id}/activity', { params: { path: { task_id: taskId }, query: { limit: 100, ...(cursor ? { cursor } : {}) } } })),
      ),
    [taskId, version],
  );
  useSocketEvent(socket, 'comment_added', (comment) => comment.task_id === taskId && activity.reload(), activity.reload);
  const items = activity.data?.items ?? [];
  return (
    <section className="activity" aria-label="Activity">
      <h4>Activity</h4>
      <Loading when={activity.loading && !activity.data} />
      <ErrorMessage error={activity.error} />
      {activity.data && activity.data.total > items.length && <p className="empty">Showing the first {items.length} of {activity.data.total}.</p>}
      <ol>
        {items.map((entry) => (
          <li key={entry.id} data-testid="activity">
            <time>{formatTime(entry.created_at)}</time> <strong>{entry.actor_username ?? 'Atlas'}</strong> {describe(entry, names)}
            {entry.reason && <em> ({entry.reason})</em>}
          </li>
        ))}
      </ol>
    </section>
  );
}
