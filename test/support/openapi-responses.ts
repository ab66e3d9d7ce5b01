import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ErrorObject } from 'ajv';
import * as OpenApiValidator from 'express-openapi-validator';
import { buildOpenApiDocument } from '../../src/app.setup';
import { recordChecked, recordMismatch } from './response-mismatches';
import { ResponseSchemas, responseSchemasFor } from './response-schemas';
import { closeSuccessBodies } from './strict-responses';

/**
 * Checks every response of the e2e suite against the OpenAPI document the app serves (the one
 * `npm run openapi` writes): the body against the schema of its status (with formats, success bodies
 * closed: see strict-responses.ts), and the status itself
 * against the statuses the operation lists. Mismatches are recorded here and fail the test file
 * (test/setup/openapi-responses.ts).
 */
interface OpenApiRequest extends Request {
  openapi?: { openApiRoute: string; schema: { responses?: Record<string, unknown> } };
}

function record(req: OpenApiRequest, res: Response, error: string): void {
  recordMismatch({
    method: req.method,
    path: req.originalUrl,
    route: req.openapi?.openApiRoute ?? '(undocumented)',
    status: res.statusCode,
    error,
  });
}

function listed(req: OpenApiRequest, status: number): boolean {
  const responses = req.openapi?.schema.responses;
  return !responses || String(status) in responses;
}

/** A status the operation does not list; 500 is left to the `default` response (unexpected failures). */
function checkStatusDeclared(req: OpenApiRequest, res: Response): void {
  const responses = req.openapi?.schema.responses;
  if (!responses) return;
  recordChecked(`${req.method} ${req.openapi?.openApiRoute ?? ''}`, res.statusCode);
  if (res.statusCode === 500 || listed(req, res.statusCode)) return;
  record(req, res, `status ${res.statusCode} is not listed (lists ${Object.keys(responses).join(', ')})`);
}

function isUndecodablePath(error: unknown): boolean {
  const { status, message } = error as { status?: number; message?: string };
  return status === 400 && /malformed uri/.test(message ?? '');
}

/** Where in the body the schema was broken (for an undocumented member, the member itself). */
function where(errors: ErrorObject[]): string {
  const paths = errors.map((e) => {
    const extra = (e.params as { additionalProperty?: string }).additionalProperty;
    return `/response${e.instancePath}${extra ? `/${extra}` : ''}`;
  });
  return paths.length ? ` [at ${[...new Set(paths)].join(', ')}]` : '';
}

function codeOf(body: unknown): string {
  const code = body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? ` (the answer's code: ${code})` : '';
}

/** The body as it goes on the wire (dates as strings, undefined members gone). */
function onTheWire(body: unknown): unknown {
  return body === undefined ? undefined : JSON.parse(JSON.stringify(body));
}

function mediaTypeOf(res: Response): string | undefined {
  const header = res.getHeader('content-type');
  return typeof header === 'string' ? header.split(';')[0].trim() : undefined;
}

/** Every JSON body the app sends for an operation of the document, checked against the schema of its status. */
function checkBodies(schemas: ResponseSchemas, req: OpenApiRequest, res: Response): void {
  const send = res.json.bind(res);
  res.json = (body: unknown) => {
    const route = req.openapi?.openApiRoute;
    // An unlisted status is reported once, by checkStatusDeclared, not also against `default`.
    if (route && listed(req, res.statusCode)) {
      const sent = onTheWire(body);
      const result = schemas.check(route, req.method, res.statusCode, mediaTypeOf(res), sent);
      if (result && !result.ok) record(req, res, `${result.message}${where(result.errors)}${codeOf(sent)}`);
    }
    return send(body);
  };
}

/**
 * Installs the checks ahead of every other middleware (call it before configureApp, so the answers
 * the app gives before routing are checked too); the document is built after the app is initialised
 * (it reads the controllers' metadata), so the middleware waits for `activate`. express-openapi-validator
 * validates the document and matches each request to its operation; the bodies are checked by
 * ResponseSchemas, whose compiled schemas the apps of a process share.
 */
export function installResponseValidation(app: NestExpressApplication): { activate(): void } {
  let chain: RequestHandler[] | undefined;
  let schemas: ResponseSchemas | undefined;
  app.use((req: OpenApiRequest, res: Response, next: NextFunction) => {
    if (!chain || !schemas) return next();
    res.on('finish', () => checkStatusDeclared(req, res));
    checkBodies(schemas, req, res);
    const handlers = chain;
    const run = (index: number): void => {
      if (index === handlers.length) return next();
      handlers[index](req, res, (error?: unknown) => {
        if (!error) return run(index + 1);
        // A path the validator cannot decode is the app's to answer (rejectMalformedUrl): the request goes
        // on unchanged, matched to no operation. Any other failure (an invalid document) is a mismatch.
        if (!isUndecodablePath(error)) record(req, res, `the validator failed: ${String((error as Error).message ?? error)}`);
        next();
      });
    };
    run(0);
  });
  return {
    activate: () => {
      const document: OpenAPIObject = closeSuccessBodies(structuredClone(buildOpenApiDocument(app)));
      schemas = responseSchemasFor(document);
      chain = OpenApiValidator.middleware({
        apiSpec: document as never,
        validateRequests: false,
        validateResponses: false,
        validateSecurity: false,
        validateApiSpec: true,
        // Only the document's operations: test-only routes are excluded from it (@ApiExcludeController).
        ignoreUndocumented: true,
      });
    },
  };
}
