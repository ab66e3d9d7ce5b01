import { CanActivate, ExecutionContext, RequestMethod } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request } from 'express';
import { prependEnhancer, routeHandlers } from '../http/route-handlers';
import { WriteThrottlerGuard } from './write-throttler.guard';

/** The express setting holding the WriteThrottlerGuard of the app that serves a request. */
const GUARD_SETTING = 'atlas:write-throttler-guard';
export const WRITE_METHODS: ReadonlySet<RequestMethod> = new Set([RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE]);

/**
 * Stands in the guard metadata of every write handler for the WriteThrottlerGuard of the app serving the
 * request (decorator metadata is shared by every app the process boots; tests boot several).
 */
export const WRITE_LIMITED: CanActivate = {
  canActivate(context: ExecutionContext): Promise<boolean> {
    const guard = context.switchToHttp().getRequest<Request>().app.get(GUARD_SETTING) as WriteThrottlerGuard | undefined;
    if (!guard) throw new Error('applyWriteLimitToWrites(app) was not called for the app serving this request');
    return guard.canActivate(context);
  },
};

/**
 * The per-user write limit on every POST, PUT, PATCH and DELETE route: the guard goes on those handlers
 * only, before the routes are registered (call it before `init`/`listen`). As a global guard it also ran,
 * and awaited, on every read only to skip it.
 */
export function applyWriteLimitToWrites(app: NestExpressApplication): void {
  app.set(GUARD_SETTING, app.get(WriteThrottlerGuard));
  for (const { handler, method } of routeHandlers(app)) {
    if (WRITE_METHODS.has(method)) prependEnhancer(handler, GUARDS_METADATA, WRITE_LIMITED);
  }
}
