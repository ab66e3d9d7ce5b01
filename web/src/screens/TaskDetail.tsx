import { unwrap } from '@atlas/client';
import { useState, type FormEvent } from 'react';
import { client, isMissingRoute } from '../api';
import { useAction, useResource } from '../hooks';
import { ErrorMessage, Loading, Unavailable } from '../ui';

const taskPath = (taskId: string) => ({ params: { path: { task_id: taskId } } });

function Comments({ taskId }: { taskId: string }) {
  const comments = useResource(() => unwrap(client.api.GET('/api/v1/projects/tasks/{task_id}/comments', { params: { path: { task_id: taskId }, query: { limit: 100 } } })), [taskId]);
  const [body, setBody] = useState('');
  const action = useAction();
  if (isMissingRoute(comments.error)) return <Unavailable what="Comments are" />;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const posted = await action.run(() => unwrap(client.api.POST('/api/v1/projects/tasks/{task_id}/comments', { ...taskPath(taskId), body: { body } })));
    if (!posted) return;
    setBody('');
    comments.reload();
  };
  return (
    <div className="comments">
      <h4>Comments</h4>
      <Loading when={comments.loading && !comments.data} />
      <ErrorMessage error={comments.error} />
      <ul>
        {comments.data?.items.map((comment) => (
          <li key={comment.id} data-testid="comment">
            <strong>{comment.author_username}</strong> <time>{new Date(comment.created_at).toLocaleString()}</time>
            {comment.edited && <em> (edited)</em>}
            <p>{comment.body}</p>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} aria-label="New comment">
        <textarea aria-label="Comment" placeholder="Write a comment; @username mentions a member" value={body} onChange={(e) => setBody(e.target.value)} required maxLength={10000} />
        <button type="submit" disabled={action.pending}>{action.pending ? 'Posting…' : 'Comment'}</button>
      </form>
      <ErrorMessage error={action.error} />
    </div>
  );
}

function Activity({ taskId }: { taskId: string }) {
  const activity = useResource(() => unwrap(client.api.GET('/api/v1/projects/tasks/{task_id}/activity', { params: { path: { task_id: taskId }, query: { limit: 100 } } })), [taskId]);
  if (isMissingRoute(activity.error)) return <Unavailable what="Activity is" />;
  return (
    <div className="activity">
      <h4>Activity</h4>
      <Loading when={activity.loading && !activity.data} />
      <ErrorMessage error={activity.error} />
      <ol>
        {activity.data?.items.map((entry) => (
          <li key={entry.id}>
            <time>{new Date(entry.created_at).toLocaleString()}</time> {entry.actor_username ?? 'Atlas'} {entry.action}
            {entry.field && ` ${entry.field}: ${entry.old_value ?? '∅'} → ${entry.new_value ?? '∅'}`}
            {entry.reason && ` (${entry.reason})`}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** One task: its fields, comments and activity. */
export function TaskDetail({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const task = useResource(() => unwrap(client.api.GET('/api/v1/projects/tasks/{task_id}', taskPath(taskId))), [taskId]);
  return (
    <aside className="task-detail" aria-label="Task detail" data-testid="task-detail">
      <button className="close" onClick={onClose} aria-label="Close task">×</button>
      <Loading when={task.loading && !task.data} />
      <ErrorMessage error={task.error} />
      {task.data && (
        <>
          <h3>{task.data.title}</h3>
          <dl>
            <dt>Status</dt><dd>{task.data.status}</dd>
            <dt>Progress</dt><dd>{task.data.progress_percentage}%</dd>
            <dt>Risk</dt><dd>{task.data.risk_level} ({task.data.risk_score})</dd>
            <dt>Due</dt><dd>{task.data.due_date ? new Date(task.data.due_date).toLocaleDateString() : '—'}</dd>
            <dt>Blocked</dt><dd>{task.data.is_blocked ? 'yes' : 'no'}</dd>
          </dl>
          {task.data.description && <p>{task.data.description}</p>}
        </>
      )}
      <Comments taskId={taskId} />
      <Activity taskId={taskId} />
    </aside>
  );
}
