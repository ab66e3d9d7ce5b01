import { ArgumentsHost, Catch, ExceptionFilter, Logger, Optional } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pendingUserOf } from '../auth/pending-user';
import { UserLookup } from '../auth/user-lookup';
import { outageLog } from './outage-log';
import { PROBLEM_CONTENT_TYPE, renderProblem, resolveProblem } from './problem-details';
import { requestIdOf } from '../http/request-id';

/**
 * The one place where an error becomes an HTTP response. On a route whose user check rides on its
 * statement (@UserCheckedByQuery()), an error that came before the check (a 422, say) runs the check
 * first, so a revoked or deactivated caller still gets its 401. (Without the auth module there is no such
 * route, and no lookup to inject.)
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(@Optional() private readonly users?: UserLookup) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const pending = pendingUserOf(req);
    if (pending && !pending.confirmed && this.users) {
      this.users.check(pending).then(
        () => sendProblem(exception, req, res, this.logger),
        (refusal: unknown) => sendProblem(refusal, req, res, this.logger),
      );
      return;
    }
    sendProblem(exception, req, res, this.logger);
  }
}

export function sendProblem(exception: unknown, req: Request, res: Response, logger: Logger): void {
  const resolved = resolveProblem(exception);
  const requestId = requestIdOf(req, res);
  const body = renderProblem(resolved, req.originalUrl ?? req.url, requestId);
  if (resolved.outage) outageLog.report(resolved.outage, 'http');
  if (resolved.unexpected) {
    const stack = exception instanceof Error ? exception.stack : String(exception);
    logger.error({ request_id: requestId, method: req.method, path: req.path, code: body.code }, stack);
  }
  if (res.headersSent) {
    logger.error({ request_id: requestId }, 'error after the response was sent');
    res.end();
    return;
  }
  for (const [name, value] of Object.entries(resolved.headers ?? {})) res.setHeader(name, value);
  // json() keeps the problem+json type set here
  res.status(body.status).type(PROBLEM_CONTENT_TYPE).json(body);
}
