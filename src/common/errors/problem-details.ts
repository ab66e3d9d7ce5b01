import { HttpException, HttpStatus } from '@nestjs/common';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { DomainError, FieldError } from './domain-error';
import { ErrorCode } from './error-code';
import { statusOf } from './error-status';

/** RFC 9457 problem details, as documented in the wire contract. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  code: ErrorCode;
  request_id: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export interface ResolvedProblem {
  code: ErrorCode;
  title: string;
  detail?: string;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** True when the error is unexpected: its stack is logged and its message withheld. */
  unexpected?: boolean;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemTypeUri(code: ErrorCode): string {
  return `/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}

const TITLES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.MALFORMED_JSON]: 'Malformed JSON',
  [ErrorCode.PAYLOAD_TOO_LARGE]: 'Payload too large',
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 'Unsupported media type',
  [ErrorCode.ROUTE_NOT_FOUND]: 'Route not found',
  [ErrorCode.METHOD_NOT_ALLOWED]: 'Method not allowed',
  [ErrorCode.BAD_REQUEST]: 'Bad request',
  [ErrorCode.UNAUTHORIZED]: 'Unauthorized',
  [ErrorCode.FORBIDDEN]: 'Forbidden',
  [ErrorCode.CONFLICT]: 'Conflict',
  [ErrorCode.REFERENCED_ROW_NOT_FOUND]: 'Referenced record not found',
  [ErrorCode.TOO_MANY_REQUESTS]: 'Too many requests',
  [ErrorCode.SERVICE_UNAVAILABLE]: 'Service unavailable',
  [ErrorCode.INTERNAL_ERROR]: 'Internal server error',
};

const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.BAD_REQUEST,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHORIZED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.ROUTE_NOT_FOUND,
  [HttpStatus.METHOD_NOT_ALLOWED]: ErrorCode.METHOD_NOT_ALLOWED,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.PAYLOAD_TOO_LARGE,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  [HttpStatus.UNPROCESSABLE_ENTITY]: ErrorCode.VALIDATION_FAILED,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.TOO_MANY_REQUESTS,
  [HttpStatus.SERVICE_UNAVAILABLE]: ErrorCode.SERVICE_UNAVAILABLE,
};

/** Postgres SQLSTATEs that mean the database cannot be reached or is going away. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08006']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE']);

function problem(code: ErrorCode, detail?: string, rest: Partial<ResolvedProblem> = {}): ResolvedProblem {
  return { code, title: TITLES[code] ?? code, detail, ...rest };
}

function fromDatabaseError(error: QueryFailedError<Error>): ResolvedProblem | undefined {
  const sqlState = (error.driverError as { code?: string } | undefined)?.code;
  switch (sqlState) {
    case '23505':
      return problem(ErrorCode.CONFLICT, 'The request conflicts with an existing record');
    case '23503':
      return problem(ErrorCode.REFERENCED_ROW_NOT_FOUND, 'A record this request refers to does not exist');
    case '40001':
    case '40P01':
      return problem(ErrorCode.CONFLICT, 'The request conflicted with a concurrent change; retry it');
    default:
      return sqlState && UNAVAILABLE_SQLSTATES.has(sqlState)
        ? problem(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable')
        : undefined;
  }
}

function isDatabaseUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  if (code && (UNAVAILABLE_NODE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code))) return true;
  return /Connection terminated|timeout exceeded when trying to connect/i.test(error.message);
}

/** Errors raised by the JSON body parser carry a `type` such as `entity.parse.failed`. */
function fromBodyParserError(error: { type?: unknown }): ResolvedProblem | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return problem(ErrorCode.MALFORMED_JSON, 'The request body is not valid JSON');
    case 'entity.too.large':
      return problem(ErrorCode.PAYLOAD_TOO_LARGE, 'The request body exceeds the size limit');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return problem(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'The request body encoding is not supported');
    case 'request.aborted':
    case 'request.size.invalid':
      return problem(ErrorCode.BAD_REQUEST, 'The request body could not be read');
    default:
      return undefined;
  }
}

function fromHttpException(exception: HttpException): ResolvedProblem {
  const status = exception.getStatus();
  const code = HTTP_STATUS_CODES[status] ?? (status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_REQUEST);
  if (code === ErrorCode.INTERNAL_ERROR) return problem(code, undefined, { unexpected: true });
  const detail = code === ErrorCode.ROUTE_NOT_FOUND ? 'No route matches this method and path' : exception.message;
  const retryAfter = (exception as { retryAfterSeconds?: number }).retryAfterSeconds;
  return problem(code, detail, retryAfter ? { headers: { 'Retry-After': String(retryAfter) } } : {});
}

/** Turns anything thrown while serving a request into the one error envelope. */
export function resolveProblem(exception: unknown): ResolvedProblem {
  if (exception instanceof DomainError) {
    return {
      code: exception.code,
      title: exception.title,
      detail: exception.message,
      errors: exception.errors,
      extensions: exception.extensions,
      headers: exception.headers,
    };
  }
  if (exception instanceof HttpException) return fromHttpException(exception);
  // A row that passed an access check and was deleted before it was read.
  if (exception instanceof EntityNotFoundError) return problem(ErrorCode.NOT_FOUND, 'The resource no longer exists');
  if (exception instanceof QueryFailedError) {
    const resolved = fromDatabaseError(exception as QueryFailedError<Error>);
    if (resolved) return resolved;
  }
  if (exception && typeof exception === 'object' && 'type' in exception) {
    const resolved = fromBodyParserError(exception);
    if (resolved) return resolved;
  }
  if (isDatabaseUnreachable(exception)) {
    return problem(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable', { unexpected: true });
  }
  return problem(ErrorCode.INTERNAL_ERROR, 'An unexpected error occurred', { unexpected: true });
}

export function renderProblem(resolved: ResolvedProblem, instance: string, requestId: string): ProblemDetails {
  const body: ProblemDetails = {
    ...resolved.extensions,
    type: problemTypeUri(resolved.code),
    title: resolved.title,
    status: statusOf(resolved.code),
    detail: resolved.detail,
    instance,
    code: resolved.code,
    request_id: requestId,
  };
  if (resolved.errors?.length) body.errors = resolved.errors;
  if (body.detail === undefined) delete body.detail;
  return body;
}
