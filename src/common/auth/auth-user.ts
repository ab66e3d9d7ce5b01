import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

/** The authenticated caller, loaded from the database on every request. */
export interface AuthUser {
  id: number;
  username: string;
  email: string;
}

export const IS_PUBLIC = 'atlas:is-public';

/** Opens a route to anonymous callers (register, login, health...). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
  if (!user) throw new Error('CurrentUser used on a route without authentication');
  return user;
});
