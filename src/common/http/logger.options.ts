import type { LoggerOptions } from 'pino';
import { ClsServiceManager, CLS_REQ } from 'nestjs-cls';
import { AppConfig } from '../../config';

const SECRET_KEY = /password|token|secret|authorization|cookie/i;
const TOKEN_QUERY_PARAMETER = /([?&][^=&]*token[^=&]*=)[^&]*/gi;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Replaces the value of every key that names a secret, at any depth, in plain data. Class
 * instances are left as they are. Returns the same object when nothing needed redacting, so the
 * common log line costs a walk and no copies.
 */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const redacted = redactSecrets(item, depth + 1);
      if (redacted !== item) (copy ??= value.slice() as unknown[])[i] = redacted;
    });
    return copy ?? value;
  }
  if (!isPlainObject(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const key in value) {
    const item = value[key];
    const redacted = SECRET_KEY.test(key) ? '[redacted]' : redactSecrets(item, depth + 1);
    if (redacted !== item) (copy ??= { ...value })[key] = redacted;
  }
  return copy ?? value;
}

/** A request URL as logged: the value of any query parameter whose name mentions a token is redacted. */
export function redactUrl(url: string): string {
  return url.replace(TOKEN_QUERY_PARAMETER, '$1[redacted]');
}

/** Lines logged while a request is handled carry its id (`reqId`), read from the request's CLS context. */
function requestContext(): Record<string, unknown> {
  const req: unknown = ClsServiceManager.getClsService().get(CLS_REQ);
  const id = (req as { id?: unknown } | undefined)?.id;
  return id === undefined ? {} : { reqId: id };
}

export function loggerOptions(config: AppConfig): LoggerOptions {
  return {
    level: config.logLevel,
    formatters: { log: (object) => redactSecrets(object) as Record<string, unknown> },
    mixin: requestContext,
  };
}
