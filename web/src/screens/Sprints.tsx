import { unwrap, type Sprint } from '@atlas/client';
import { useState, type FormEvent } from 'react';
import { client, isMissingRoute } from '../api';
import { useAction, useResource } from '../hooks';
import { ErrorMessage, Loading, Unavailable } from '../ui';
import { BurndownChart, VelocityChart } from './Burndown';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function NewSprint({ projectId, onCreated }: { projectId: string; onCreated: () => void }) {
  const [name, setName] = useState('');
  const [goal, setGoal] = useState('');
  const [start, setStart] = useState(today());
  const [end, setEnd] = useState(inDays(13));
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { name, start_date: start, end_date: end, ...(goal ? { goal } : {}) };
    const created = await action.run(() => unwrap(client.api.POST('/api/v1/projects/{project_id}/sprints', { params: { path: { project_id: projectId } }, body })));
    if (!created) return;
    setName('');
    setGoal('');
    onCreated();
  };
  return (
    <form className="row" onSubmit={submit} aria-label="New sprint">
      <input aria-label="Sprint name" placeholder="Sprint name" value={name} onChange={(e) => setName(e.target.value)} required />
      <input aria-label="Sprint goal" placeholder="Goal" value={goal} onChange={(e) => setGoal(e.target.value)} />
      <input aria-label="Start date" type="date" value={start} onChange={(e) => setStart(e.target.value)} required />
      <input aria-label="End date" type="date" value={end} onChange={(e) => setEnd(e.target.value)} required />
      <button type="submit" disabled={action.pending}>Plan sprint</button>
      <ErrorMessage error={action.error} />
    </form>
  );
}

function SprintPanel({ sprint, projectId, onChanged }: { sprint: Sprint; projectId: string; onChanged: () => void }) {
  const burndown = useResource(
    () => (sprint.status === 'planned' ? Promise.resolve(undefined) : unwrap(client.api.GET('/api/v1/sprints/{sprint_id}/burndown', { params: { path: { sprint_id: sprint.id } } }))),
    [sprint.id, sprint.status, sprint.updated_at],
  );
  const backlog = useResource(
    () => unwrap(client.api.GET('/api/v1/projects/{project_id}/tasks', { params: { path: { project_id: projectId }, query: { limit: 100 } } })),
    [projectId, sprint.updated_at],
  );
  const action = useAction();
  const [taskId, setTaskId] = useState('');
  const path = { params: { path: { sprint_id: sprint.id } } };
  const act = async (call: () => Promise<unknown>) => {
    await action.run(call);
    onChanged();
  };
  const candidates = (backlog.data?.items ?? []).filter((task) => task.status !== 'Done' && !(task as { sprint_id?: string | null }).sprint_id);
  return (
    <div className="sprint" data-testid="sprint">
      <h4>
        {sprint.name} <span className="badge">{sprint.status}</span>
      </h4>
      <p>
        {sprint.start_date} → {sprint.end_date}
        {sprint.goal && ` · ${sprint.goal}`}
        {sprint.committed_points !== null && ` · committed ${sprint.committed_points} pts`}
        {sprint.completed_points !== null && ` · completed ${sprint.completed_points} pts`}
      </p>
      {sprint.status !== 'completed' && (
        <div className="row">
          <select aria-label="Task to add" value={taskId} onChange={(e) => setTaskId(e.target.value)}>
            <option value="">Add a backlog task…</option>
            {candidates.map((task) => (
              <option key={task.id} value={task.id}>{task.title}</option>
            ))}
          </select>
          <button disabled={!taskId} onClick={() => act(() => unwrap(client.api.POST('/api/v1/sprints/{sprint_id}/tasks', { ...path, body: { task_ids: [taskId] } })))}>
            Add
          </button>
          {sprint.status === 'planned' && <button onClick={() => act(() => unwrap(client.api.POST('/api/v1/sprints/{sprint_id}/start', path)))}>Start sprint</button>}
          {sprint.status === 'active' && (
            <button onClick={() => act(() => unwrap(client.api.POST('/api/v1/sprints/{sprint_id}/complete', { ...path, body: { carry_over_to: 'backlog' } })))}>
              Complete sprint
            </button>
          )}
        </div>
      )}
      <ErrorMessage error={action.error ?? burndown.error} />
      {burndown.data && <BurndownChart days={burndown.data.days} />}
    </div>
  );
}

/** Sprints of a project: plan, fill, start and complete them; burndown of each and the project's velocity. */
export function Sprints({ projectId }: { projectId: string }) {
  const sprints = useResource(
    () => unwrap(client.api.GET('/api/v1/projects/{project_id}/sprints', { params: { path: { project_id: projectId }, query: { limit: 20 } } })),
    [projectId],
  );
  const velocity = useResource(
    () => unwrap(client.api.GET('/api/v1/projects/{project_id}/velocity', { params: { path: { project_id: projectId }, query: { last: 5 } } })),
    [projectId, sprints.data],
  );
  if (isMissingRoute(sprints.error)) return <Unavailable what="Sprints are" />;
  return (
    <section aria-label="Sprints">
      <NewSprint projectId={projectId} onCreated={sprints.reload} />
      <Loading when={sprints.loading && !sprints.data} />
      <ErrorMessage error={sprints.error} />
      {sprints.data?.items.length === 0 && <p className="empty">No sprint yet.</p>}
      {sprints.data?.items.map((sprint) => <SprintPanel key={sprint.id} sprint={sprint} projectId={projectId} onChanged={sprints.reload} />)}
      <h4>Velocity</h4>
      <ErrorMessage error={velocity.error} />
      {velocity.data && <VelocityChart velocity={velocity.data} />}
    </section>
  );
}
