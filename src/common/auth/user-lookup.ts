import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnauthorizedError } from '../errors';
import { AuthUser } from './auth-user';

/** Resolves a token's subject to an active user; a removed or deactivated user is refused. */
@Injectable()
export class UserLookup {
  constructor(private readonly dataSource: DataSource) {}

  async activeUser(userId: number): Promise<AuthUser> {
    const rows: AuthUser[] = await this.dataSource.query(
      'SELECT id, username, email FROM users WHERE id = $1 AND is_active',
      [userId],
    );
    const user = rows[0];
    if (!user) throw new UnauthorizedError('The account is inactive or no longer exists');
    return user;
  }
}
