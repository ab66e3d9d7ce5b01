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
}
