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
}
