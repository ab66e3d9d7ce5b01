import { HttpException, HttpStatus } from '@nestjs/common';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { DomainError, FieldError } from './domain-error';
import { ErrorCode } from './error-code';
import { statusOf } from './error-status';
import { outageKindOf } from './outage-kind';

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
  /** A database fault (timeout, unreachable): counted by the outage log, never logged with a stack. */
  outage?: string;
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
  [ErrorCode.INVALID_UTF8]: 'Invalid UTF-8',
  [ErrorCode.JSON_TOO_DEEP]: 'JSON nested too deeply',
  [ErrorCode.CONTENT_ENCODING_MISMATCH]: 'Content-Encoding mismatch',
  [ErrorCode.HEADERS_TOO_LARGE]: 'Request header fields too large',
  [ErrorCode.REQUEST_TIMEOUT]: 'Request timeout',
  [ErrorCode.RATE_LIMITED]: 'Rate limited',
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

/** What a client is told to wait before retrying after a database fault. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

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
      return undefined;
  }
}

/** Errors raised by the JSON body parser carry a `type` such as `entity.parse.failed`. */
function fromBodyParserError(error: { type?: unknown }): ResolvedProblem | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return problem(ErrorCode.MALFORMED_JSON, 'The request body is not valid JSON');
    case 'entity.too.large':
      return problem(ErrorCode.PAYLOAD_TOO_LARGE, 'The request body exceeds the size limit');
    case 'encoding.unsupported':
      return problem(ErrorCode.CONTENT_ENCODING_MISMATCH, 'The Content-Encoding of the request body is not supported');
    case 'charset.unsupported':
      return problem(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'The request body must be UTF-8 JSON');
    case 'entity.utf8.invalid':
      return problem(ErrorCode.INVALID_UTF8, 'The request body is not valid UTF-8');
    case 'entity.too.deep':
      return problem(ErrorCode.JSON_TOO_DEEP, (error as { message?: string }).message);
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
  const outage = outageKindOf(exception);
  if (outage) {
    return problem(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable; retry later', {
      outage,
      headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
    });
  }
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
  // zlib (Z_*) or brotli (ERR__*) failed on the body: it does not carry the Content-Encoding it claims.
  if (exception instanceof Error && /^(Z_|ERR__)/.test(String((exception as { code?: unknown }).code))) {
    return problem(ErrorCode.CONTENT_ENCODING_MISMATCH, 'The request body does not match its Content-Encoding');
  }
  // The router could not percent-decode a path segment.
  if (exception instanceof URIError) return problem(ErrorCode.BAD_REQUEST, 'The URL is not valid percent-encoded UTF-8');
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
