import { ApiProblem } from '@atlas/client';
import type { ReactNode } from 'react';

/** A failed call as the user should read it: the problem's title and detail, and each field error. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : undefined;
  const title = problem?.title ?? 'Something went wrong';
  const detail = problem ? problem.detail : error instanceof Error ? `${error.message} (is the server reachable?)` : undefined;
  return (
    <div className="error" role="alert" data-testid="error">
      <strong>{title}</strong>
      {detail && detail !== title && <span> — {detail}</span>}
      {problem && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((fieldError) => (
            <li key={`${fieldError.field}:${fieldError.message}`}>
              {fieldError.field}: {fieldError.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading({ when, children }: { when: boolean; children?: ReactNode }) {
  return when ? <div className="loading" aria-busy="true">{children ?? 'Loading…'}</div> : null;
}

export function Unavailable({ what }: { what: string }) {
  return (
    <div className="unavailable" data-testid="unavailable">
      {what} not available on this server yet.
    </div>
  );
}
