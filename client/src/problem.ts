import type { components } from './schema.js';

export type Problem = components['schemas']['ProblemDetails'];

/** An API answer that is not a success: the RFC 9457 problem the server sent, or one made up for a bad answer. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly code?: string;
  readonly errors: { field: string; message: string }[];

  constructor(readonly problem: Partial<Problem> & { status: number }) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${problem.status}`);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.title = problem.title ?? `Request failed (${problem.status})`;
    this.detail = problem.detail ?? undefined;
    this.code = problem.code;
    this.errors = problem.errors ?? [];
  }

  static from(error: unknown, response: Response): ApiProblem {
    if (error && typeof error === 'object' && 'title' in error) {
      return new ApiProblem({ ...(error as Partial<Problem>), status: response.status });
    }
    return new ApiProblem({ status: response.status, title: response.statusText || 'Request failed' });
  }
}

/** The data of an openapi-fetch answer, or its problem thrown as an `ApiProblem`. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiProblem.from(error, response);
  return data as T;
}
