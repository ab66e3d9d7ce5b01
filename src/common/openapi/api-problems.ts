import { HttpStatus, Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import { ErrorCode } from '../errors/error-code';
import { ERROR_STATUS } from '../errors/error-status';
import { PROBLEM_REF } from './problem-refs';

const DESCRIPTIONS: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'The body could not be read as JSON',
  [HttpStatus.UNAUTHORIZED]: 'Missing, invalid, expired or revoked access token',
  [HttpStatus.FORBIDDEN]: 'The caller may see this but lacks the role to do it',
  [HttpStatus.NOT_FOUND]: 'Not found, or not visible to the caller',
  [HttpStatus.CONFLICT]: 'Conflicts with the current state',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'Body larger than 1 MB',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'Body is not UTF-8 JSON',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'Validation failed; `errors` lists every field',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Rate limited; retry after `Retry-After` seconds',
  [HttpStatus.INTERNAL_SERVER_ERROR]: 'Unexpected error (its details are logged, never sent)',
  [HttpStatus.BAD_GATEWAY]: 'The upstream provider failed',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'A dependency is unavailable; retry after `Retry-After` seconds',
  [HttpStatus.GATEWAY_TIMEOUT]: 'The upstream provider timed out',
};

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } },
};
/** Codes whose answer carries Retry-After (besides every 429 and 503). */
const RETRY_CODES: readonly ErrorCode[] = [ErrorCode.IDEMPOTENCY_IN_PROGRESS];

/** One error code of an operation, optionally with its own description and extension members. */
export interface ProblemNote {
  code: ErrorCode;
  /** Said of this code in the description of its status. */
  description?: string;
  /** A DTO of the members this problem carries beyond the common ones (`from`, `to`, ...). */
  extension?: Type<unknown>;
}
type ProblemItem = ErrorCode | ProblemNote;

/** What the document keeps per status: the codes, what is said of them, and their extension schemas. */
export interface StatusProblems {
  codes: ErrorCode[];
  /** code -> what is said of it (codes without one share the status's generic description) */
  notes: Partial<Record<ErrorCode, string>>;
  /** code -> `$ref` of its extension schema */
  extensions: Partial<Record<ErrorCode, string>>;
}

export const emptyProblems = (): StatusProblems => ({ codes: [], notes: {}, extensions: {} });

/** `The caller is not the owner (FORBIDDEN); not found, or not visible to the caller (TASK_NOT_FOUND, ...)`. */
function describe(status: number, group: StatusProblems): string {
  const generic = group.codes.filter((code) => !group.notes[code]);
  const parts = group.codes.filter((code) => group.notes[code]).map((code) => `${group.notes[code]} (${code})`);
  if (generic.length) parts.push(`${DESCRIPTIONS[status] ?? `Error ${status}`} (${generic.join(', ')})`);
  return oneSentence(parts);
}

/** Parts joined with `; `; later ones start in lower case unless they start with a name (`X-Organization-Id`). */
function oneSentence(parts: string[]): string {
  return parts.map((part, i) => (i > 0 && /^[A-Z][a-z]/.test(part) ? part[0].toLowerCase() + part.slice(1) : part)).join('; ');
}

/** `ISSUE_NOT_FOUND` -> `Issue not found`, the title of an example. */
function titleOf(code: ErrorCode): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

const PROBLEMS_KEY = 'x-problems';

function noteOf(item: ProblemItem): ProblemNote {
  return typeof item === 'string' ? { code: item } : item;
}

/**
 * The schema of one status: the problem members with `status` and `code` pinned, and for a code that
 * carries extension members, those too (`anyOf` of one branch per extended code and one for the rest).
 */
export function problemResponseSchema(status: number, problems: Pick<StatusProblems, 'codes' | 'extensions'>): Record<string, unknown> {
  const pinned = (codes: ErrorCode[]) => ({
    type: 'object',
    properties: { status: { type: 'integer', enum: [status] }, code: { type: 'string', enum: codes } },
  });
  const plain = problems.codes.filter((code) => !problems.extensions[code]);
  const branches = [
    ...(plain.length ? [{ allOf: [{ $ref: PROBLEM_REF }, pinned(plain)] }] : []),
    ...problems.codes
      .filter((code) => problems.extensions[code])
      .map((code) => ({ allOf: [{ $ref: PROBLEM_REF }, { $ref: problems.extensions[code] }, pinned([code])] })),
  ];
  return branches.length === 1 ? branches[0] : { anyOf: branches };
}

export function problemResponse(status: number, problems: StatusProblems | ErrorCode[], description?: string) {
  const group: StatusProblems = Array.isArray(problems) ? { ...emptyProblems(), codes: problems } : problems;
  const example = group.codes[0];
  const retry = status === 429 || status === 503 || group.codes.some((code) => RETRY_CODES.includes(code));
  return {
    description: description ?? describe(status, group),
    ...(retry ? { headers: RETRY_AFTER } : {}),
    content: {
      'application/problem+json': {
        schema: problemResponseSchema(status, group),
        example: {
          type: `/problems/${example.toLowerCase().replace(/_/g, '-')}`,
          title: titleOf(example),
          status,
          detail: group.notes[example] ?? DESCRIPTIONS[status] ?? example,
          instance: '/api/v1/...',
          code: example,
          request_id: '9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c',
        },
      },
    },
  };
}

/** The problems an operation declared with @ApiProblems, by status (read by the document builder). */
export function declaredProblems(response: Record<string, unknown>): StatusProblems | undefined {
  return response[PROBLEMS_KEY] as StatusProblems | undefined;
}

export function forgetDeclaredProblems(response: Record<string, unknown>): void {
  delete response[PROBLEMS_KEY];
}

/**
 * Lists the error codes an operation answers with, grouped by their status (`ERROR_STATUS`); each
 * status gets the problem schema with its `code` enum, an example, and `Retry-After` where it applies.
 * `@ApiProblems(ErrorCode.TASK_NOT_FOUND, { code: ErrorCode.FORBIDDEN, description: 'Only the owner' })`.
 * Several uses on one method add up. What every operation of a kind answers (401, 400/413/415 on bodies,
 * 422, 429, 503, the organization 404s, ...) is added by the document builder (addProblemResponses).
 */
export function ApiProblems(...items: ProblemItem[]): MethodDecorator {
  return (target, key, descriptor) => {
    const declared = (Reflect.getMetadata(DECORATORS.API_RESPONSE, descriptor.value as object) ?? {}) as Record<
      string,
      Record<string, unknown>
    >;
    const byStatus = new Map<number, StatusProblems>();
    for (const note of items.map(noteOf)) {
      const status: number = ERROR_STATUS[note.code];
      const group = byStatus.get(status) ?? declaredProblems(declared[status] ?? {}) ?? emptyProblems();
      if (!group.codes.includes(note.code)) group.codes.push(note.code);
      const said = group.notes[note.code];
      if (note.description && !said?.toLowerCase().split('; ').includes(note.description.toLowerCase())) {
        group.notes[note.code] = said ? oneSentence([said, note.description]) : note.description;
      }
      if (note.extension) {
        ApiExtraModels(note.extension)(target, key, descriptor);
        group.extensions[note.code] = getSchemaPath(note.extension);
      }
      byStatus.set(status, group);
    }
    for (const [status, group] of byStatus) {
      // Replaces what this decorator wrote for the status before (the group carries it over).
      const current = (Reflect.getMetadata(DECORATORS.API_RESPONSE, descriptor.value as object) ?? {}) as Record<string, unknown>;
      Reflect.defineMetadata(DECORATORS.API_RESPONSE, { ...current, [status]: undefined }, descriptor.value as object);
      ApiResponse({ status, ...problemResponse(status, group), [PROBLEMS_KEY]: group } as never)(target, key, descriptor);
    }
    return descriptor;
  };
}
