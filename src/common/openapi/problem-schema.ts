import type { OpenAPIObject } from '@nestjs/swagger';
import { ErrorCode } from '../errors/error-code';
import { ERROR_STATUS } from '../errors/error-status';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_REPLAY_HEADER } from '../idempotency/idempotency-key';
import { ORGANIZATION_HEADER } from '../organization-context/organization-context';
import { declaredProblems, emptyProblems, forgetDeclaredProblems, problemResponse, StatusProblems } from './api-problems';
import { WITHOUT_DATABASE_EXTENSION } from './without-database';

const PROBLEM_SCHEMA = {
  type: 'object',
  description:
    'RFC 9457 problem details; every error response has this shape. Some codes add members of their own ' +
    '(named in the schema of the operation that answers them).',
  required: ['type', 'title', 'status', 'instance', 'code', 'request_id'],
  properties: {
    type: { type: 'string', description: 'A stable URI reference for the code', example: '/problems/task-not-found' },
    title: { type: 'string', example: 'Task not found' },
    status: { type: 'integer', minimum: 400, maximum: 599, example: 404 },
    detail: { type: 'string', example: 'Task 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60 was not found' },
    instance: {
      type: 'string',
      description: 'The request path (empty when the request could not be parsed)',
      example: '/api/v1/projects/tasks/6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60/complete',
    },
    code: { type: 'string', enum: Object.values(ErrorCode) },
    request_id: { type: 'string', description: 'Also in the X-Request-Id header and the server log', example: '9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c' },
    errors: {
      type: 'array',
      description: 'Present on validation failures (422): one entry per failing field',
      items: {
        type: 'object',
        required: ['field', 'message'],
        additionalProperties: false,
        properties: {
          field: { type: 'string', example: 'progress_percentage' },
          message: { type: 'string', example: 'progress_percentage must not be greater than 100' },
        },
      },
    },
  },
};

type Schema = Record<string, unknown>;
type Parameter = { in: string; name?: string };
type Response = Schema & { $ref?: string; content?: unknown; headers?: Record<string, unknown> };
type Operation = {
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, Response>;
  [extension: `x-${string}`]: unknown;
};

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/** What the body parser and the input boundary answer for a body they cannot read. */
const UNREADABLE_BODY = [
  ErrorCode.MALFORMED_JSON,
  ErrorCode.INVALID_UTF8,
  ErrorCode.JSON_TOO_DEEP,
  ErrorCode.CONTENT_ENCODING_MISMATCH,
  ErrorCode.BAD_REQUEST,
];

/**
 * Responses several operations share (components.responses); an operation whose codes for a status
 * are exactly these refers to them.
 */
const SHARED: Record<string, { status: number; codes: ErrorCode[]; description?: string }> = {
  Unauthorized: { status: 401, codes: [ErrorCode.UNAUTHORIZED] },
  UnreadableBody: { status: 400, codes: UNREADABLE_BODY },
  PayloadTooLarge: { status: 413, codes: [ErrorCode.PAYLOAD_TOO_LARGE] },
  UnsupportedMediaType: { status: 415, codes: [ErrorCode.UNSUPPORTED_MEDIA_TYPE] },
  RateLimited: { status: 429, codes: [ErrorCode.RATE_LIMITED] },
  DatabaseUnavailable: { status: 503, codes: [ErrorCode.SERVICE_UNAVAILABLE] },
  UnexpectedError: { status: 500, codes: [ErrorCode.INTERNAL_ERROR] },
};

/** What is said of a platform code wherever it is listed. */
const PLATFORM_NOTES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.UNAUTHORIZED]: 'Missing, invalid, expired or revoked access token',
  [ErrorCode.RATE_LIMITED]: 'Too many requests of this user running or queued, or too many writes a minute (HTTP_WRITES_PER_MINUTE)',
  [ErrorCode.SERVICE_UNAVAILABLE]: 'The database is unreachable or timed out',
  [ErrorCode.IDEMPOTENCY_IN_PROGRESS]: 'A request with the same Idempotency-Key is still running (Retry-After: 1)',
  [ErrorCode.IDEMPOTENCY_KEY_REUSED]: 'The Idempotency-Key was used with another method, route or body',
  [ErrorCode.INVALID_CURSOR]: 'The cursor is not one this list issued',
  [ErrorCode.REFERENCED_ROW_NOT_FOUND]: 'A record the body names was deleted meanwhile',
  [ErrorCode.ORGANIZATION_NOT_FOUND]: 'X-Organization-Id names an organization the caller is not a member of',
  [ErrorCode.NO_ORGANIZATION]: 'The caller belongs to no organization',
};

/**
 * Answered before any operation is matched, so no operation lists them (see the document description):
 * the HTTP parser's 431 and 400, and 404/405 for a path or method that is not an operation.
 */
const BEFORE_ROUTING: Record<string, { status: number; codes: ErrorCode[]; description: string }> = {
  HeadersTooLarge: { status: 431, codes: [ErrorCode.HEADERS_TOO_LARGE], description: 'The request line and headers exceed HTTP_MAX_HEADER_BYTES (HEADERS_TOO_LARGE)' },
  RouteNotFound: { status: 404, codes: [ErrorCode.ROUTE_NOT_FOUND], description: 'No operation has this path (ROUTE_NOT_FOUND)' },
};

const REPLAY_HEADER = {
  [IDEMPOTENCY_REPLAY_HEADER]: {
    description: `\`true\` when this is the stored answer to an earlier request with the same \`${IDEMPOTENCY_KEY_HEADER}\``,
    schema: { type: 'string', enum: ['true'] },
  },
};

function hasParameter(operation: Operation, where: string, name: string): boolean {
  return (operation.parameters ?? []).some((p) => p.in === where && p.name?.toLowerCase() === name.toLowerCase());
}

/** The codes every operation of its kind answers, by status, besides those it declares. */
function platformProblems(method: string, operation: Operation): Map<number, ErrorCode[]> {
  const add = new Map<number, ErrorCode[]>();
  const push = (...codes: ErrorCode[]) => {
    for (const code of codes) add.set(ERROR_STATUS[code], [...(add.get(ERROR_STATUS[code]) ?? []), code]);
  };
  const secured = (operation.security?.length ?? 0) > 0;
  const idempotent = hasParameter(operation, 'header', IDEMPOTENCY_KEY_HEADER);
  if (secured) push(ErrorCode.UNAUTHORIZED);
  if (operation.requestBody) push(...UNREADABLE_BODY, ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
  // Any URL can carry text that is not valid percent-encoded UTF-8 (rejected before routing completes).
  push(ErrorCode.VALIDATION_FAILED);
  if (hasParameter(operation, 'query', 'cursor')) push(ErrorCode.INVALID_CURSOR);
  if (operation.requestBody) push(ErrorCode.REFERENCED_ROW_NOT_FOUND);
  if (idempotent) push(ErrorCode.IDEMPOTENCY_KEY_REUSED, ErrorCode.IDEMPOTENCY_IN_PROGRESS);
  if (hasParameter(operation, 'header', ORGANIZATION_HEADER)) push(ErrorCode.ORGANIZATION_NOT_FOUND, ErrorCode.NO_ORGANIZATION);
  // One user's queue of requests (USER_QUEUE), and the write limit per user or address (HTTP_WRITES_PER_MINUTE).
  if (secured || WRITE_METHODS.has(method)) push(ErrorCode.RATE_LIMITED);
  if (operation[WITHOUT_DATABASE_EXTENSION] !== true) push(ErrorCode.SERVICE_UNAVAILABLE);
  return add;
}

function sharedName(status: number, group: StatusProblems): string | undefined {
  if (Object.keys(group.extensions).length) return undefined;
  if (group.codes.some((code) => group.notes[code] && group.notes[code] !== PLATFORM_NOTES[code])) return undefined;
  const same = (a: ErrorCode[], b: ErrorCode[]) => a.length === b.length && a.every((code) => b.includes(code));
  return Object.keys(SHARED).find((name) => SHARED[name].status === status && same(SHARED[name].codes, group.codes));
}

/**
 * Rewrites an operation's error responses: the codes it declared (@ApiProblems) merged with the
 * platform's, one problem response per status. An error status declared without codes fails the build,
 * so every error an operation lists names the codes it can carry.
 */
function completeProblems(method: string, path: string, operation: Operation, faults: string[]): void {
  const groups = new Map<number, StatusProblems>();
  for (const [status, response] of Object.entries(operation.responses)) {
    if (status === 'default' || Number(status) < 400) continue;
    const declared = declaredProblems(response);
    if (!declared) {
      faults.push(`${method.toUpperCase()} ${path}: response ${status} names no error codes; declare it with @ApiProblems(...)`);
      continue;
    }
    groups.set(Number(status), structuredClone(declared));
    delete operation.responses[status];
  }
  for (const [status, codes] of platformProblems(method, operation)) {
    const group = groups.get(status) ?? emptyProblems();
    for (const code of codes) {
      if (!group.codes.includes(code)) group.codes.push(code);
      const note = PLATFORM_NOTES[code];
      if (note && !group.notes[code]) group.notes[code] = note;
    }
    groups.set(status, group);
  }
  for (const [status, group] of [...groups].sort(([a], [b]) => a - b)) {
    const shared = sharedName(status, group);
    operation.responses[String(status)] = shared
      ? { $ref: `#/components/responses/${shared}` }
      : problemResponse(status, group);
  }
  for (const response of Object.values(operation.responses)) forgetDeclaredProblems(response);
}

const SUCCESS = { '200': 'OK', '201': 'Created', '204': 'No content' } as Record<string, string>;

function describeSuccess(operation: Operation): void {
  for (const [status, response] of Object.entries(operation.responses)) {
    if (SUCCESS[status] && !response.description) response.description = SUCCESS[status];
  }
}

function addReplayHeader(operation: Operation): void {
  if (!hasParameter(operation, 'header', IDEMPOTENCY_KEY_HEADER)) return;
  for (const [status, response] of Object.entries(operation.responses)) {
    if (/^2\d\d$/.test(status)) response.headers = { ...response.headers, ...REPLAY_HEADER };
  }
}

/**
 * The global ValidationPipe forbids unknown members (forbidNonWhitelisted), so every schema a
 * request body reaches is closed.
 */
function closeRequestSchemas(document: OpenAPIObject, schema: Schema | undefined, seen: Set<string>): void {
  if (!schema || typeof schema !== 'object') return;
  const ref = schema.$ref as string | undefined;
  if (ref) {
    const name = ref.split('/').pop() as string;
    if (seen.has(name)) return;
    seen.add(name);
    return closeRequestSchemas(document, document.components?.schemas?.[name] as Schema, seen);
  }
  if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
  for (const value of Object.values(schema)) {
    if (Array.isArray(value)) value.forEach((item) => closeRequestSchemas(document, item as Schema, seen));
    else if (value && typeof value === 'object') closeRequestSchemas(document, value as Schema, seen);
  }
}

function pick(notes: Partial<Record<ErrorCode, string>>, codes: ErrorCode[]): Partial<Record<ErrorCode, string>> {
  return Object.fromEntries(codes.filter((code) => notes[code]).map((code) => [code, notes[code]]));
}

const STATUS_ORDER = (a: string, b: string) => (a === 'default' ? 1 : b === 'default' ? -1 : Number(a) - Number(b));

/**
 * Completes every operation's responses: the problem schemas of the statuses it declares and of those
 * the platform answers for it (401 on secured operations; 400, 413, 415 on bodies; 422 everywhere, with
 * the cursor, reference and idempotency codes where they apply; 404 of the organization context; 409
 * of a running idempotent request; 429 of the per-user limits; 503 of the database), the replay header
 * on idempotent answers, closed request-body schemas, and a `default` for the unexpected.
 */
export function addProblemResponses(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, ProblemDetails: PROBLEM_SCHEMA };
  document.components.responses = {
    ...document.components.responses,
    ...Object.fromEntries(
      Object.entries({ ...SHARED, ...BEFORE_ROUTING }).map(([name, { status, codes, description }]) => [
        name,
        problemResponse(status, { ...emptyProblems(), codes, notes: pick(PLATFORM_NOTES, codes) }, description),
      ]),
    ),
  };
  const seen = new Set<string>();
  const faults: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item)) {
      if (!value || typeof value !== 'object' || !('responses' in value)) continue;
      const operation = value as Operation;
      completeProblems(method, path, operation, faults);
      describeSuccess(operation);
      addReplayHeader(operation);
      operation.responses.default ??= { $ref: '#/components/responses/UnexpectedError' };
      operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => STATUS_ORDER(a, b)));
      delete operation[WITHOUT_DATABASE_EXTENSION];
      for (const media of Object.values(operation.requestBody?.content ?? {})) closeRequestSchemas(document, media.schema, seen);
    }
  }
  if (faults.length) throw new Error(`The OpenAPI document is not exact:\n${faults.join('\n')}`);
  return document;
}
