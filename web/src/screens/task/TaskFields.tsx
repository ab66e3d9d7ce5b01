import { unwrap } from '@atlas/client';
import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import type { LabelJson, SprintJson, TaskJson, UpdateTask } from '../../models';
import { useConsole } from '../../console-context';
import { useAction } from '../../hooks';
import { ErrorMessage, parsePoints, PointsInput } from '../../ui';
import { LabelChip } from '../labels';

const STATUSES = ['To Do', 'In Progress', 'Done'] as const;

interface Draft {
  title: string;
  description: string;
  status: TaskJson['status'];
  assignee: string;
  points: string;
  progress: string;
  sprint: string;
  due: string;
  labels: string[];
}

const draftOf = (task: TaskJson): Draft => ({
  title: task.title,
  description: task.description ?? '',
  status: task.status,
  assignee: task.assignee_id === null ? '' : String(task.assignee_id),
  points: task.story_points === null ? '' : String(task.story_points),
  progress: String(task.progress_percentage),
  sprint: task.sprint_id ?? '',
  due: task.due_date?.slice(0, 10) ?? '',
  labels: [...task.label_ids].sort(),
});

/** The fields of the draft that differ from the task, as a PATCH body (an emptied field is an explicit null). */
function changes(task: TaskJson, draft: Draft): UpdateTask {
  const body: UpdateTask = {};
  const before = draftOf(task);
  if (draft.title !== before.title) body.title = draft.title;
  if (draft.description !== before.description) body.description = draft.description || null;
  if (draft.status !== before.status) body.status = draft.status;
  if (draft.assignee !== before.assignee) body.assigned_to = draft.assignee ? Number(draft.assignee) : null;
  if (draft.points !== before.points) body.story_points = parsePoints(draft.points);
  if (draft.progress !== before.progress) body.progress_percentage = Number(draft.progress);
  if (draft.sprint !== before.sprint) body.sprint_id = draft.sprint || null;
  if (draft.due !== before.due) body.due_date = draft.due || null;
  if (draft.labels.join() !== before.labels.join()) body.label_ids = draft.labels;
  return body;
}

/** Edits a task; only what changed is sent, and the server's answer replaces the form. */
export function TaskFields({ task, sprints, labels, onSaved }: { task: TaskJson; sprints: SprintJson[]; labels: LabelJson[]; onSaved: (task: TaskJson) => void }) {
  const { members } = useConsole();
  const [draft, setDraft] = useState(() => draftOf(task));
  const [basis, setBasis] = useState(task);
  const action = useAction();
  // The task read again (a change seen live): an untouched form shows it, an edited one keeps the edits.
  if (basis !== task) {
    setBasis(task);
    if (JSON.stringify(draft) === JSON.stringify(draftOf(basis))) setDraft(draftOf(task));
  }
  const set = (field: Exclude<keyof Draft, 'labels'>) => (value: string) => setDraft({ ...draft, [field]: value });
  const toggleLabel = (id: string, on: boolean) =>
    setDraft({ ...draft, labels: on ? [...draft.labels, id].sort() : draft.labels.filter((labelId) => labelId !== id) });
  const body = changes(task, draft);
  const dirty = Object.keys(body).length > 0;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await action.run(() => unwrap(api.PATCH('/api/v1/projects/tasks/{task_id}', { params: { path: { task_id: task.id } }, body })));
    if (!saved) return;
    setDraft(draftOf(saved.task));
    onSaved(saved.task);
  };
  const sprintChoices = sprints.filter((sprint) => sprint.status !== 'completed' || sprint.id === task.sprint_id);
  return (
    <form className="task-fields" onSubmit={save} aria-label="Task fields">
      <label>
        Title <input value={draft.title} onChange={(e) => set('title')(e.target.value)} required maxLength={200} />
      </label>
      <label>
        Status{' '}
        <select value={draft.status} onChange={(e) => set('status')(e.target.value)}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>{status}</option>
          ))}
        </select>
      </label>
      <label>
        Assignee{' '}
        <select value={draft.assignee} onChange={(e) => set('assignee')(e.target.value)}>
          <option value="">nobody</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>{member.username}</option>
          ))}
        </select>
      </label>
      <label>
        Sprint{' '}
        <select value={draft.sprint} onChange={(e) => set('sprint')(e.target.value)}>
          <option value="">backlog</option>
          {sprintChoices.map((sprint) => (
            <option key={sprint.id} value={sprint.id}>{sprint.name} ({sprint.status})</option>
          ))}
        </select>
      </label>
      <label>
        Points <PointsInput label="Points" value={draft.points} onChange={set('points')} />
      </label>
      <label>
        Progress <input type="number" min={0} max={100} value={draft.progress} onChange={(e) => set('progress')(e.target.value)} required />%
      </label>
      <label>
        Due <input type="date" value={draft.due} onChange={(e) => set('due')(e.target.value)} />
      </label>
      {labels.length > 0 && (
        <fieldset className="label-choices">
          <legend>Labels</legend>
          {labels.map((label) => (
            <label key={label.id}>
              <input type="checkbox" checked={draft.labels.includes(label.id)} onChange={(e) => toggleLabel(label.id, e.target.checked)} /> <LabelChip label={label} />
            </label>
          ))}
        </fieldset>
      )}
      <label className="wide">
        Description <textarea value={draft.description} onChange={(e) => set('description')(e.target.value)} maxLength={10000} />
      </label>
      <div className="row">
        <button type="submit" disabled={!dirty || action.pending}>{action.pending ? 'Saving…' : 'Save changes'}</button>
        {dirty && (
          <button type="button" className="secondary" onClick={() => setDraft(draftOf(task))}>
            Discard
          </button>
        )}
      </div>
      <ErrorMessage error={action.error} />
    </form>
  );
}
