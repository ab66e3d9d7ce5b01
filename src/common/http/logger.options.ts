import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { AppConfig } from '../../config';
import { assignRequestId } from './request-id';

const SECRET_KEY = /password|token|secret|authorization|cookie/i;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Replaces the value of every key that names a secret, at any depth, in plain data. Class
 * instances (the raw request and response) are left to pino's serializers.
 */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8) return value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, depth + 1));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redactSecrets(v, depth + 1)]),
  );
}

/** Load balancers and orchestrators poll /health every few seconds; a passing check is logged at debug. */
function requestLogLevel(req: { url?: string }, res: { statusCode: number }, error?: Error): 'debug' | 'info' {
  const path = req.url?.split('?')[0];
  return path === '/health' && !error && res.statusCode < 400 ? 'debug' : 'info';
}

export function loggerOptions(config: AppConfig): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req, res) => assignRequestId(req, res),
      customProps: (req) => ({ request_id: req.id }),
      customLogLevel: requestLogLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.replace(/([?&][^=&]*token[^=&]*=)[^&]*/gi, '$1[redacted]'),
        }),
      },
      formatters: { log: (object) => redactSecrets(object) as Record<string, unknown> },
      quietReqLogger: true,
      // A 503 is a database fault, counted by the outage log; its access line carries no synthetic error stack.
      customErrorObject: (_req, res, _error, value: Record<string, unknown>) =>
        res.statusCode === 503 ? { ...value, err: undefined } : value,
    },
  };
}
