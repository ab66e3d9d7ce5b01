import { unwrap, type AtlasSocket, type components } from '@atlas/client';
import { useEffect, useState, type FormEvent } from 'react';
import { client } from '../api';
import { useAction, useResource } from '../hooks';
import { ErrorMessage, Loading } from '../ui';

type TreeTask = components['schemas']['TreeTaskDto'];
type NextTask = components['schemas']['NextTaskDto'];

function InlineForm({ label, placeholder, onSubmit }: { label: string; placeholder: string; onSubmit: (name: string) => Promise<unknown> }) {
  const [value, setValue] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await onSubmit(value.trim())) !== undefined) setValue('');
  };
  return (
    <form className="inline" onSubmit={submit} aria-label={label}>
      <input aria-label={label} placeholder={placeholder} value={value} onChange={(e) => setValue(e.target.value)} required />
      <button type="submit">Add</button>
    </form>
  );
}

/** Epics → stories → tasks of one project; start and complete tasks, the next task shown after a completion. */
export function Board({ projectId, userId, socket, onOpenTask }: { projectId: string; userId: number; socket: AtlasSocket | null; onOpenTask: (id: string) => void }) {
  const tree = useResource(
    () => unwrap(client.api.GET('/api/v1/projects/{project_id}/epics', { params: { path: { project_id: projectId } } })),
    [projectId],
  );
  const action = useAction();
  const [next, setNext] = useState<{ completed: string; next: NextTask | null } | null>(null);

  useEffect(() => {
    setNext(null);
    if (!socket) return;
    const subscribe = () => socket.emit('subscribe_project', { project_id: projectId }, () => undefined);
    subscribe();
    const onTask = (task: components['schemas']['TaskDto']) => task.project_id === projectId && tree.reload();
    socket.on('connect', subscribe);
    socket.on('task_updated', onTask);
    return () => {
      socket.off('connect', subscribe);
      socket.off('task_updated', onTask);
    };
  }, [socket, projectId, tree.reload]);

  const act = async <T,>(call: () => Promise<T>) => {
    const result = await action.run(call);
    tree.reload();
    return result;
  };
  const start = (task: TreeTask) => act(() => unwrap(client.api.POST('/api/v1/projects/tasks/{task_id}/start', { params: { path: { task_id: task.id } } })));
  const complete = async (task: TreeTask) => {
    const done = await act(() => unwrap(client.api.POST('/api/v1/projects/tasks/{task_id}/complete', { params: { path: { task_id: task.id } } })));
    if (done) setNext({ completed: done.task.title, next: done.task.next_task ?? null });
  };

  return (
    <section className="board" aria-label="Project board">
      <Loading when={tree.loading && !tree.data} />
      <ErrorMessage error={tree.error ?? action.error} />
      {next && (
        <div className="notice" data-testid="next-task" role="status">
          Completed “{next.completed}”.{' '}
          {next.next ? (
            <>
              Next for you: <button className="link" onClick={() => onOpenTask(next.next!.id)}>{next.next.title}</button>
            </>
          ) : (
            'No unassigned task is left to claim.'
          )}
        </div>
      )}
      {tree.data?.length === 0 && <p className="empty">No epics yet: add the first one.</p>}
      {tree.data?.map((epic) => (
        <article key={epic.id} className="epic" data-testid="epic">
          <h3>{epic.name}</h3>
          {epic.stories.map((story) => (
            <div key={story.id} className="story" data-testid="story">
              <h4>{story.name}</h4>
              <ul className="tasks">
                {story.tasks.map((task) => (
                  <li key={task.id} className={`task status-${task.status.replace(' ', '-').toLowerCase()}`} data-testid="task">
                    <button className="link" onClick={() => onOpenTask(task.id)}>{task.title}</button>
                    <span className="badge">{task.status}</span>
                    {task.assignee_id === userId && <span className="badge mine">yours</span>}
                    {task.status === 'To Do' && <button onClick={() => start(task)} disabled={action.pending}>Start</button>}
                    {task.status === 'In Progress' && <button onClick={() => complete(task)} disabled={action.pending}>Complete</button>}
                  </li>
                ))}
              </ul>
              <InlineForm
                label={`New task in ${story.name}`}
                placeholder="Task title"
                onSubmit={(title) =>
                  act(() => unwrap(client.api.POST('/api/v1/projects/{project_id}/tasks', { params: { path: { project_id: projectId } }, body: { title, story_id: story.id, order: story.tasks.length, priority: 0 } })))
                }
              />
            </div>
          ))}
          <InlineForm
            label={`New story in ${epic.name}`}
            placeholder="Story name"
            onSubmit={(name) => act(() => unwrap(client.api.POST('/api/v1/epics/{epic_id}/stories', { params: { path: { epic_id: epic.id } }, body: { name, order: epic.stories.length } })))}
          />
        </article>
      ))}
      <InlineForm
        label="New epic"
        placeholder="Epic name"
        onSubmit={(name) => act(() => unwrap(client.api.POST('/api/v1/projects/{project_id}/epics', { params: { path: { project_id: projectId } }, body: { name, order: tree.data?.length ?? 0 } })))}
      />
    </section>
  );
}
