import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { IsNull } from 'typeorm';
import { AppConfig } from '../../config';
import { RefreshToken } from './entities/refresh-token.entity';

export type RotationResult =
  | { status: 'rotated'; userId: number; sessionVersion: number; token: string }
  | { status: 'invalid' }
  | { status: 'reused' };

const DAY_MS = 86_400_000;

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * Opaque refresh tokens, stored as SHA-256 digests, single use. Each rotation issues the next token
 * of the same family; presenting a spent token revokes the whole family (it was stolen or replayed).
 */
@Injectable()
export class RefreshTokensService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly config: AppConfig,
  ) {}

  private get repository() {
    return this.txHost.tx.getRepository(RefreshToken);
  }

  /**
   * A new family for a user whose session version was `sessionVersion` when they proved who they are;
   * null if their sessions were revoked since (a password change raced the login). The share lock on the
   * user row orders this against a revocation: either it sees the new version, or the revocation waits
   * and then revokes this token too.
   */
  @Transactional()
  async issueFor(user: { id: number; sessionVersion: number }): Promise<string | null> {
    const rows: unknown[] = await this.txHost.tx.query(
      'SELECT 1 FROM users WHERE id = $1 AND session_version = $2 AND is_active FOR SHARE',
      [user.id, user.sessionVersion],
    );
    return rows.length > 0 ? this.issue(user.id) : null;
  }

  private async issue(userId: number, familyId: string = randomUUID()): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.repository.insert({
      userId,
      familyId,
      tokenHash: digest(token),
      expiresAt: new Date(Date.now() + this.config.jwt.refreshTtlDays * DAY_MS),
    });
    return token;
  }

  /**
   * Returns a result rather than throwing, so that the revocation of a reused family commits
   * even though the caller then answers 401.
   */
  @Transactional()
  async rotate(token: string): Promise<RotationResult> {
    const hash = digest(token);
    // The user row first, then the token's, in the order a revocation of every session takes them (it
    // updates the user, then their tokens): it either comes first (this token is revoked by then) or
    // waits for this rotation and revokes the token it issues. The other order deadlocks against it.
    const users: { is_active: boolean; session_version: number }[] = await this.txHost.tx.query(
      `SELECT is_active, session_version FROM users
        WHERE id = (SELECT user_id FROM refresh_tokens WHERE token_hash = $1) FOR UPDATE`,
      [hash],
    );
    const current =
      users.length > 0
        ? await this.repository.createQueryBuilder('r').setLock('pessimistic_write').where('r.token_hash = :hash', { hash }).getOne()
        : null;
    if (!current) return { status: 'invalid' };
    const { is_active: userActive, session_version: sessionVersion } = users[0];
    if (current.usedAt || current.revokedAt) {
      await this.revokeFamily(current.familyId);
      return { status: 'reused' };
    }
    if (!userActive || current.expiresAt.getTime() <= Date.now()) {
      await this.revokeFamily(current.familyId);
      return { status: 'invalid' };
    }
    await this.repository.update(current.id, { usedAt: () => 'now()' });
    const next = await this.issue(current.userId, current.familyId);
    return { status: 'rotated', userId: current.userId, sessionVersion, token: next };
  }

  /** Logout: revokes the family of a token that belongs to `userId`; unknown tokens change nothing. */
  @Transactional()
  async revokeFamilyOf(token: string, userId: number): Promise<void> {
    const row = await this.repository.findOneBy({ tokenHash: digest(token), userId });
    if (row) await this.revokeFamily(row.familyId);
  }

  /** Every refresh token of the user (password change, logout-all). Joins the caller's transaction. */
  async revokeAllOf(userId: number): Promise<void> {
    await this.repository.update({ userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.repository.update({ familyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }
}
