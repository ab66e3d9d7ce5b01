import type { OpenAPIObject } from '@nestjs/swagger';
import { ErrorCode } from '../errors/error-code';
import { ERROR_STATUS } from '../errors/error-status';
import { problemResponse } from './api-problems';

import { ORGANIZATION_HEADER } from '../organization-context/organization-context';
import { PROBLEM_REF } from './problem-refs';

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details; every error response has this shape.',
  required: ['type', 'title', 'status', 'instance', 'code', 'request_id'],
  properties: {
    type: { type: 'string', example: '/problems/task-not-found' },
    title: { type: 'string', example: 'Task not found' },
    status: { type: 'integer', minimum: 400, maximum: 599, example: 404 },
    detail: { type: 'string' },
    instance: { type: 'string', example: '/api/v1/projects/tasks/6f0c.../complete' },
    code: { type: 'string', enum: Object.values(ErrorCode) },
    request_id: { type: 'string' },
    errors: {
      type: 'array',
      description: 'Present on validation failures (422)',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const TRANSITION_PROBLEM_SCHEMA = {
  description: 'An issue transition the state machine does not allow (409 INVALID_ISSUE_TRANSITION).',
  allOf: [
    { $ref: PROBLEM_REF },
    {
      type: 'object',
      required: ['from', 'to', 'action'],
      properties: {
        from: { type: 'string', description: 'The issue status now', example: 'Closed' },
        to: { type: 'string', description: 'Where the action would lead', example: 'Resolved' },
        action: { type: 'string', enum: ['assign', 'resolve', 'close', 'reopen'], example: 'resolve' },
      },
    },
  ],
};

type Schema = Record<string, unknown>;
type Operation = {
  security?: unknown[];
  parameters?: Array<{ in: string }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, Schema>;
};

function codesOf(status: number): ErrorCode[] {
  return (Object.entries(ERROR_STATUS) as Array<[ErrorCode, number]>)
    .filter(([, codeStatus]) => codeStatus === status)
    .map(([code]) => code);
}

/** Responses the platform itself answers before or around every handler (components.responses). */
const PLATFORM_RESPONSES = {
  Unauthorized: problemResponse(401, [ErrorCode.UNAUTHORIZED]),
  MalformedJson: problemResponse(400, [ErrorCode.MALFORMED_JSON], 'The body is not valid JSON'),
  PayloadTooLarge: problemResponse(413, [ErrorCode.PAYLOAD_TOO_LARGE]),
  UnsupportedMediaType: problemResponse(415, [ErrorCode.UNSUPPORTED_MEDIA_TYPE]),
  UnexpectedError: problemResponse(500, [ErrorCode.INTERNAL_ERROR], 'Unexpected error'),
};
type PlatformResponse = keyof typeof PLATFORM_RESPONSES;

function platformProblems(operation: Operation): Array<[string, PlatformResponse]> {
  const problems: Array<[string, PlatformResponse]> = [];
  if (operation.security?.length) problems.push(['401', 'Unauthorized']);
  if (operation.requestBody) {
    problems.push(['400', 'MalformedJson'], ['413', 'PayloadTooLarge'], ['415', 'UnsupportedMediaType']);
  }
  return problems;
}

/** 422: every input is validated; a cursor can be stale, a body can name a row that is gone. */
function validationCodes(operation: Operation): ErrorCode[] | undefined {
  const parameters = (operation.parameters ?? []) as Array<{ in: string; name?: string }>;
  if (!operation.requestBody && parameters.length === 0) return undefined;
  const codes = [ErrorCode.VALIDATION_FAILED];
  if (parameters.some((parameter) => parameter.in === 'query' && parameter.name === 'cursor')) {
    codes.push(ErrorCode.INVALID_CURSOR);
  }
  if (operation.requestBody) codes.push(ErrorCode.REFERENCED_ROW_NOT_FOUND);
  return codes;
}

/** Organization-scoped routes (`@OrganizationScoped()`) document the X-Organization-Id header. */
function actsInOrganization(operation: Operation): boolean {
  return ((operation.parameters ?? []) as Array<{ in: string; name?: string }>).some(
    (parameter) => parameter.in === 'header' && parameter.name?.toLowerCase() === ORGANIZATION_HEADER.toLowerCase(),
  );
}

/** Adds codes to a status the operation lists already (with its own codes), or lists it. */
function addCodes(responses: Operation['responses'], status: number, codes: ErrorCode[]): void {
  const existing = responses[String(status)];
  if (!existing) {
    responses[String(status)] = problemResponse(status, codes);
    return;
  }
  const media = (existing.content as Record<string, { schema: Schema }> | undefined)?.['application/problem+json'];
  const declared = media ? codesIn(media.schema) : codesOf(status);
  const merged = [...new Set([...declared, ...codes])];
  Object.assign(existing, { content: problemResponse(status, merged).content });
}

function codesIn(schema: Schema): ErrorCode[] {
  const parts = (schema.allOf ?? []) as Array<{ properties?: { code?: { enum?: ErrorCode[] } } }>;
  return parts.flatMap((part) => part.properties?.code?.enum ?? []);
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

/**
 * Adds the problem schemas, the platform's own error statuses (401 on secured operations; 400,
 * 413, 415 on bodies; 422 wherever input is validated, with the cursor and reference codes where they apply), the problem content of error responses
 * declared without one, closed request-body schemas, and a `default` for unexpected failures.
 */
export function addProblemResponses(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = {
    ...document.components.schemas,
    ProblemDetails: PROBLEM_SCHEMA,
    TransitionProblem: TRANSITION_PROBLEM_SCHEMA,
  };
  document.components.responses = { ...document.components.responses, ...PLATFORM_RESPONSES };
  const ref = (name: PlatformResponse) => ({ $ref: `#/components/responses/${name}` });
  const seen = new Set<string>();
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as unknown[]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const { responses, requestBody } = operation as Operation;
      for (const [status, name] of platformProblems(operation as Operation)) responses[status] ??= ref(name);
      if (actsInOrganization(operation as Operation)) {
        addCodes(responses, 404, [ErrorCode.ORGANIZATION_NOT_FOUND, ErrorCode.NO_ORGANIZATION]);
      }
      const invalid = validationCodes(operation as Operation);
      if (invalid) responses['422'] ??= problemResponse(422, invalid);
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400 || response.content || response.$ref) continue;
        Object.assign(response, { content: problemResponse(Number(status), codesOf(Number(status))).content });
      }
      responses.default ??= ref('UnexpectedError');
      for (const media of Object.values(requestBody?.content ?? {})) closeRequestSchemas(document, media.schema, seen);
    }
  }
  return document;
}
