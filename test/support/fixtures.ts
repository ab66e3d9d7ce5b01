import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';
import { createUser, type TestUser } from './users';

/**
 * Test fixtures written straight to the database, one statement each: the state a test starts from,
 * without going through the write paths under test (no risk scoring, no outbox rows, no notifications).
 * Accounts, organizations and projects come from ./users and are re-exported here, so a test takes
 * every fixture from one place. Whatever a test asserts about a write goes through HTTP instead.
 */
export { createProject, createUser, type TestUser } from './users';

const db = (t: TestApp) => t.app.get(DataSource);

// Members -------------------------------------------------------------------------------------------

export type OrganizationRole = 'owner' | 'manager' | 'product_owner' | 'developer' | 'designer' | 'qa';

/** A new account that is a member of `organization` (an organization id, or the organization of that user) with `role`. */
export function addMember(t: TestApp, organization: string | TestUser, role: OrganizationRole = 'developer'): Promise<TestUser> {
  const organizationId = typeof organization === 'string' ? organization : organization.organizationId;
  return createUser(t, { organizationId, role });
}

/** Makes an existing account a member of another organization as well (e.g. one they were not invited to). */
export async function joinOrganization(t: TestApp, user: TestUser, organizationId: string, role: OrganizationRole = 'developer'): Promise<void> {
  await db(t).query(`INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, $3)`, [
    organizationId,
    user.id,
    role,
  ]);
}

// The plan: epics, stories, tasks --------------------------------------------------------------------

export interface PlanItemSeed {
  name?: string;
  order?: number;
}

export async function createEpic(t: TestApp, projectId: string, seed: PlanItemSeed = {}): Promise<string> {
  const [{ id }] = await db(t).query<{ id: string }[]>(
    `INSERT INTO epics (project_id, name, "order") VALUES ($1, $2, $3) RETURNING id`,
    [projectId, seed.name ?? 'Epic', seed.order ?? 0],
  );
  return id;
}

/** A story of `epicId`, in the epic's project. */
export async function createStory(t: TestApp, epicId: string, seed: PlanItemSeed = {}): Promise<string> {
  const rows = await db(t).query<{ id: string }[]>(
    `INSERT INTO stories (project_id, epic_id, name, "order") SELECT e.project_id, e.id, $2, $3 FROM epics e WHERE e.id = $1
     RETURNING id`,
    [epicId, seed.name ?? 'Story', seed.order ?? 0],
  );
  if (rows.length === 0) throw new Error(`createStory: there is no epic ${epicId}`);
  return rows[0].id;
}

export interface TaskSeed {
  title?: string;
  storyId?: string | null;
  order?: number;
  status?: 'To Do' | 'In Progress' | 'Done';
  assigneeId?: number | null;
  dueDate?: Date | null;
  progressPercentage?: number;
  estimateHours?: number | null;
}

/**
 * Inserts tasks of one project in one statement and returns their ids in the order given. They share
 * one `created_at` (one transaction); `order` is what sets them apart on the board and in the claim.
 * Unset fields take the defaults of a new task.
 */
export async function createTasks(t: TestApp, projectId: string, seeds: TaskSeed[]): Promise<string[]> {
  const ids = seeds.map(() => randomUUID());
  await db(t).query(
    `INSERT INTO tasks (id, project_id, story_id, title, "order", status, assignee_id, due_date, progress_percentage, estimate_hours)
     SELECT s.id, $1, s.story_id, s.title, s.ord, s.status, s.assignee_id, s.due_date, s.progress, s.estimate
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::task_status[], $7::int[], $8::timestamptz[], $9::int[], $10::numeric[])
            AS s(id, story_id, title, ord, status, assignee_id, due_date, progress, estimate)`,
    [
      projectId,
      ids,
      seeds.map((s) => s.storyId ?? null),
      seeds.map((s, i) => s.title ?? `Task ${i + 1}`),
      seeds.map((s) => s.order ?? 0),
      seeds.map((s) => s.status ?? 'To Do'),
      seeds.map((s) => s.assigneeId ?? null),
      seeds.map((s) => s.dueDate ?? null),
      seeds.map((s) => s.progressPercentage ?? 0),
      seeds.map((s) => s.estimateHours ?? null),
    ],
  );
  return ids;
}

export async function createTask(t: TestApp, projectId: string, seed: TaskSeed = {}): Promise<string> {
  const [id] = await createTasks(t, projectId, [seed]);
  return id;
}

// Sprints: their fixtures (createSprint and the like) go here, beside the plan they schedule. -------
