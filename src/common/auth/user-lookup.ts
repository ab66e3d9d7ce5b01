import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnauthorizedError } from '../errors';
import { VerifiedAccessToken } from './access-token.service';
import { AuthUser } from './auth-user';

/**
 * Resolves a token's subject to an active user; a removed or deactivated user is refused, and so is a
 * token issued before the user's sessions were revoked (its session version is older than theirs).
 */
@Injectable()
export class UserLookup {
  constructor(private readonly dataSource: DataSource) {}

  async activeUser(token: Pick<VerifiedAccessToken, 'userId' | 'sessionVersion'>): Promise<AuthUser> {
    const rows: (AuthUser & { sessionVersion: number })[] = await this.dataSource.query(
      'SELECT id, username, email, session_version AS "sessionVersion" FROM users WHERE id = $1 AND is_active',
      [token.userId],
    );
    const user = rows[0];
    if (!user) throw new UnauthorizedError('The account is inactive or no longer exists');
    if (token.sessionVersion < user.sessionVersion) throw new UnauthorizedError('The session was revoked; sign in again');
    return { id: user.id, username: user.username, email: user.email };
  }
}
