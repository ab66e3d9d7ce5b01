/**
 * Routes and fields of the wire contract (openapi.json) that the client's generated types do not carry yet,
 * typed by hand in the shape openapi-typescript generates from openapi.json. `ConsolePaths` lets these
 * entries take the place of the client's for the same path; each entry is deleted once the client's
 * generated schema describes it the same way.
 */
import type { ApiPaths, components } from '@atlas/client';

type Problem = components['schemas']['ProblemDetails'];
type Headers = { [name: string]: unknown };
type Json<T> = { headers: Headers; content: { 'application/json': T } };
type NoContent = { headers: Headers; content?: never };
type Failure = { headers: Headers; content: { 'application/problem+json': Problem } };
type Answer<Status extends number, T> = { [S in Status]: [T] extends [void] ? NoContent : Json<T> } & { default: Failure };
type Body<T> = { requestBody: { content: { 'application/json': T } } };
type NoBody = { requestBody?: never };

/** One operation: path parameters, optional query, body (`void`: none), success status and answer. */
type Op<Path, Query, Request, Status extends number, Response> = {
  parameters: { path: Path; query?: Query; header?: never; cookie?: never };
  responses: Answer<Status, Response>;
} & ([Request] extends [void] ? NoBody : Body<Request>);

type Page<T> = components['schemas']['PageMetaDto'] & { items: T[] };
type PageQuery = { cursor?: string; limit?: number; skip?: number };
type TaskId = { task_id: string };
type SprintId = { sprint_id: string };
type ProjectId = { project_id: string };

/** Task JSON with the sprint and label fields of the contract's second round. */
export type TaskJson = components['schemas']['TaskDto'] & {
  sprint_id: string | null;
  story_points: number | null;
  label_ids: string[];
};
type SprintFields = { sprint_id?: string | null; story_points?: number | null; label_ids?: string[] };
type CreateTask = components['schemas']['CreateTaskDto'] & SprintFields;
export type UpdateTask = components['schemas']['UpdateTaskDto'] & SprintFields;
type TaskQuery = PageQuery & {
  assignee_id?: number;
  label_id?: string;
  risk_level?: 'low' | 'medium' | 'high';
  /** A sprint id, or `none` for the backlog. */
  sprint_id?: string;
  status?: 'To Do' | 'In Progress' | 'Done';
};

export type SprintJson = {
  committed_points: number | null;
  completed_at: string | null;
  completed_points: number | null;
  created_at: string;
  end_date: string;
  goal: string | null;
  id: string;
  name: string;
  project_id: string;
  start_date: string;
  started_at: string | null;
  status: 'planned' | 'active' | 'completed';
  updated_at: string;
};
export type ForecastJson = {
  daily_rate: number;
  days_left: number;
  on_track: boolean;
  projected_end_date: string | null;
  remaining_points: number;
};
export type SprintPlanJson = { capacity_points: number; selected: { id: string; story_points: number; title: string }[]; total_points: number };
export type LabelJson = { color: string; created_at: string; id: string; name: string; project_id: string; updated_at: string };
export type WatcherJson = { user_id: number; username: string };
export type SearchResultJson = {
  id: string | number;
  issue_id: number | null;
  project_id: string;
  rank: number;
  snippet: string;
  task_id: string | null;
  title: string;
  type: 'task' | 'issue' | 'comment';
};
type CommentJson = {
  author_id: number;
  author_username: string;
  body: string;
  created_at: string;
  edited: boolean;
  id: number;
  issue_id: number | null;
  mentions: number[];
  task_id: string | null;
  updated_at: string;
};

export interface ContractPaths {
  '/api/v1/projects/{project_id}/tasks': {
    get: Op<ProjectId, TaskQuery, void, 200, Page<TaskJson>>;
    post: Op<ProjectId, never, CreateTask, 201, TaskJson>;
  };
  '/api/v1/projects/tasks/{task_id}': {
    get: Op<TaskId, never, void, 200, TaskJson>;
    patch: Op<TaskId, never, UpdateTask, 200, { message: string; task: TaskJson }>;
    delete: Op<TaskId, never, void, 204, void>;
  };
  '/api/v1/sprints/{sprint_id}': {
    get: Op<SprintId, never, void, 200, SprintJson>;
    patch: Op<SprintId, never, { name?: string; goal?: string | null; start_date?: string; end_date?: string }, 200, SprintJson>;
    delete: Op<SprintId, never, void, 204, void>;
  };
  '/api/v1/sprints/{sprint_id}/tasks/{task_id}': {
    delete: Op<SprintId & TaskId, never, void, 204, void>;
  };
  '/api/v1/sprints/{sprint_id}/forecast': {
    get: Op<SprintId, never, void, 200, ForecastJson>;
  };
  '/api/v1/sprints/{sprint_id}/plan': {
    post: Op<SprintId, never, { apply: boolean; capacity_points?: number }, 200, SprintPlanJson>;
  };
  '/api/v1/comments/{comment_id}': {
    patch: Op<{ comment_id: number }, never, { body: string }, 200, CommentJson>;
    delete: Op<{ comment_id: number }, never, void, 204, void>;
  };
  '/api/v1/projects/tasks/{task_id}/watch': {
    post: Op<TaskId, never, void, 204, void>;
    delete: Op<TaskId, never, void, 204, void>;
  };
  '/api/v1/projects/tasks/{task_id}/watchers': {
    get: Op<TaskId, PageQuery, void, 200, Page<WatcherJson>>;
  };
  '/api/v1/projects/{project_id}/labels': {
    get: Op<ProjectId, PageQuery, void, 200, Page<LabelJson>>;
    post: Op<ProjectId, never, { name: string; color: string }, 201, LabelJson>;
  };
  '/api/v1/search': {
    get: {
      parameters: { query: PageQuery & { q: string; types?: string; project_id?: string }; header?: never; path?: never; cookie?: never };
      responses: Answer<200, Page<SearchResultJson>>;
    } & NoBody;
  };
}

/** The routes the console calls: the client's, with the entries above in place of theirs. */
export type ConsolePaths = Omit<ApiPaths, keyof ContractPaths> & ContractPaths;

/** The JSON a route answers with on success (200 or 201). */
export type JsonOf<P extends keyof ConsolePaths, M extends keyof ConsolePaths[P]> = ConsolePaths[P][M] extends {
  responses: { [S in 200 | 201]?: { content: { 'application/json': infer T } } };
}
  ? T
  : never;
