import { CallHandler, ExecutionContext, NestInterceptor, RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { prependEnhancer, routeHandlers } from '../http/route-handlers';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/** The express setting holding the IdempotencyInterceptor of the app that serves a request. */
const INTERCEPTOR_SETTING = 'atlas:idempotency-interceptor';

/**
 * Stands in the interceptor metadata of every POST handler for the IdempotencyInterceptor of the app
 * serving the request: decorator metadata lives on the controller classes, shared by every app the
 * process boots (tests boot several), so it names no app's instance itself.
 */
const IDEMPOTENT_POST: NestInterceptor = {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const interceptor = context.switchToHttp().getRequest<Request>().app.get(INTERCEPTOR_SETTING) as IdempotencyInterceptor | undefined;
    if (!interceptor) throw new Error('applyIdempotencyToPosts(app) was not called for the app serving this request');
    return interceptor.intercept(context, next);
  },
};

/**
 * `Idempotency-Key` on every POST route: the interceptor goes on the POST handlers only, before the
 * routes are registered (call it before `init`/`listen`). A global interceptor would do the same but
 * put every route, GETs included, through Nest's interceptor chain (rxjs and async-context binding on
 * each request); a route without interceptors skips it.
 */
export function applyIdempotencyToPosts(app: NestExpressApplication): void {
  app.set(INTERCEPTOR_SETTING, app.get(IdempotencyInterceptor));
  for (const { handler, method } of routeHandlers(app)) {
    if (method === RequestMethod.POST) prependEnhancer(handler, INTERCEPTORS_METADATA, IDEMPOTENT_POST);
  }
}
