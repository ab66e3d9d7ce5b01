import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

export const USER_CHECKED_BY_QUERY = 'atlas:user-checked-by-query';

/**
 * On a hot read: the caller's account check (active, session version not revoked) rides on the route's
 * own statement instead of a round trip of its own before it. The guard verifies the token and hands
 * the route a PendingUser; the route's statement embeds `UserLookup.sessionVersionSql` and passes the
 * answer to `UserLookup.confirm` before it uses anything it read. The check stays as immediate as the
 * guard's: it runs in the same request, against the row as it is then. A response sent while the
 * check is pending is refused (500), and an error answered before it (a 422, say) runs the check first.
 */
export const UserCheckedByQuery = () => SetMetadata(USER_CHECKED_BY_QUERY, true);

/** A caller whose token is valid and whose account is checked by the route's statement. */
export class PendingUser {
  private checked = false;

  constructor(
    readonly id: number,
    /** The session version the token was issued at. */
    readonly sessionVersion: number,
  ) {}

  get confirmed(): boolean {
    return this.checked;
  }

  /** Called by UserLookup.confirm once the account passed. */
  markConfirmed(): void {
    this.checked = true;
  }
}

type WithPendingUser = { pendingUser?: PendingUser };

export function pendingUserOf(request: object): PendingUser | undefined {
  return (request as WithPendingUser).pendingUser;
}

export function setPendingUser(request: object, user: PendingUser): void {
  (request as WithPendingUser).pendingUser = user;
}

export const CurrentPendingUser = createParamDecorator((_: unknown, context: ExecutionContext): PendingUser => {
  const user = pendingUserOf(context.switchToHttp().getRequest<object>());
  if (!user) throw new Error('CurrentPendingUser used on a route without @UserCheckedByQuery()');
  return user;
});
