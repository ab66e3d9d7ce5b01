import { Logger as NestLogger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { ClsService } from 'nestjs-cls';
import { Logger } from 'nestjs-pino';
import { serveAsyncApiDocument } from './asyncapi/asyncapi-route';
import { AccessTokenService } from './common/auth';
import { outageLog } from './common/errors/outage-log';
import { sendProblem } from './common/errors/problem-details.filter';
import { answerClientErrors } from './common/http/client-errors';
import { InputBoundaryPipe } from './common/http/input-boundary.pipe';
import { runInRequestContext } from './common/http/request-context';
import { verifyJsonBody } from './common/http/json-body';
import { rejectMalformedUrl } from './common/http/strict-url';
import { UserConcurrency } from './common/limits/user-concurrency';
import { gateUserRequests } from './common/limits/user-gate';
import { applyWriteLimitToWrites } from './common/limits/write-limited-routes';
import { applyIdempotencyToPosts } from './common/idempotency/idempotent-posts';
import { completeOpenApiDocument } from './common/openapi/document';
import { REQUEST_LINES } from './common/http/logging.module';
import { requestChain } from './common/http/request-chain';
import type { RequestLineWriter } from './common/http/request-line';
import { captureHelmetHeaders } from './common/http/security-headers';
import { createValidationPipe } from './common/http/validation';
import { AppConfig } from './config';
import { RealtimeIoAdapter } from './modules/realtime';
import { serveWebConsole } from './web-console';

export const API_PREFIX = 'api/v1';
export const BODY_LIMIT = '1mb';
/** Routes the contract keeps at the root, outside /api/v1. */
const ROOT_ROUTES = ['health', '/'];
/** Root aliases of versioned routes, kept from the original API. */
const ROOT_ALIASES: Record<string, string> = { '/users/me': `/${API_PREFIX}/users/me` };

/** `extraModels`: DTO classes to describe in `components.schemas` though no route uses them. */
export function buildOpenApiDocument(app: NestExpressApplication, extraModels: (new () => object)[] = []): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Atlas API')
    .setDescription('Team project management: organizations, projects, tasks, issues, risk, notifications, chat.')
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels,
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  for (const [alias, target] of Object.entries(ROOT_ALIASES)) {
    const operations = document.paths[target];
    if (!operations) continue;
    // The contract keeps only GET at the root alias.
    const copy = structuredClone(operations.get);
    if (!copy) continue;
    if (copy.operationId) copy.operationId = `${copy.operationId}_root_alias`;
    document.paths[alias] = { get: copy };
  }
  return completeOpenApiDocument(app, document);
}

export function applyRoutePrefix(app: NestExpressApplication): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: ROOT_ROUTES });
}

/** Everything an HTTP app needs besides its modules; production and every e2e test call it. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.flushLogs();
  applyRoutePrefix(app);
  app.use(requestChain({ lines: app.get<RequestLineWriter>(REQUEST_LINES), securityHeaders: captureHelmetHeaders(), aliases: ROOT_ALIASES }));
  // Without allowed origins the cors middleware only calls next(); it is not mounted then.
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, credentials: true });

  const errorLogger = new NestLogger('Errors');
  const answerError = (error: unknown, req: Request, res: Response) => sendProblem(error, req, res, errorLogger);
  // Hostile input never reaches the database: URLs that are not valid UTF-8, bodies that are not
  // UTF-8 or nest too deeply (checked on the raw bytes), then NUL and lone surrogates in every body,
  // query and path parameter (the pipe ahead of validation); oversized headers answer 431.
  app.use(rejectMalformedUrl(answerError));
  // One user's requests hold at most their share of the pool, queued before their bodies are read.
  app.use(gateUserRequests(app.get(UserConcurrency), app.get(AccessTokenService), answerError));
  app.useBodyParser('json', { limit: BODY_LIMIT, verify: verifyJsonBody });
  app.use(runInRequestContext(app.get(ClsService)));
  serveWebConsole(app);
  app.useGlobalPipes(new InputBoundaryPipe(), createValidationPipe());
  applyIdempotencyToPosts(app);
  applyWriteLimitToWrites(app);
  answerClientErrors(app.getHttpServer(), config.limits.maxHeaderBytes);
  outageLog.configure(config.outageLogIntervalMs);
  app.set('trust proxy', 'loopback');
  app.set('x-powered-by', false);
  // Every JSON answer is computed per request; hashing each body for an ETag buys nothing here.
  app.set('etag', false);

  // Body-parser failures happen before Nest routing; render them in the same envelope.
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!error) return next();
    answerError(error, req, res);
  });

  // Socket.IO: heartbeat from the config and, with REDIS_URL, the Redis adapter shared by all instances.
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, config));

  serveAsyncApiDocument(app);
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
