import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { isUniqueViolation, NotFoundError } from '../../common/errors';
import { OrganizationContext } from '../../common/organization-context';
import { User } from './entities/user.entity';
import { UpdateProfileDto } from './dto/profile.dto';
import { MeDto, UserSummaryDto } from './user.json';
import { EmailTakenError, UsernameTakenError } from './users.errors';

export interface NewUser {
  username: string;
  email: string;
  passwordHash: string;
}

/**
 * The users among the ids the parameter `ids` names (an int array), share-locked (FOR KEY SHARE) in id
 * order so that none can be deleted before the caller commits: a query of their ids, for statements
 * of other modules that write rows about them (notifications).
 */
export function lockExistingUsersSql(ids: string): string {
  return `SELECT id FROM users WHERE id = ANY(${ids}::int[]) ORDER BY id FOR KEY SHARE`;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly organizations: OrganizationContext,
  ) {}

  private get repository() {
    return this.txHost.tx.getRepository(User);
  }

  /** Inserts a user; a taken email (case-insensitive) or username is a 409, decided by unique indexes. */
  async create(input: NewUser): Promise<User> {
    try {
      return await this.repository.save(this.repository.create({ ...input, email: input.email.trim() }));
    } catch (error) {
      rethrowTaken(error, input.username);
    }
  }

  async findByEmail(email: string): Promise<User | null> {
    return this.repository
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  async findById(id: number): Promise<User | null> {
    return this.repository.findOneBy({ id });
  }

  async getActive(id: number): Promise<User> {
    const user = await this.findById(id);
    if (!user || !user.isActive) throw new NotFoundError('User', id);
    return user;
  }

  /**
   * Replaces a password hash (a bcrypt hash upgraded at login) unless it changed meanwhile, so a
   * concurrent password change is never overwritten.
   */
  async replacePasswordHash(userId: number, expected: string, next: string): Promise<void> {
    await this.repository.update({ id: userId, passwordHash: expected }, { passwordHash: next });
  }

  /** The role a user holds in their default organization (null when they belong to none). */
  async currentRole(userId: number): Promise<string | null> {
    return (await this.organizations.defaultOf(userId))?.role ?? null;
  }

  async summary(user: User): Promise<UserSummaryDto> {
    return {
      id: user.id,
      username: user.username,
      email: user.email,
      avatar_url: user.avatarUrl,
      role: await this.currentRole(user.id),
    };
  }

  async me(userId: number): Promise<MeDto> {
    const user = await this.getActive(userId);
    return { ...(await this.summary(user)), created_at: user.createdAt.toISOString() };
  }

  /** Username and avatar; a taken username is a 409 (unique index). Omitted fields stay as they are. */
  @Transactional()
  async updateProfile(userId: number, input: UpdateProfileDto): Promise<MeDto> {
    const changes: Partial<User> = {};
    if (input.username !== undefined) changes.username = input.username;
    if (input.avatar_url !== undefined) changes.avatarUrl = input.avatar_url;
    if (Object.keys(changes).length > 0) {
      try {
        await this.repository.update({ id: userId, isActive: true }, changes);
      } catch (error) {
        rethrowTaken(error, input.username ?? '');
      }
    }
    return this.me(userId);
  }

  /**
   * Replaces the password hash and revokes every session (see `revokeSessions`); returns the new session
   * version, under which the caller's fresh tokens are issued.
   */
  async changePasswordHash(userId: number, passwordHash: string): Promise<number> {
    return this.bumpSessionVersion(userId, passwordHash);
  }

  /** Every access token issued so far stops working: they carry an older session version from now on. */
  async revokeSessions(userId: number): Promise<number> {
    return this.bumpSessionVersion(userId, null);
  }

  private async bumpSessionVersion(userId: number, passwordHash: string | null): Promise<number> {
    const [rows]: [{ session_version: number }[], number] = await this.txHost.tx.query(
      `UPDATE users SET session_version = session_version + 1, password_hash = COALESCE($2, password_hash),
              updated_at = now()
        WHERE id = $1 AND is_active RETURNING session_version`,
      [userId, passwordHash],
    );
    if (!rows[0]) throw new NotFoundError('User', userId);
    return rows[0].session_version;
  }
}

function rethrowTaken(error: unknown, username: string): never {
  if (isUniqueViolation(error, 'uq_users_email_lower')) throw new EmailTakenError();
  if (isUniqueViolation(error, 'uq_users_username')) throw new UsernameTakenError(username);
  throw error;
}
