import { unwrap } from '@atlas/client';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import type { LabelJson } from '../models';
import { useAction, useResource } from '../hooks';
import { ErrorMessage } from '../ui';

/** The labels of a project (at most 100, the page size). */
export function useProjectLabels(projectId: string | undefined) {
  return useResource(
    () => (projectId ? unwrap(api.GET('/api/v1/projects/{project_id}/labels', { params: { path: { project_id: projectId }, query: { limit: 100 } } })) : Promise.resolve(undefined)),
    [projectId],
  );
}

/** Black or white, whichever reads better on the label's colour. */
function textOn(color: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return r * 0.299 + g * 0.587 + b * 0.114 > 150 ? '#1d2430' : '#fff';
}

export function LabelChip({ label }: { label: LabelJson }) {
  return (
    <span className="label" style={{ background: label.color, color: textOn(label.color) }} data-testid="label">
      {label.name}
    </span>
  );
}

export function LabelChips({ ids, labels }: { ids: string[]; labels: LabelJson[] }) {
  const shown = labels.filter((label) => ids.includes(label.id));
  return shown.length === 0 ? null : (
    <span className="labels">
      {shown.map((label) => (
        <LabelChip key={label.id} label={label} />
      ))}
    </span>
  );
}

/** Creates a label in the project (names are unique there whatever the case: the server says so). */
export function NewLabel({ projectId, onCreated }: { projectId: string; onCreated: () => void }) {
  const [name, setName] = useState('');
  const [color, setColor] = useState('#4dabf7');
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await action.run(() => unwrap(api.POST('/api/v1/projects/{project_id}/labels', { params: { path: { project_id: projectId } }, body: { name: name.trim(), color } })));
    if (!created) return;
    setName('');
    onCreated();
  };
  return (
    <form className="inline" onSubmit={submit} aria-label="New label">
      <input aria-label="Label name" placeholder="New label" value={name} onChange={(e) => setName(e.target.value)} required maxLength={50} />
      <input aria-label="Label colour" type="color" value={color} onChange={(e) => setColor(e.target.value)} />
      <button type="submit" className="secondary" disabled={action.pending}>{action.pending ? 'Adding…' : 'Add label'}</button>
      <ErrorMessage error={action.error} />
    </form>
  );
}
