import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { AppConfig } from '../../config';
import { assignRequestId } from './request-id';

const SECRET_KEY = /password|token|secret|authorization|cookie/i;

/** Replaces the value of every key that names a secret, at any depth. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redactSecrets(v, depth + 1)]),
  );
}

export function loggerOptions(config: AppConfig): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req, res) => assignRequestId(req, res),
      customProps: (req) => ({ request_id: req.id }),
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
    },
  };
}
