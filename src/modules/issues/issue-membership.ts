import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { MembershipListeners, MembershipRemoval } from '../organizations';
import { ProjectsService } from '../projects';
import { Issue } from './entities/issue.entity';
import { IssueStatus } from './issue-enums';
import { transition } from './issue-transitions';
import { IssuesRepository } from './issues.repository';

/**
 * A member who leaves an organization keeps no unresolved issue of its projects: each goes back to
 * `open`, unassigned, in the same transaction.
 */
@Injectable()
export class IssueMembership implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly membership: MembershipListeners,
    private readonly projects: ProjectsService,
    private readonly repository: IssuesRepository,
  ) {}

  onModuleInit(): void {
    this.membership.register(async (removals) => {
      for (const removal of removals) await this.release(removal);
    });
  }

  private async release({ organizationId, userId, actorId, reason }: MembershipRemoval): Promise<void> {
    const projectIds = await this.projects.idsOfOrganization(organizationId);
    if (projectIds.length === 0) return;
    const held = await this.txHost.tx.getRepository(Issue).find({
      select: { id: true },
      where: { projectId: In(projectIds), assigneeId: userId, status: In([IssueStatus.OPEN, IssueStatus.IN_PROGRESS]) },
    });
    const locked = await this.repository.lockMany(held.map(({ id }) => id));
    const stillHeld = locked.filter((issue) => issue.assigneeId === userId && issue.status !== IssueStatus.RESOLVED && issue.status !== IssueStatus.CLOSED);
    await this.repository.updateMany(
      stillHeld,
      (issue) => ({ assigneeId: null, status: transition('release', issue.status) }),
      { actorId, reason },
    );
  }
}
