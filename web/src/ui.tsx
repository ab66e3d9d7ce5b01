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

/** Story points: empty for none, else a whole number 0..100 (the contract's range). */
export function PointsInput({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <input className="points" aria-label={label} placeholder="pts" type="number" min={0} max={100} step={1} value={value} onChange={(e) => onChange(e.target.value)} />
  );
}

export function parsePoints(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

/** A calendar date (`YYYY-MM-DD`, UTC) or an ISO time, as the user's locale writes it. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return date.toLocaleDateString(undefined, { timeZone: 'UTC' });
}

export function formatTime(value: string): string {
  return new Date(value).toLocaleString();
}
