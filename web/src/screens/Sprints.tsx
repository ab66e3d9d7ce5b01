import { unwrap } from '@atlas/client';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import type { SprintJson } from '../models';
import { useConsole } from '../console-context';
import { useAction, useResource, useSocketEvent } from '../hooks';
import { ErrorMessage, formatDate, Loading } from '../ui';
import { VelocityChart } from './charts';
import { SprintBoard } from './SprintBoard';

const utcDate = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

function NewSprint({ projectId, onCreated }: { projectId: string; onCreated: (sprint: SprintJson) => void }) {
  const [name, setName] = useState('');
  const [goal, setGoal] = useState('');
  const [start, setStart] = useState(utcDate());
  const [end, setEnd] = useState(utcDate(13));
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { name, start_date: start, end_date: end, ...(goal ? { goal } : {}) };
    const created = await action.run(() => unwrap(api.POST('/api/v1/projects/{project_id}/sprints', { params: { path: { project_id: projectId } }, body })));
    if (!created) return;
    setName('');
    setGoal('');
    onCreated(created);
  };
  return (
    <form className="row" onSubmit={submit} aria-label="New sprint">
      <input aria-label="Sprint name" placeholder="Sprint name" value={name} onChange={(e) => setName(e.target.value)} required />
      <input aria-label="Sprint goal" placeholder="Goal" value={goal} onChange={(e) => setGoal(e.target.value)} />
      <input aria-label="Start date" type="date" value={start} onChange={(e) => setStart(e.target.value)} required />
      <input aria-label="End date" type="date" value={end} onChange={(e) => setEnd(e.target.value)} required />
      <button type="submit" disabled={action.pending}>{action.pending ? 'Planning…' : 'Plan sprint'}</button>
      <ErrorMessage error={action.error} />
    </form>
  );
}

/** The sprint shown first: the active one, else the next planned one, else the latest. */
function defaultSprint(sprints: SprintJson[]): SprintJson | undefined {
  return sprints.find((s) => s.status === 'active') ?? [...sprints].reverse().find((s) => s.status === 'planned') ?? sprints[0];
}

/** Sprints of a project: plan them, then the board of one (its tasks, burndown, forecast) and the velocity. */
export function Sprints({ projectId }: { projectId: string }) {
  const { socket } = useConsole();
  const sprints = useResource(
    () => unwrap(api.GET('/api/v1/projects/{project_id}/sprints', { params: { path: { project_id: projectId }, query: { limit: 50 } } })),
    [projectId],
  );
  const velocity = useResource(
    () => unwrap(api.GET('/api/v1/projects/{project_id}/velocity', { params: { path: { project_id: projectId }, query: { last: 5 } } })),
    [projectId, sprints.data],
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const reloadIfOurs = (payload: { project_id: string }) => payload.project_id === projectId && sprints.reload();
  useSocketEvent(socket, 'sprint_updated', reloadIfOurs, sprints.reload);
  useSocketEvent(socket, 'sprint_deleted', reloadIfOurs);

  const items = sprints.data?.items ?? [];
  const selected = items.find((sprint) => sprint.id === selectedId) ?? defaultSprint(items);
  return (
    <section aria-label="Sprints">
      <NewSprint
        projectId={projectId}
        onCreated={(sprint) => {
          setSelectedId(sprint.id);
          sprints.reload();
        }}
      />
      <Loading when={sprints.loading && !sprints.data} />
      <ErrorMessage error={sprints.error} />
      {sprints.data && items.length === 0 && <p className="empty">No sprint yet: plan the first one.</p>}
      {items.length > 0 && (
        <div className="tabs sprint-picker" role="tablist" aria-label="Sprint">
          {items.map((sprint) => (
            <button key={sprint.id} role="tab" aria-selected={sprint.id === selected?.id} className={sprint.id === selected?.id ? 'active' : ''} onClick={() => setSelectedId(sprint.id)}>
              {sprint.name} <span className="badge">{sprint.status}</span> <small>{formatDate(sprint.start_date)}</small>
            </button>
          ))}
        </div>
      )}
      {selected && <SprintBoard key={selected.id} sprint={selected} projectId={projectId} planned={items.filter((s) => s.status === 'planned' && s.id !== selected.id)} onChanged={sprints.reload} />}
      <h4>Velocity</h4>
      <ErrorMessage error={velocity.error} />
      {velocity.data && <VelocityChart velocity={velocity.data} />}
    </section>
  );
}
