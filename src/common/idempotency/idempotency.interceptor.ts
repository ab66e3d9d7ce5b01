import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Request, Response } from 'express';
import { from, lastValueFrom, Observable } from 'rxjs';
import { AuthUser, pendingUserOf, UserLookup } from '../auth';
import { IDEMPOTENCY_EXEMPT, IDEMPOTENCY_REPLAY_HEADER, parseIdempotencyKey, requestFingerprint } from './idempotency-key';
import { IdempotencyStore } from './idempotency.store';

/**
 * `Idempotency-Key` on an authenticated POST. The interceptor opens the transaction of the request
 * around the handler (the use case's @Transactional joins it), claims the key first, and records the
 * response before the commit: the change and its stored response commit together or not at all.
 *
 * - same key, same method, route and body: the stored status and body with `Idempotency-Replay: true`,
 *   and nothing runs;
 * - same key, another request: 422 IDEMPOTENCY_KEY_REUSED;
 * - same key while the first still runs: 409 IDEMPOTENCY_IN_PROGRESS, Retry-After: 1.
 *
 * Only successful responses are stored. A request that fails rolls its transaction back, key
 * included, so nothing changed and a retry with the same key runs again (and fails the same way if
 * nothing else changed). Public routes (no user), routes marked @IdempotencyExempt() (their responses
 * carry credentials) and other methods pass through untouched.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
    private readonly users: UserLookup,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { user?: AuthUser }>();
    const header = req.headers['idempotency-key'];
    // The caller of a route that checks its account in its own statement is the pending one.
    const userId = req.user?.id ?? pendingUserOf(req)?.id;
    if (req.method !== 'POST' || userId === undefined || header === undefined) return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(IDEMPOTENCY_EXEMPT, [context.getHandler(), context.getClass()])) {
      return next.handle();
    }
    const key = parseIdempotencyKey(header);
    const fingerprint = requestFingerprint(req.method, req.originalUrl, req.body);
    const res = http.getResponse<Response>();
    return from(
      this.txHost.withTransaction(async () => {
        const stored = await this.store.claim(userId, key, fingerprint);
        if (stored) {
          // A replay runs no handler: the account check it would have made runs here.
          const pending = pendingUserOf(req);
          if (pending && !pending.confirmed) await this.users.check(pending);
          res.status(stored.status).setHeader(IDEMPOTENCY_REPLAY_HEADER, 'true');
          return stored.body ?? undefined;
        }
        const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
        await this.store.record(userId, key, fingerprint, { status: res.statusCode, body });
        return body;
      }),
    );
  }
}
