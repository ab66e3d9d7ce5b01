import { unwrap } from '@atlas/client';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useConsole } from '../console-context';
import { useAction, useResource, useSocketEvent } from '../hooks';
import { ErrorMessage, Loading, PointsInput, parsePoints } from '../ui';
import { CompletionNotice, TaskActionButton, useTaskActions } from './task-actions';

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

function NewTask({ storyName, onSubmit }: { storyName: string; onSubmit: (title: string, points: number | null) => Promise<unknown> }) {
  const [title, setTitle] = useState('');
  const [points, setPoints] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await onSubmit(title.trim(), parsePoints(points))) === undefined) return;
    setTitle('');
    setPoints('');
  };
  const label = `New task in ${storyName}`;
  return (
    <form className="inline" onSubmit={submit} aria-label={label}>
      <input aria-label={label} placeholder="Task title" value={title} onChange={(e) => setTitle(e.target.value)} required />
      <PointsInput label="Story points" value={points} onChange={setPoints} />
      <button type="submit">Add</button>
    </form>
  );
}

/** Epics → stories → tasks of one project; start and complete tasks, the next task shown after a completion. */
export function Board({ projectId }: { projectId: string }) {
  const { userId, socket, openTask } = useConsole();
  const tree = useResource(() => unwrap(api.GET('/api/v1/projects/{project_id}/epics', { params: { path: { project_id: projectId } } })), [projectId]);
  const action = useAction();
  const tasks = useTaskActions(tree.reload);

  useSocketEvent(socket, 'task_updated', (task) => task.project_id === projectId && tree.reload(), tree.reload);

  const act = async <T,>(call: () => Promise<T>) => {
    const result = await action.run(call);
    tree.reload();
    return result;
  };

  return (
    <section className="board" aria-label="Project board" aria-busy={tree.loading}>
      <Loading when={tree.loading && !tree.data} />
      <ErrorMessage error={tree.error ?? action.error ?? tasks.error} />
      <CompletionNotice completion={tasks.completion} />
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
                    <button className="link" onClick={() => openTask(task.id)}>{task.title}</button>
                    <span className="badge">{task.status}</span>
                    {task.assignee_id === userId && <span className="badge mine">yours</span>}
                    <TaskActionButton task={task} actions={tasks} />
                  </li>
                ))}
              </ul>
              <NewTask
                storyName={story.name}
                onSubmit={(title, points) =>
                  act(() =>
                    unwrap(
                      api.POST('/api/v1/projects/{project_id}/tasks', {
                        params: { path: { project_id: projectId } },
                        body: { title, story_id: story.id, order: story.tasks.length, priority: 0, ...(points === null ? {} : { story_points: points }) },
                      }),
                    ),
                  )
                }
              />
            </div>
          ))}
          <InlineForm
            label={`New story in ${epic.name}`}
            placeholder="Story name"
            onSubmit={(name) => act(() => unwrap(api.POST('/api/v1/epics/{epic_id}/stories', { params: { path: { epic_id: epic.id } }, body: { name, order: epic.stories.length } })))}
          />
        </article>
      ))}
      <InlineForm
        label="New epic"
        placeholder="Epic name"
        onSubmit={(name) => act(() => unwrap(api.POST('/api/v1/projects/{project_id}/epics', { params: { path: { project_id: projectId } }, body: { name, order: tree.data?.length ?? 0 } })))}
      />
    </section>
  );
}
