import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { outageLog } from './outage-log';
import { PROBLEM_CONTENT_TYPE, renderProblem, resolveProblem } from './problem-details';
import { requestIdOf } from '../http/request-id';

/** The one place where an error becomes an HTTP response. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<Request>(), http.getResponse<Response>(), this.logger);
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
