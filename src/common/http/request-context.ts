import type { NextFunction, Request, Response } from 'express';
import { CLS_REQ, ClsService } from 'nestjs-cls';

/**
 * Runs the rest of the request in its own async context (nestjs-cls), which carries the transaction
 * of a use case and the request for the log lines' `reqId`. It does what the ClsMiddleware does with
 * saveReq and no plugin setup hooks, without Nest's middleware wrapper and its two async functions per
 * request. The body parser's callback runs in the context it was called from (raw-body binds it), so a
 * body that arrives after the headers is handled inside the context too (a test pins it).
 */
export function runInRequestContext(cls: ClsService) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    cls.runWith({ [CLS_REQ]: req }, next);
  };
}
