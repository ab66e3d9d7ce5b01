import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { buildOpenApiDocument } from '../../src/app.setup';
import { recordChecked, recordMismatch } from './response-mismatches';
import { closeSuccessBodies } from './strict-responses';

/**
 * Checks every response of the e2e suite against the OpenAPI document the app serves (the one
 * `npm run openapi` writes): the body against the schema of its status (express-openapi-validator,
 * responses only, with formats, success bodies closed: see strict-responses.ts), and the status itself
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

/** The paths the validator names (for an undocumented member, the member itself). */
function where(error: unknown): string {
  const paths = ((error as { errors?: Array<{ path?: string }> }).errors ?? []).map((e) => e.path).filter(Boolean);
  return paths.length ? ` [at ${[...new Set(paths)].join(', ')}]` : '';
}

function codeOf(body: unknown): string {
  const code = body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? ` (the answer's code: ${code})` : '';
}

/**
 * Installs the validator ahead of every other middleware (call it before configureApp, so the answers
 * the app gives before routing are checked too); the document is built after the app is initialised
 * (it reads the controllers' metadata), so the middleware waits for `activate`.
 */
export function installResponseValidation(app: NestExpressApplication): { activate(): void } {
  let chain: RequestHandler[] | undefined;
  app.use((req: OpenApiRequest, res: Response, next: NextFunction) => {
    if (!chain) return next();
    res.on('finish', () => checkStatusDeclared(req, res));
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
      chain = OpenApiValidator.middleware({
        apiSpec: document as never,
        validateRequests: false,
        validateSecurity: false,
        validateApiSpec: true,
        // Only the document's operations: test-only routes are excluded from it (@ApiExcludeController).
        ignoreUndocumented: true,
        validateFormats: true,
        validateResponses: {
          onError: (error, body, req) => {
            const res = req.res as Response;
            // An unlisted status is reported once, by checkStatusDeclared, not also against `default`.
            if (!listed(req as OpenApiRequest, res.statusCode)) return;
            record(req as OpenApiRequest, res, `${error.message}${where(error)}${codeOf(body)}`);
          },
        },
      });
    },
  };
}
