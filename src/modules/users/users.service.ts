import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { isUniqueViolation, NotFoundError } from '../../common/errors';
import { User } from './entities/user.entity';
import { MeDto, UserSummaryDto } from './user.json';
import { EmailTakenError, UsernameTakenError } from './users.errors';

export interface NewUser {
  username: string;
  email: string;
  passwordHash: string;
}

/** The role a user holds in their current organization: the one they own, else the earliest joined. */
const CURRENT_ROLE_SQL = `SELECT m.role FROM organization_members m JOIN organizations o ON o.id = m.organization_id
  WHERE m.user_id = $1 ORDER BY (o.owner_id = $1) DESC, m.joined_at, m.id LIMIT 1`;

@Injectable()
export class UsersService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repository() {
    return this.txHost.tx.getRepository(User);
  }

  /** Inserts a user; a taken email (case-insensitive) or username is a 409, decided by unique indexes. */
  async create(input: NewUser): Promise<User> {
    try {
      return await this.repository.save(this.repository.create({ ...input, email: input.email.trim() }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_email_lower')) throw new EmailTakenError();
      if (isUniqueViolation(error, 'uq_users_username')) throw new UsernameTakenError(input.username);
      throw error;
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

  async currentRole(userId: number): Promise<string | null> {
    const rows: { role: string }[] = await this.txHost.tx.query(CURRENT_ROLE_SQL, [userId]);
    return rows[0]?.role ?? null;
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
}
