import { unwrap } from '@atlas/client';
import { useEffect, useState } from 'react';
import { api } from '../api';
import type { SearchResultJson } from '../models';
import { useConsole } from '../console-context';
import { useResource } from '../hooks';
import { ErrorMessage, Loading } from '../ui';

const DEBOUNCE_MS = 250;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * A snippet as text with its matches marked. The server escapes the text and wraps matches in
 * `<mark>`; reading it back as text (not HTML) keeps anything else from being markup.
 */
function Snippet({ html }: { html: string }) {
  const text = (part: string) => part.replace(/&(amp|lt|gt);/g, (entity) => ENTITIES[entity]);
  return (
    <span className="snippet">
      {html.split(/<mark>(.*?)<\/mark>/s).map((part, i) => (i % 2 === 1 ? <mark key={i}>{text(part)}</mark> : text(part)))}
    </span>
  );
}

/** Full-text search over tasks, issues and comments of the user's projects (or the current one only). */
export function Search({ projectId, onOpenIssues }: { projectId: string | null; onOpenIssues: (projectId: string) => void }) {
  const { openTask } = useConsole();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [here, setHere] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const scope = here && projectId ? { project_id: projectId } : {};
  const results = useResource(
    () => (query ? unwrap(api.GET('/api/v1/search', { params: { query: { q: query, limit: 10, ...scope } } })) : Promise.resolve(undefined)),
    [query, here, projectId],
  );
  const open = (result: SearchResultJson) => {
    if (result.task_id) openTask(result.task_id);
    else onOpenIssues(result.project_id);
    setText('');
  };
  const items = results.data?.items ?? [];
  return (
    <div className="search">
      <input
        type="search"
        aria-label="Search"
        placeholder="Search tasks, issues, comments" value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setText('')}
        maxLength={200}
      />
      {projectId && (
        <label>
          <input type="checkbox" checked={here} onChange={(e) => setHere(e.target.checked)} /> this project
        </label>
      )}
      {text.trim() && (
        <div className="search-panel" role="dialog" aria-label="Search results">
          <Loading when={results.loading || text.trim() !== query}>Searching…</Loading>
          <ErrorMessage error={results.error} />
          {results.data && !results.loading && items.length === 0 && <p className="empty">Nothing matches “{query}”.</p>}
          <ul>
            {items.map((result) => (
              <li key={`${result.type}:${result.id}`} data-testid="search-result">
                <button className="link" onClick={() => open(result)}>
                  <span className="badge">{result.type}</span> {result.title}
                </button>
                <Snippet html={result.snippet} />
              </li>
            ))}
          </ul>
          {results.data && results.data.total > items.length && <p className="empty">The best {items.length} of {results.data.total}.</p>}
        </div>
      )}
    </div>
  );
}
