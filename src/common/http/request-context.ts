import type { NextFunction, Request, Response } from 'express';
import { CLS_REQ, ClsService } from 'nestjs-cls';

/**
 * Runs the rest of the request in its own async context (nestjs-cls), which carries the transaction
 * of a use case and the request for the log lines' `reqId`. Mounted after the body parser: the body is
 * read by stream callbacks that run outside the context `run` starts. It does what the ClsMiddleware
 * does with saveReq and no plugin setup hooks, without Nest's middleware wrapper and its two async
 * functions per request.
 */
export function runInRequestContext(cls: ClsService) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    cls.runWith({ [CLS_REQ]: req }, next);
  };
}
