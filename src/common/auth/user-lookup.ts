import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnauthorizedError } from '../errors';
import { VerifiedAccessToken } from './access-token.service';
import { AuthUser } from './auth-user';
import { PendingUser } from './pending-user';

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
    refuseUnlessCurrent(token.sessionVersion, user ? user.sessionVersion : null);
    return { id: user.id, username: user.username, email: user.email };
  }

  /**
   * The pending check of a route marked @UserCheckedByQuery(), in SQL: a scalar that is the user's
   * session version while the account is active, null otherwise (`user`: the parameter naming the id).
   */
  sessionVersionSql(user: string): string {
    return `(SELECT u.session_version FROM users u WHERE u.id = ${user} AND u.is_active)`;
  }

  /** The answer of `sessionVersionSql` decides: the same refusals as `activeUser`. */
  confirm(user: PendingUser, currentSessionVersion: number | null): void {
    refuseUnlessCurrent(user.sessionVersion, currentSessionVersion);
    user.markConfirmed();
  }

  /** The pending check on its own round trip, for a request answered before its statement ran. */
  async check(user: PendingUser): Promise<void> {
    const [row]: { version: number | null }[] = await this.dataSource.query(`SELECT ${this.sessionVersionSql('$1')} AS version`, [user.id]);
    this.confirm(user, row.version);
  }
}

function refuseUnlessCurrent(tokenSessionVersion: number, currentSessionVersion: number | null): void {
  if (currentSessionVersion === null) throw new UnauthorizedError('The account is inactive or no longer exists');
  if (tokenSessionVersion < currentSessionVersion) throw new UnauthorizedError('The session was revoked; sign in again');
}
