import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { UnauthorizedError } from '../errors';
import { AccessTokenService } from './access-token.service';
import { AuthUser, IS_PUBLIC } from './auth-user';
import { PendingUser, setPendingUser, USER_CHECKED_BY_QUERY } from './pending-user';
import { UserLookup } from './user-lookup';

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/** How a route authenticates: not at all, the account looked up here, or checked by the route's statement. */
type RouteAuth = 'public' | 'looked-up' | 'checked-by-query';

/**
 * A success response of a @UserCheckedByQuery() route may only go out once its user check passed: sending
 * its body earlier is a bug, answered 500 by the exception filter (which runs the check first). Problem
 * bodies carry nothing the account could not see, and the filter sends them only after the check.
 */
function refuseUncheckedBody(res: Response, user: PendingUser): void {
  const json = res.json;
  res.json = function (this: Response, body: unknown) {
    if (!user.confirmed && this.statusCode < 400) throw new Error('the route answered before its user check ran (see UserCheckedByQuery)');
    return json.call(this, body);
  };
}

/** Global guard: every route needs a valid access token of an active user unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  /** Per controller class and handler: the route metadata is read once, not on every request. */
  private readonly routes = new WeakMap<object, Map<object, RouteAuth>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly users: UserLookup,
  ) {}

  /** Synchronous unless the account is looked up: Nest awaits only a returned promise. */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const auth = this.routeAuth(context);
    if (auth === 'public') return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new UnauthorizedError('A bearer access token is required');
    const verified = this.tokens.verify(token);
    if (auth === 'checked-by-query') {
      const pending = new PendingUser(verified.userId, verified.sessionVersion);
      setPendingUser(request, pending);
      refuseUncheckedBody(context.switchToHttp().getResponse<Response>(), pending);
      return true;
    }
    return this.users.activeUser(verified).then((user) => {
      request.user = user;
      return true;
    });
  }

  private routeAuth(context: ExecutionContext): RouteAuth {
    const controller = context.getClass();
    const handler = context.getHandler();
    let handlers = this.routes.get(controller);
    if (!handlers) this.routes.set(controller, (handlers = new Map<object, RouteAuth>()));
    let auth = handlers.get(handler);
    if (auth === undefined) {
      const targets = [handler, controller];
      if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) auth = 'public';
      else if (this.reflector.getAllAndOverride<boolean>(USER_CHECKED_BY_QUERY, targets)) auth = 'checked-by-query';
      else auth = 'looked-up';
      handlers.set(handler, auth);
    }
    return auth;
  }
}
