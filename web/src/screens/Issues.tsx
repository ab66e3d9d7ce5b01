import { unwrap, type components } from '@atlas/client';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useConsole } from '../console-context';
import { useAction, useResource, useSocketEvent } from '../hooks';
import { ErrorMessage, Loading } from '../ui';

type Issue = components['schemas']['IssueDto'];
type IssueType = components['schemas']['CreateIssueDto']['issue_type'];
type Priority = components['schemas']['CreateIssueDto']['priority'];

function NewIssue({ projectId, onCreated }: { projectId: string; onCreated: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [issueType, setIssueType] = useState<IssueType>('bug');
  const [priority, setPriority] = useState<Priority>('medium');
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await action.run(() =>
      unwrap(api.POST('/api/v1/issues', { body: { project_id: projectId, title, description, issue_type: issueType, priority } })),
    );
    if (!created) return;
    setTitle('');
    setDescription('');
    onCreated();
  };
  return (
    <form className="stack" onSubmit={submit} aria-label="New issue">
      <input aria-label="Issue title" placeholder="Issue title" value={title} onChange={(e) => setTitle(e.target.value)} required />
      <textarea aria-label="Issue description" placeholder="What happened?" value={description} onChange={(e) => setDescription(e.target.value)} required />
      <div className="row">
        <select aria-label="Issue type" value={issueType} onChange={(e) => setIssueType(e.target.value as IssueType)}>
          <option value="bug">bug</option>
          <option value="blocker">blocker</option>
          <option value="question">question</option>
        </select>
        <select aria-label="Priority" value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
          {['low', 'medium', 'high', 'critical'].map((p) => (
            <option key={p} value={p}>{p}</option>
          ))}
        </select>
        <button type="submit" disabled={action.pending}>{action.pending ? 'Reporting…' : 'Report issue'}</button>
      </div>
      <ErrorMessage error={action.error} />
    </form>
  );
}

/** The issues of a project with the transitions each status allows. */
export function Issues({ projectId }: { projectId: string }) {
  const { userId, socket, members, openTask } = useConsole();
  const [status, setStatus] = useState<'' | Issue['status']>('');
  const issues = useResource(
    () =>
      unwrap(
        api.GET('/api/v1/issues/project/{project_id}', {
          params: { path: { project_id: projectId }, query: { limit: 100, ...(status ? { status } : {}) } },
        }),
      ),
    [projectId, status],
  );
  const action = useAction();
  const [resolutions, setResolutions] = useState<Record<number, string>>({});

  useSocketEvent(socket, 'issue_updated', (issue) => issue.project_id === projectId && issues.reload(), issues.reload);

  const [busy, setBusy] = useState<number | null>(null);
  const transition = async (issue: Issue, call: () => Promise<unknown>) => {
    setBusy(issue.id);
    await action.run(call);
    setBusy(null);
    issues.reload();
  };
  const assign = (issue: Issue, assigneeId: number) =>
    transition(issue, () => unwrap(api.POST('/api/v1/issues/{issue_id}/assign', { ...path(issue), body: { assignee_id: assigneeId } })));
  const path = (issue: Issue) => ({ params: { path: { issue_id: issue.id } } });

  return (
    <section aria-label="Issues">
      <NewIssue projectId={projectId} onCreated={issues.reload} />
      <label>
        Status{' '}
        <select aria-label="Status filter" value={status} onChange={(e) => setStatus(e.target.value as Issue['status'])}>
          <option value="">all</option>
          {['open', 'in_progress', 'resolved', 'closed'].map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </select>
      </label>
      <Loading when={issues.loading && !issues.data} />
      <ErrorMessage error={issues.error ?? action.error} />
      <table className="issues">
        <thead>
          <tr><th>#</th><th>Title</th><th>Type</th><th>Priority</th><th>Status</th><th>Assignee</th><th /></tr>
        </thead>
        <tbody>
          {issues.data?.items.map((issue) => (
            <tr key={issue.id} data-testid="issue">
              <td>{issue.id}</td>
              <td title={issue.description}>
                {issue.title}
                {issue.task_id && (
                  <>
                    {' '}
                    <button className="link" onClick={() => openTask(issue.task_id!)}>(task)</button>
                  </>
                )}
              </td>
              <td>{issue.issue_type}</td>
              <td>{issue.priority}</td>
              <td><span className="badge">{issue.status}</span></td>
              <td>{issue.assignee_username ?? '—'}</td>
              <td className="actions">
                {(issue.status === 'open' || issue.status === 'in_progress') && issue.assignee_id !== userId && (
                  <button onClick={() => assign(issue, userId)} disabled={busy === issue.id}>
                    Take it
                  </button>
                )}
                {(issue.status === 'open' || issue.status === 'in_progress') && (
                  <select aria-label={`Assign issue ${issue.id}`} value="" onChange={(e) => e.target.value && assign(issue, Number(e.target.value))} disabled={busy === issue.id}>
                    <option value="">Assign to…</option>
                    {members
                      .filter((member) => member.id !== issue.assignee_id)
                      .map((member) => (
                        <option key={member.id} value={member.id}>{member.username}</option>
                      ))}
                  </select>
                )}
                {issue.status !== 'resolved' && issue.status !== 'closed' && (
                  <>
                    <input
                      aria-label={`Resolution of issue ${issue.id}`}
                      placeholder="Resolution"
                      value={resolutions[issue.id] ?? ''}
                      onChange={(e) => setResolutions({ ...resolutions, [issue.id]: e.target.value })}
                    />
                    <button
                      disabled={!resolutions[issue.id]}
                      onClick={() => transition(issue, () => unwrap(api.POST('/api/v1/issues/{issue_id}/resolve', { ...path(issue), body: { resolution: resolutions[issue.id] } })))}
                    >
                      Resolve
                    </button>
                  </>
                )}
                {issue.status === 'resolved' && (
                  <button onClick={() => transition(issue, () => unwrap(api.POST('/api/v1/issues/{issue_id}/close', path(issue))))}>Close</button>
                )}
                {(issue.status === 'resolved' || issue.status === 'closed') && (
                  <button onClick={() => transition(issue, () => unwrap(api.POST('/api/v1/issues/{issue_id}/reopen', path(issue))))}>Reopen</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.data?.items.length === 0 && <p className="empty">No issues.</p>}
    </section>
  );
}
