import { unwrap, type components } from '@atlas/client';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import type { Resource } from '../hooks';
import { useAction } from '../hooks';
import { ErrorMessage, Loading } from '../ui';

type ProjectPage = components['schemas']['PageMetaDto'] & { items: components['schemas']['ProjectDto'][] };

/** The projects of the current organization and a form that creates one there. */
export function Projects({ projects, selected, onSelect }: { projects: Resource<ProjectPage | undefined>; selected: string | null; onSelect: (id: string) => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await action.run(() => unwrap(api.POST('/api/v1/projects', { body: { name, ...(description ? { description } : {}) } })));
    if (!created) return;
    setName('');
    setDescription('');
    projects.reload();
    onSelect(created.id);
  };
  return (
    <nav className="projects" aria-label="Projects">
      <h4>Projects</h4>
      <Loading when={projects.loading && !projects.data} />
      <ErrorMessage error={projects.error} />
      <ul>
        {projects.data?.items.map((project) => (
          <li key={project.id}>
            <button className={project.id === selected ? 'link active' : 'link'} onClick={() => onSelect(project.id)} data-testid="project">
              {project.name}
            </button>
          </li>
        ))}
      </ul>
      {projects.data?.items.length === 0 && <p className="empty">No project in this organization.</p>}
      <form className="stack" onSubmit={submit} aria-label="New project">
        <input aria-label="Project name" placeholder="New project name" value={name} onChange={(e) => setName(e.target.value)} required />
        <input aria-label="Project description" placeholder="Description (optional)" value={description} onChange={(e) => setDescription(e.target.value)} />
        <button type="submit" disabled={action.pending}>{action.pending ? 'Creating…' : 'Create project'}</button>
      </form>
      <ErrorMessage error={action.error} />
    </nav>
  );
}
