import { unwrap, type components } from '@atlas/client';
import { useState } from 'react';
import { api } from '../api';
import { useConsole } from '../console-context';
import { useAction } from '../hooks';

type NextTask = components['schemas']['NextTaskDto'];
interface Completion {
  completed: string;
  next: NextTask | null;
}

/**
 * Start and complete of tasks, as every list of tasks offers them: which task is busy, the error of the
 * last action, and what the last completion handed out next.
 */
export function useTaskActions(afterEach: () => void) {
  const action = useAction();
  const [busy, setBusy] = useState<string | null>(null);
  const [completion, setCompletion] = useState<Completion | null>(null);
  const run = async <T,>(taskId: string, call: () => Promise<T>) => {
    setBusy(taskId);
    try {
      return await action.run(call);
    } finally {
      setBusy(null);
      afterEach();
    }
  };
  const path = (taskId: string) => ({ params: { path: { task_id: taskId } } });
  return {
    error: action.error,
    pending: action.pending,
    busy,
    completion,
    start: (taskId: string) => run(taskId, () => unwrap(api.POST('/api/v1/projects/tasks/{task_id}/start', path(taskId)))),
    complete: async (taskId: string) => {
      const done = await run(taskId, () => unwrap(api.POST('/api/v1/projects/tasks/{task_id}/complete', path(taskId))));
      if (done) setCompletion({ completed: done.task.title, next: done.task.next_task ?? null });
    },
  };
}

/** What a completion did: the task done and the next one assigned to the user, if any. */
export function CompletionNotice({ completion }: { completion: Completion | null }) {
  const { openTask } = useConsole();
  if (!completion) return null;
  const { next } = completion;
  return (
    <div className="notice" data-testid="next-task" role="status">
      Completed “{completion.completed}”.{' '}
      {next ? (
        <>
          Next for you: <button className="link" onClick={() => openTask(next.id)}>{next.title}</button>
        </>
      ) : (
        'No unassigned task is left to claim.'
      )}
    </div>
  );
}

/** Start or Complete, whichever the task's status allows. */
export function TaskActionButton({ task, actions }: { task: { id: string; status: string }; actions: ReturnType<typeof useTaskActions> }) {
  const busy = actions.busy === task.id;
  if (task.status === 'To Do') {
    return <button onClick={() => actions.start(task.id)} disabled={actions.pending}>{busy ? 'Starting…' : 'Start'}</button>;
  }
  if (task.status === 'In Progress') {
    return <button onClick={() => actions.complete(task.id)} disabled={actions.pending}>{busy ? 'Completing…' : 'Complete'}</button>;
  }
  return null;
}
