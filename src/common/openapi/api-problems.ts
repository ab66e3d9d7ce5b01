import { applyDecorators, HttpStatus } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorCode } from '../errors/error-code';
import { ERROR_STATUS } from '../errors/error-status';
import { PROBLEM_REF, TRANSITION_PROBLEM_REF } from './problem-refs';

/** The code a bare status stands for (the generic one the error filter renders). */
const GENERIC_CODE: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.BAD_REQUEST,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHORIZED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: ErrorCode.CONFLICT,
  [HttpStatus.UNPROCESSABLE_ENTITY]: ErrorCode.VALIDATION_FAILED,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.TOO_MANY_REQUESTS,
  [HttpStatus.SERVICE_UNAVAILABLE]: ErrorCode.SERVICE_UNAVAILABLE,
};

const DESCRIPTIONS: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Malformed request',
  [HttpStatus.UNAUTHORIZED]: 'Missing, invalid or expired access token',
  [HttpStatus.FORBIDDEN]: 'The caller may not do this',
  [HttpStatus.NOT_FOUND]: 'Not found, or not visible to the caller',
  [HttpStatus.CONFLICT]: 'Conflicts with the current state',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'Body larger than 1 MB',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'Body is not JSON',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'Validation failed; `errors` lists every field',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Rate limited; retry after `Retry-After` seconds',
  [HttpStatus.BAD_GATEWAY]: 'The upstream provider failed',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'A dependency is unavailable',
  [HttpStatus.GATEWAY_TIMEOUT]: 'The upstream provider timed out',
};

/** Extensions some codes carry beyond the common problem members. */
const CODE_SCHEMAS: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.INVALID_ISSUE_TRANSITION]: TRANSITION_PROBLEM_REF,
};

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 0 } },
};

export function problemResponseSchema(status: number, codes: ErrorCode[]): Record<string, unknown> {
  const refs = [...new Set(codes.map((code) => CODE_SCHEMAS[code] ?? PROBLEM_REF))];
  // anyOf: a transition problem is also a plain problem
  const base = refs.length === 1 ? { $ref: refs[0] } : { anyOf: refs.map(($ref) => ({ $ref })) };
  return {
    allOf: [base, { type: 'object', properties: { status: { type: 'integer', enum: [status] }, code: { type: 'string', enum: codes } } }],
  };
}

export function problemResponse(status: number, codes: ErrorCode[], description?: string) {
  const example = codes[0];
  return {
    description: description ?? `${DESCRIPTIONS[status] ?? `Error ${status}`} (${codes.join(', ')})`,
    headers: status === 429 || status === 503 ? RETRY_AFTER : undefined,
    content: {
      'application/problem+json': {
        schema: problemResponseSchema(status, codes),
        example: {
          type: `/problems/${example.toLowerCase().replace(/_/g, '-')}`,
          title: example,
          status,
          instance: '/api/v1/...',
          code: example,
          request_id: '9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c',
        },
      },
    },
  };
}

/**
 * Lists an operation's error responses, each with the problem schema and the codes it carries.
 * Pass error codes (grouped by their status) and bare statuses (the generic code of that status):
 * `@ApiProblems(ErrorCode.TASK_NOT_FOUND, ErrorCode.TASK_ALREADY_DONE, 403)`.
 * 401 on secured operations and 400/413/415/422 on operations with input are added to every
 * operation by the document builder (addProblemResponses), so they need not be listed.
 */
export function ApiProblems(...items: Array<ErrorCode | number>) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const item of items) {
    const status = typeof item === 'number' ? item : ERROR_STATUS[item];
    const code = typeof item === 'number' ? GENERIC_CODE[item] : item;
    if (!code) throw new Error(`ApiProblems: no generic code for status ${status}; pass the error code`);
    const codes = byStatus.get(status) ?? [];
    if (!codes.includes(code)) codes.push(code);
    byStatus.set(status, codes);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, codes]) =>
      ApiResponse({ status, ...(problemResponse(status, codes) as object) }),
    ),
  );
}
