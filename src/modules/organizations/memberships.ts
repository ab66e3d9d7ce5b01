import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { OrganizationMember } from './entities/organization-member.entity';

/** Reads of organization membership for other modules, so that none of them queries its tables. */
@Injectable()
export class Memberships {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The organizations `userId` belongs to. */
  async organizationIdsOf(userId: number): Promise<string[]> {
    const rows = await this.txHost.tx
      .getRepository(OrganizationMember)
      .find({ select: { organizationId: true }, where: { userId }, order: { organizationId: 'ASC' } });
    return rows.map((row) => row.organizationId);
  }

  /** The organization's active members with their usernames, by username. */
  async membersOf(organizationId: string): Promise<{ userId: number; username: string }[]> {
    const rows = await this.txHost.tx
      .getRepository(OrganizationMember)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u', 'u.is_active')
      .select(['m.user_id AS "userId"', 'u.username AS username'])
      .where('m.organization_id = :organizationId', { organizationId })
      .orderBy('u.username')
      .getRawMany<{ userId: number; username: string }>();
    return rows;
  }

  /** Active members of the organization whose username is one of `usernames`, compared without case. */
  async membersNamed(organizationId: string, usernames: readonly string[]): Promise<{ id: number; username: string }[]> {
    if (usernames.length === 0) return [];
    return this.txHost.tx.query(
      `SELECT u.id, u.username FROM organization_members m JOIN users u ON u.id = m.user_id AND u.is_active
        WHERE m.organization_id = $1 AND lower(u.username) = ANY($2::text[])
        ORDER BY u.id`,
      [organizationId, [...new Set(usernames.map((name) => name.toLowerCase()))]],
    );
  }
}
