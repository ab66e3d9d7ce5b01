/**
 * Routes of the wire contract (sprints, comments, activity) that openapi.json does not describe yet, typed
 * by hand in the shape openapi-typescript generates. When the generated schema gains a path, its entry here
 * is dropped (a generated path always wins: see `ApiPaths`).
 */
import type { components } from './schema.js';

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type NoContent = { headers: { [name: string]: unknown }; content?: never };
type ProblemAnswer = Json<components['schemas']['ProblemDetails']>;
type Params<P, Q = never> = { query?: Q; header?: never; path: P; cookie?: never };
type Operation<P, Q, B, R, S extends number = 200> = ([B] extends [never]
  ? { requestBody?: never }
  : { requestBody: { content: { 'application/json': B } } }) & {
  parameters: Params<P, Q>;
  responses: { [status in S]: R extends void ? NoContent : Json<R> } & {
    401: ProblemAnswer;
    403: ProblemAnswer;
    404: ProblemAnswer;
    409: ProblemAnswer;
    422: ProblemAnswer;
  };
};
type PathItem<Ops> = { parameters: Params<never> } & {
  [M in 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace']: M extends keyof Ops ? Ops[M] : never;
};
type PageQuery = { limit?: number; skip?: number; cursor?: string };
export type PageOf<T> = { items: T[]; total: number; skip: number; limit: number; next_cursor: string | null };

export type SprintStatus = 'planned' | 'active' | 'completed';
export interface Sprint {
  id: string;
  project_id: string;
  name: string;
  goal: string | null;
  status: SprintStatus;
  start_date: string;
  end_date: string;
  started_at: string | null;
  completed_at: string | null;
  committed_points: number | null;
  completed_points: number | null;
  created_at: string;
  updated_at: string;
}
export interface BurndownDay {
  date: string;
  scope_points: number;
  completed_points: number;
  remaining_points: number;
  ideal_remaining_points: number;
}
export interface Burndown {
  sprint_id: string;
  days: BurndownDay[];
}
export interface Velocity {
  sprints: { id: string; name: string; committed_points: number; completed_points: number }[];
  average_completed_points: number | null;
}
export interface Comment {
  id: number;
  task_id: string | null;
  issue_id: number | null;
  author_id: number;
  author_username: string;
  body: string;
  mentions: number[];
  edited: boolean;
  created_at: string;
  updated_at: string;
}
export interface ActivityEntry {
  id: number;
  actor_id: number | null;
  actor_username: string | null;
  action: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
  created_at: string;
}

type ProjectId = { project_id: string };
type SprintId = { sprint_id: string };
type TaskId = { task_id: string };

export interface PendingPaths {
  '/api/v1/projects/{project_id}/sprints': PathItem<{
    get: Operation<ProjectId, PageQuery & { status?: SprintStatus }, never, PageOf<Sprint>>;
    post: Operation<ProjectId, never, { name: string; goal?: string; start_date: string; end_date: string }, Sprint, 201>;
  }>;
  '/api/v1/sprints/{sprint_id}/tasks': PathItem<{
    post: Operation<SprintId, never, { task_ids: string[] }, { sprint: Sprint; task_ids: string[] }>;
  }>;
  '/api/v1/sprints/{sprint_id}/start': PathItem<{ post: Operation<SprintId, never, never, Sprint> }>;
  '/api/v1/sprints/{sprint_id}/complete': PathItem<{
    post: Operation<SprintId, never, { carry_over_to?: string }, { sprint: Sprint; carried_over: string[] }>;
  }>;
  '/api/v1/sprints/{sprint_id}/burndown': PathItem<{ get: Operation<SprintId, never, never, Burndown> }>;
  '/api/v1/projects/{project_id}/velocity': PathItem<{ get: Operation<ProjectId, { last?: number }, never, Velocity> }>;
  '/api/v1/projects/tasks/{task_id}/comments': PathItem<{
    get: Operation<TaskId, PageQuery, never, PageOf<Comment>>;
    post: Operation<TaskId, never, { body: string }, Comment, 201>;
  }>;
  '/api/v1/projects/tasks/{task_id}/activity': PathItem<{ get: Operation<TaskId, PageQuery, never, PageOf<ActivityEntry>> }>;
}
