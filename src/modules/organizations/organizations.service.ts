import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ForbiddenError, isUniqueViolation, NotFoundError } from '../../common/errors';
import { mapPage, Page, PageQueryDto, Paginator } from '../../common/pagination';
import { NotificationsService, NotificationType } from '../notifications';
import { OutboxService } from '../outbox';
import { UsersService } from '../users';
import {
  AddMemberDto,
  CreateOrganizationDto,
  InvitationDto,
  InviteMemberDto,
  MemberDto,
  OrganizationDto,
} from './dto/organization.dto';
import { InvitationStatus, OrganizationInvitation } from './entities/organization-invitation.entity';
import { OrganizationMember } from './entities/organization-member.entity';
import { Organization } from './entities/organization.entity';
import { MembershipListeners } from './membership-listeners';
import { OrganizationRole } from './organization-role';
import {
  AlreadyMemberError,
  AlreadyOwnsOrganizationError,
  CannotRemoveSelfError,
  InvitationPendingError,
  NoOrganizationError,
} from './organizations.errors';
import { toInvitationJson, toMemberJson, toOrganizationJson } from './organizations.json';

export interface CurrentOrganization {
  organization: Organization;
  role: OrganizationRole;
  isOwner: boolean;
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly paginator: Paginator,
    private readonly users: UsersService,
    private readonly membershipListeners: MembershipListeners,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  private get tx() {
    return this.txHost.tx;
  }

  /** Creates an organization owned by `ownerId`, who becomes its `owner` member. */
  @Transactional()
  async createForOwner(ownerId: number, input: CreateOrganizationDto): Promise<Organization> {
    let organization: Organization;
    try {
      organization = await this.tx.getRepository(Organization).save({
        name: input.name,
        description: input.description ?? null,
        ownerId,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organizations_owner')) throw new AlreadyOwnsOrganizationError();
      throw error;
    }
    await this.tx
      .getRepository(OrganizationMember)
      .insert({ organizationId: organization.id, userId: ownerId, role: OrganizationRole.OWNER });
    return organization;
  }

  async create(ownerId: number, input: CreateOrganizationDto): Promise<OrganizationDto> {
    return toOrganizationJson(await this.createForOwner(ownerId, input), ownerId);
  }

  /** The organization a user acts in: the one they own, else the one they joined first. */
  async current(userId: number): Promise<CurrentOrganization> {
    const membership = await this.tx
      .getRepository(OrganizationMember)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.organization', 'o')
      .where('m.userId = :userId', { userId })
      .orderBy('(o.owner_id = :userId)', 'DESC')
      .addOrderBy('m.joinedAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(1)
      .getOne();
    if (!membership) throw new NoOrganizationError();
    return {
      organization: membership.organization,
      role: membership.role,
      isOwner: membership.organization.ownerId === userId,
    };
  }

  async myOrganization(userId: number): Promise<OrganizationDto> {
    return toOrganizationJson((await this.current(userId)).organization, userId);
  }

  async members(userId: number, page: PageQueryDto): Promise<Page<MemberDto>> {
    const { organization } = await this.current(userId);
    const query = this.tx
      .getRepository(OrganizationMember)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .leftJoinAndSelect('m.invitedBy', 'inviter')
      .where('m.organizationId = :organizationId', { organizationId: organization.id });
    const members = await this.paginator.paginate(query, page, {
      scope: `organization-members:${organization.id}`,
      direction: 'ASC',
      columns: [
        { column: 'm.joined_at', value: (m) => m.joinedAt },
        { column: 'm.id', value: (m) => m.id },
      ],
    });
    return mapPage(members, toMemberJson);
  }

  /** Adds an existing account to an organization (the demo workspace and invitations use it). */
  async addExistingMember(
    organizationId: string,
    userId: number,
    role: OrganizationRole,
    invitedById: number,
    description: string | null = null,
  ): Promise<void> {
    try {
      await this.tx.getRepository(OrganizationMember).insert({ organizationId, userId, role, invitedById, description });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organization_members_org_user')) throw new AlreadyMemberError();
      throw error;
    }
  }

  /** Owner only: creates a new account directly in the organization. */
  @Transactional()
  async addMember(ownerId: number, input: AddMemberDto, passwordHash: string): Promise<MemberDto> {
    const organization = await this.ownedOrganization(ownerId);
    const user = await this.users.create({ username: input.username, email: input.email, passwordHash });
    const member = await this.tx.getRepository(OrganizationMember).save({
      organizationId: organization.id,
      userId: user.id,
      role: input.role,
      description: input.description ?? null,
      invitedById: ownerId,
    });
    const inviter = await this.users.getActive(ownerId);
    return toMemberJson({ ...member, user, invitedBy: inviter });
  }

  /** Owner only: invites an existing account, which is notified and may accept. */
  @Transactional()
  async invite(ownerId: number, input: InviteMemberDto): Promise<InvitationDto> {
    const organization = await this.ownedOrganization(ownerId);
    const invitee = await this.users.findByEmail(input.email);
    if (!invitee || !invitee.isActive) throw new NotFoundError('User', input.email);
    const alreadyMember = await this.tx
      .getRepository(OrganizationMember)
      .existsBy({ organizationId: organization.id, userId: invitee.id });
    if (alreadyMember) throw new AlreadyMemberError();
    let invitation: OrganizationInvitation;
    try {
      invitation = await this.tx.getRepository(OrganizationInvitation).save({
        organizationId: organization.id,
        email: invitee.email,
        inviteeId: invitee.id,
        role: input.role,
        description: input.description ?? null,
        invitedById: ownerId,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organization_invitations_pending')) throw new InvitationPendingError();
      throw error;
    }
    await this.notifications.notify({
      userId: invitee.id,
      type: NotificationType.ORG_INVITATION,
      title: `Invitation to ${organization.name}`.slice(0, 200),
      message: `You are invited to join ${organization.name} as ${input.role}`.slice(0, 1000),
      link: `/api/v1/organizations/invitations/${invitation.id}/accept`,
      dedupKey: `org_invitation:${invitation.id}`,
    });
    return toInvitationJson(invitation);
  }

  @Transactional()
  async acceptInvitation(userId: number, invitationId: number): Promise<MemberDto> {
    const invitation = await this.tx
      .getRepository(OrganizationInvitation)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :invitationId AND i.inviteeId = :userId', { invitationId, userId })
      .getOne();
    if (!invitation) throw new NotFoundError('Invitation', invitationId);
    if (invitation.status !== InvitationStatus.PENDING) throw new AlreadyMemberError();
    await this.tx
      .getRepository(OrganizationInvitation)
      .update(invitation.id, { status: InvitationStatus.ACCEPTED, acceptedAt: () => 'now()' });
    await this.addExistingMember(
      invitation.organizationId,
      userId,
      invitation.role,
      invitation.invitedById,
      invitation.description,
    );
    const member = await this.tx.getRepository(OrganizationMember).findOneOrFail({
      where: { organizationId: invitation.organizationId, userId },
      relations: { user: true, invitedBy: true },
    });
    return toMemberJson(member);
  }

  /**
   * Owner only: the member leaves and the membership listeners (their open tasks are unassigned) run in
   * the same transaction.
   * A trigger drops their memberships of the organization's chat channels in the same transaction, and
   * a `session_revoked` outbox row disconnects their sockets after commit (they reconnect without the
   * organization's rooms).
   */
  @Transactional()
  async removeMember(ownerId: number, memberId: number): Promise<void> {
    const organization = await this.ownedOrganization(ownerId);
    if (memberId === ownerId) throw new CannotRemoveSelfError();
    const removed = await this.tx
      .getRepository(OrganizationMember)
      .delete({ organizationId: organization.id, userId: memberId });
    if (!removed.affected) throw new NotFoundError('User', memberId);
    await this.membershipListeners.notify([
      { organizationId: organization.id, userId: memberId, actorId: ownerId, reason: 'removed from the organization' },
    ]);
    await this.outbox.revokeSessions(memberId, 'membership_changed');
  }

  private async ownedOrganization(userId: number): Promise<Organization> {
    const current = await this.current(userId);
    if (!current.isOwner) throw new ForbiddenError('Only the organization owner may manage its members');
    return current.organization;
  }
}
