import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { addFieldFormats } from './field-formats';
import { addIdempotencyKeyParameter } from './idempotency';
import { widenNullableReferences } from './nullable-refs';
import { addPathParameterFormats } from './param-formats';
import { addProblemResponses } from './problem-schema';
import { addValidationRules } from './validation-schemas';

const BEFORE_ROUTING =
  '\n\nEvery error is `application/problem+json` (`ProblemDetails`); each operation lists the statuses it ' +
  'answers and, per status, the `code` values it can carry. Answered before any operation is matched, and ' +
  'so listed by none: 431 `HEADERS_TOO_LARGE` (request line and headers over the limit), 400 `BAD_REQUEST` ' +
  '(not valid HTTP) and 408 `REQUEST_TIMEOUT` from the HTTP parser, 404 `ROUTE_NOT_FOUND` for a path no ' +
  'operation has (`components.responses`).';

/**
 * What the controllers' decorators leave implicit, stated once for the whole document: path parameter
 * formats from their pipes, request schemas from the validation rules, nullable references, the house field formats, the idempotency header, and
 * every operation's error responses.
 */
export function completeOpenApiDocument(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  document.info.description = `${document.info.description ?? ''}${BEFORE_ROUTING}`;
  const exact = addFieldFormats(widenNullableReferences(addValidationRules(app, addPathParameterFormats(app, document))));
  return addProblemResponses(addIdempotencyKeyParameter(exact));
}
