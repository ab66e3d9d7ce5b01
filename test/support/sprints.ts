import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

export interface SprintFixture {
  name?: string;
  startDate?: string;
  endDate?: string;
  status?: 'planned' | 'active' | 'completed';
  committedPoints?: number | null;
  completedPoints?: number | null;
  completedAt?: Date | null;
}

/**
 * Inserts a sprint of `projectId` straight into the database (planned, two weeks from 2026-01-05,
 * unless told otherwise) and returns its id. Lifecycle rules are exercised through the API; this is
 * for the worlds they run in.
 */
export async function createSprint(t: TestApp, projectId: string, fixture: SprintFixture = {}): Promise<string> {
  const status = fixture.status ?? 'planned';
  const [{ id }] = await t.app.get(DataSource).query<{ id: string }[]>(
    `INSERT INTO sprints (project_id, name, status, start_date, end_date, started_at, completed_at, committed_points, completed_points)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      projectId,
      fixture.name ?? 'Sprint',
      status,
      fixture.startDate ?? '2026-01-05',
      fixture.endDate ?? '2026-01-16',
      status === 'planned' ? null : new Date(),
      status === 'completed' ? (fixture.completedAt ?? new Date()) : null,
      fixture.committedPoints ?? (status === 'planned' ? null : 0),
      fixture.completedPoints ?? (status === 'completed' ? 0 : null),
    ],
  );
  return id;
}
