import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { IsNull } from 'typeorm';
import { AppConfig } from '../../config';
import { RefreshToken } from './entities/refresh-token.entity';

export type RotationResult =
  | { status: 'rotated'; userId: number; token: string }
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

  async issue(userId: number, familyId: string = randomUUID()): Promise<string> {
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
    const row = await this.repository
      .createQueryBuilder('r')
      .innerJoin('users', 'u', 'u.id = r.user_id')
      .addSelect('u.is_active', 'user_active')
      .setLock('pessimistic_write', undefined, ['r'])
      .where('r.token_hash = :hash', { hash: digest(token) })
      .getRawAndEntities();
    const current = row.entities[0];
    if (!current) return { status: 'invalid' };
    const userActive = (row.raw[0] as { user_active: boolean }).user_active;
    if (current.usedAt || current.revokedAt) {
      await this.revokeFamily(current.familyId);
      return { status: 'reused' };
    }
    if (!userActive || current.expiresAt.getTime() <= Date.now()) {
      await this.revokeFamily(current.familyId);
      return { status: 'invalid' };
    }
    await this.repository.update(current.id, { usedAt: () => 'now()' });
    return { status: 'rotated', userId: current.userId, token: await this.issue(current.userId, current.familyId) };
  }

  /** Logout: revokes the family of a token that belongs to `userId`; unknown tokens change nothing. */
  @Transactional()
  async revokeFamilyOf(token: string, userId: number): Promise<void> {
    const row = await this.repository.findOneBy({ tokenHash: digest(token), userId });
    if (row) await this.revokeFamily(row.familyId);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.repository.update({ familyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }
}
