import { unwrap } from '@atlas/client';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useConsole, useProjectRoom } from '../../console-context';
import { useResource, useSocketEvent } from '../../hooks';
import { ErrorMessage, formatDate, Loading } from '../../ui';
import { LabelChips, NewLabel, useProjectLabels } from '../labels';
import { Activity, type Names } from './Activity';
import { Comments } from './Comments';
import { TaskFields } from './TaskFields';
import { Watchers } from './Watchers';

/** One task: its fields (editable), watchers, comments with @mentions and its recorded activity, all live. */
export function TaskDetail({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const { socket, members } = useConsole();
  const task = useResource(() => unwrap(api.GET('/api/v1/projects/tasks/{task_id}', { params: { path: { task_id: taskId } } })), [taskId]);
  const projectId = task.data?.project_id;
  const sprints = useResource(
    () => (projectId ? unwrap(api.GET('/api/v1/projects/{project_id}/sprints', { params: { path: { project_id: projectId }, query: { limit: 50 } } })) : Promise.resolve(undefined)),
    [projectId],
  );
  const labels = useProjectLabels(projectId);
  // Opened from a notification, the task may be in a project the board does not show.
  useProjectRoom(socket, projectId);
  // Bumped by every change of the task: its activity and watchers are read again.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  useSocketEvent(
    socket,
    'task_updated',
    (updated) => {
      if (updated.id !== taskId) return;
      task.reload();
      changed();
    },
    task.reload,
  );

  const sprintItems = sprints.data?.items ?? [];
  const labelItems = labels.data?.items ?? [];
  // A label made elsewhere since the labels were read: read them again (once per version of the task).
  const unknownLabel = task.data?.label_ids.some((id) => labels.data && !labelItems.some((label) => label.id === id));
  useEffect(() => {
    if (unknownLabel) labels.reload();
  }, [unknownLabel, task.data?.updated_at]);
  const names: Names = {
    user: (id) => members.find((member) => String(member.id) === id)?.username ?? `user ${id}`,
    sprint: (id) => sprintItems.find((sprint) => sprint.id === id)?.name ?? 'a sprint',
    label: (id) => labelItems.find((label) => label.id === id)?.name ?? 'a deleted label',
  };
  return (
    <aside className="task-detail" aria-label="Task detail" data-testid="task-detail">
      <button className="close" onClick={onClose} aria-label="Close task">×</button>
      <Loading when={task.loading && !task.data} />
      <ErrorMessage error={task.error} />
      {task.data && (
        <>
          <h3>{task.data.title}</h3>
          <div data-testid="task-labels">
            <LabelChips ids={task.data.label_ids} labels={labelItems} />
          </div>
          <dl>
            <dt>Status</dt>
            <dd data-testid="task-status">{task.data.status}</dd>
            <dt>Risk</dt>
            <dd>
              {task.data.risk_level} ({task.data.risk_score})
            </dd>
            <dt>Due</dt>
            <dd>{formatDate(task.data.due_date)}</dd>
            <dt>Blocked</dt>
            <dd>{task.data.is_blocked ? 'yes, by an open blocker issue' : 'no'}</dd>
          </dl>
          <Watchers taskId={taskId} version={version} onChanged={changed} />
          <TaskFields
            task={task.data}
            sprints={sprintItems}
            labels={labelItems}
            onSaved={() => {
              task.reload();
              changed();
            }}
          />
          <NewLabel projectId={task.data.project_id} onCreated={labels.reload} />
          <ErrorMessage error={sprints.error ?? labels.error} />
        </>
      )}
      <Comments taskId={taskId} onPosted={changed} />
      <Activity taskId={taskId} names={names} version={version} />
    </aside>
  );
}
