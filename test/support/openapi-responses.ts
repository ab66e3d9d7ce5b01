import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { buildOpenApiDocument } from '../../src/app.setup';
import { recordMismatch } from './response-mismatches';

/**
 * Checks every response of the e2e suite against the OpenAPI document the app serves (the one
 * `npm run openapi` writes): the body against the schema of its status (express-openapi-validator,
 * responses only, with formats), and the status itself against the statuses the operation lists.
 * Mismatches are recorded here and fail the test file (test/setup/openapi-responses.ts).
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

/** A status no operation lists; 500 is left to the `default` response (unexpected failures). */
function checkStatusDeclared(req: OpenApiRequest, res: Response): void {
  const responses = req.openapi?.schema.responses;
  if (!responses || (res.statusCode >= 500 && res.statusCode !== 503)) return;
  if (String(res.statusCode) in responses) return;
  record(req, res, `status ${res.statusCode} is not listed (lists ${Object.keys(responses).join(', ')})`);
}

/**
 * Installs the validator in front of the routes; the document is built after the app is
 * initialised (it reads the controllers' metadata), so the middleware waits for `activate`.
 */
export function installResponseValidation(app: NestExpressApplication): { activate(): void } {
  let chain: RequestHandler[] | undefined;
  app.use((req: OpenApiRequest, res: Response, next: NextFunction) => {
    if (!chain) return next();
    res.on('finish', () => checkStatusDeclared(req, res));
    const handlers = chain;
    const run = (index: number): void => {
      if (index === handlers.length) return next();
      handlers[index](req, res, (error?: unknown) => (error ? next(error) : run(index + 1)));
    };
    run(0);
  });
  return {
    activate: () => {
      const document: OpenAPIObject = structuredClone(buildOpenApiDocument(app));
      chain = OpenApiValidator.middleware({
        apiSpec: document as never,
        validateRequests: false,
        validateSecurity: false,
        validateApiSpec: true,
        ignoreUndocumented: true,
        // test-only routes (test/support/probe.module.ts) are not part of the contract
        ignorePaths: /\/_probe\//,
        validateFormats: true,
        validateResponses: {
          onError: (error, _body, req) => record(req as OpenApiRequest, req.res as Response, error.message),
        },
      });
    },
  };
}
