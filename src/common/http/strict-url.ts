import type { NextFunction, Request, Response } from 'express';
import { FieldError, ValidationFailedError } from '../errors';
import { textDefect } from './input-boundary';

const MESSAGE = 'must be valid percent-encoded UTF-8';

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** Query parameters whose name or value is not valid percent-encoded UTF-8, by name (when it decodes). */
function malformedQuery(query: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const [rawName, ...rest] = pair.split('=');
    const name = rawName.replace(/\+/g, ' ');
    const value = rest.join('=').replace(/\+/g, ' ');
    if (decodes(name) && decodes(value)) continue;
    const decodedName = decodes(name) ? decodeURIComponent(name) : undefined;
    const field = decodedName !== undefined && !textDefect(decodedName) ? decodedName : 'query';
    errors.push({ field, message: `${field} ${MESSAGE}` });
  }
  return errors;
}

/**
 * Rejects a URL whose path or query is not valid percent-encoded UTF-8 (e.g. `%ED%A0%80`, an encoded
 * lone surrogate) with a 422, before Express decodes it leniently into U+FFFD.
 */
export function rejectMalformedUrl(onError: (error: unknown, req: Request, res: Response) => void) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const url = req.url;
    // Only a percent sign starts an escape that can fail to decode.
    if (!url.includes('%')) return next();
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const errors: FieldError[] = path.split('/').every(decodes) ? [] : [{ field: 'path', message: `the path ${MESSAGE}` }];
    if (queryAt !== -1) errors.push(...malformedQuery(url.slice(queryAt + 1)));
    if (errors.length === 0) return next();
    onError(new ValidationFailedError(errors, 'The URL contains text that can never be stored'), req, res);
  };
}
