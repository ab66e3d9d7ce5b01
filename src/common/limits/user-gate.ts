import type { NextFunction, Request, Response } from 'express';
import { AccessTokenService, bearerToken } from '../auth';
import { UserConcurrency } from './user-concurrency';

const CALLER = Symbol('atlas.caller');
type WithCaller = Request & { [CALLER]?: number };

/** The user a request's valid bearer token names (set by the gate), for per-user limits. */
export function callerIdOf(req: Request): number | undefined {
  return (req as WithCaller)[CALLER];
}

/**
 * Express middleware ahead of body parsing and authentication: a request with a valid bearer token
 * waits for one of its user's concurrency slots (UserConcurrency) and holds it until its response is
 * written or its connection is gone. Requests without a valid token pass untouched (the guard answers
 * them 401, or they are public).
 */
export function gateUserRequests(
  concurrency: UserConcurrency,
  tokens: AccessTokenService,
  onError: (error: unknown, req: Request, res: Response) => void,
) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const token = bearerToken(req.headers.authorization);
    const userId = token ? verifiedUserId(tokens, token) : undefined;
    if (userId === undefined) return next();
    (req as WithCaller)[CALLER] = userId;
    let release: (() => void) | undefined;
    let gone = false;
    const done = () => {
      gone = true;
      release?.();
    };
    res.once('finish', done);
    res.once('close', done);
    release = concurrency.tryAcquire(userId);
    if (release) return next();
    concurrency.acquire(userId).then(
      (granted) => {
        release = granted;
        // The client went away while waiting: give the slot straight back.
        if (gone) return granted();
        next();
      },
      (error: unknown) => onError(error, req, res),
    );
  };
}

function verifiedUserId(tokens: AccessTokenService, token: string): number | undefined {
  try {
    return tokens.verify(token).userId;
  } catch {
    // Not a valid token: no user to count against; the authentication guard answers 401.
    return undefined;
  }
}
