import { unwrap } from '@atlas/client';
import { api } from '../../api';
import { useConsole } from '../../console-context';
import { useAction, useResource } from '../../hooks';
import { ErrorMessage } from '../../ui';

/** Who is told about comments and status changes of the task, and the caller's watch toggle. */
export function Watchers({ taskId, version, onChanged }: { taskId: string; version: unknown; onChanged: () => void }) {
  const { userId } = useConsole();
  const watchers = useResource(
    () => unwrap(api.GET('/api/v1/projects/tasks/{task_id}/watchers', { params: { path: { task_id: taskId }, query: { limit: 100 } } })),
    [taskId, version],
  );
  const action = useAction();
  const watching = watchers.data?.items.some((watcher) => watcher.user_id === userId) ?? false;
  const path = { params: { path: { task_id: taskId } } };
  const toggle = async () => {
    await action.run(() => unwrap(watching ? api.DELETE('/api/v1/projects/tasks/{task_id}/watch', path) : api.POST('/api/v1/projects/tasks/{task_id}/watch', path)));
    watchers.reload();
    onChanged();
  };
  const names = watchers.data?.items.map((watcher) => watcher.username) ?? [];
  return (
    <div className="watchers">
      <button className="secondary" onClick={toggle} disabled={!watchers.data || action.pending} aria-pressed={watching}>
        {watching ? 'Unwatch' : 'Watch'}
      </button>{' '}
      <span data-testid="watchers">
        {watchers.data && (names.length === 0 ? 'Nobody watches this task.' : `Watching: ${names.join(', ')}${watchers.data.total > names.length ? ` and ${watchers.data.total - names.length} more` : ''}`)}
      </span>
      <ErrorMessage error={watchers.error ?? action.error} />
    </div>
  );
}
