import type { NextFunction, Request, Response } from 'express';
import { redactUrl } from './logger.options';
import { assignRequestId } from './request-id';
import type { RequestLineWriter } from './request-line';
import { HeaderList } from './security-headers';

const STARTED_AT = Symbol('startedAt');

type IdentifiedRequest = Request & { id: string };
type TimedResponse = Response & { [STARTED_AT]: number; req: IdentifiedRequest };

export interface RequestChainOptions {
  lines: RequestLineWriter;
  securityHeaders: HeaderList;
  /** Paths answered by another route, e.g. a root alias of a versioned route. */
  aliases: Readonly<Record<string, string>>;
}

/** Load balancers and orchestrators poll /health every few seconds; a passing check is logged at debug. */
function lineLevel(req: IdentifiedRequest, res: TimedResponse): 'debug' | 'info' {
  return req.path === '/health' && res.writableFinished && res.statusCode < 400 ? 'debug' : 'info';
}

/**
 * One line when the response is done: `request completed`, `request errored` (status >= 500)
 * or `request aborted` (the connection closed before the response was sent). The line never carries
 * an error: the exception filter logs a failure once, with its stack, where it is handled. Of the
 * response headers it carries the content's type and length; the rest are the same on every response.
 */
function logRequest(lines: RequestLineWriter, req: IdentifiedRequest, res: TimedResponse): void {
  lines.write(lineLevel(req, res), {
    id: req.id,
    method: req.method,
    url: redactUrl(req.originalUrl ?? req.url),
    statusCode: res.statusCode,
    contentType: res.getHeader('content-type'),
    contentLength: res.getHeader('content-length'),
    responseTime: Date.now() - res[STARTED_AT],
    msg: !res.writableFinished ? 'request aborted' : res.statusCode >= 500 ? 'request errored' : 'request completed',
  });
}

/**
 * The per-request work every route needs, in one middleware built at boot: the request id (echoed as
 * `X-Request-Id`), the security headers, root aliases, and one log line per request. A single
 * `close` listener (emitted after `finish`, or when the connection drops first) writes the line.
 */
export function requestChain({ lines, securityHeaders, aliases }: RequestChainOptions) {
  const logging = lines.isEnabled('info');
  function onClose(this: TimedResponse): void {
    logRequest(lines, this.req, this);
  }
  return (req: Request & { id?: string }, res: Response, next: NextFunction): void => {
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    req.id = assignRequestId(req, res);
    if (logging) {
      (res as TimedResponse)[STARTED_AT] = Date.now();
      res.on('close', onClose);
    }
    const target = aliases[req.path];
    if (target) req.url = target + req.url.slice(req.path.length);
    next();
  };
}
