import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ForbiddenError, isUniqueViolation, NotFoundError } from '../../common/errors';
import { ActingOrganization, OrganizationContext } from '../../common/organization-context';
import { mapPage, Page, PageQueryDto, Paginator } from '../../common/pagination';
import { OutboxService } from '../outbox';
import { UsersService } from '../users';
import {
  AddMemberDto,
  CreateOrganizationDto,
  MemberDto,
  OrganizationDto,
  OrganizationListItemDto,
} from './dto/organization.dto';
import { OrganizationMember } from './entities/organization-member.entity';
import { Organization } from './entities/organization.entity';
import { MembershipListeners } from './membership-listeners';
import { OrganizationRole } from './organization-role';
import {
  AlreadyMemberError,
  AlreadyOwnsOrganizationError,
  CannotRemoveSelfError,
  OwnerCannotLeaveError,
  OwnerRoleFixedError,
} from './organizations.errors';
import { toMemberJson, toOrganizationJson } from './organizations.json';

const MANAGER_ROLES: ReadonlySet<string> = new Set([OrganizationRole.OWNER, OrganizationRole.MANAGER]);

/**
 * Makes a membership the user's default: strictly later than any earlier choice of theirs, even within
 * the same millisecond, so the last choice always wins.
 */
const DEFAULT_SINCE_SQL = `GREATEST(clock_timestamp(),
  (SELECT max(d.default_since) + interval '1 millisecond' FROM organization_members d WHERE d.user_id = $1))`;

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly paginator: Paginator,
    private readonly context: OrganizationContext,
    private readonly users: UsersService,
    private readonly membershipListeners: MembershipListeners,
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

  /** The organization the request acts in (`X-Organization-Id`, else the caller's default). */
  async myOrganization(userId: number): Promise<OrganizationDto> {
    return this.organizationJson((await this.context.current(userId)).id, userId);
  }

  /** Every organization the caller belongs to, in the order they joined, with their role. */
  async list(userId: number, page: PageQueryDto): Promise<Page<OrganizationListItemDto>> {
    const query = this.tx
      .getRepository(OrganizationMember)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.organization', 'o')
      .where('m.userId = :userId', { userId });
    const [memberships, defaultOrganization] = await Promise.all([
      this.paginator.paginate(query, page, {
        scope: `organizations:${userId}`,
        direction: 'ASC',
        columns: [
          { column: 'm.joined_at', value: (m) => m.joinedAt },
          { column: 'm.id', value: (m) => m.id },
        ],
      }),
      this.context.defaultOf(userId),
    ]);
    return mapPage(memberships, (m) => ({
      ...toOrganizationJson(m.organization, userId),
      role: m.role,
      is_default: m.organizationId === defaultOrganization?.id,
    }));
  }

  /** Makes one of the caller's organizations their default; any other is a 404. */
  @Transactional()
  async setDefault(userId: number, organizationId: string): Promise<OrganizationDto> {
    const [rows]: [unknown[], number] = await this.tx.query(
      `UPDATE organization_members SET default_since = ${DEFAULT_SINCE_SQL}
        WHERE user_id = $1 AND organization_id = $2 RETURNING id`,
      [userId, organizationId],
    );
    if (rows.length === 0) throw new NotFoundError('Organization', organizationId);
    return this.organizationJson(organizationId, userId);
  }

  async members(userId: number, page: PageQueryDto): Promise<Page<MemberDto>> {
    const organization = await this.context.current(userId);
    const query = this.membersQuery().where('m.organizationId = :organizationId', { organizationId: organization.id });
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

  /**
   * Adds an existing account to an organization (the demo workspace and invitations use it); `asDefault`
   * makes it their default organization.
   */
  async addExistingMember(
    organizationId: string,
    userId: number,
    role: OrganizationRole,
    invitedById: number,
    options: { description?: string | null; asDefault?: boolean } = {},
  ): Promise<MemberDto> {
    try {
      await this.tx.query(
        `INSERT INTO organization_members (organization_id, user_id, role, invited_by_id, description, default_since)
         VALUES ($2, $1, $3, $4, $5, ${options.asDefault ? DEFAULT_SINCE_SQL : 'NULL'})`,
        [userId, organizationId, role, invitedById, options.description ?? null],
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organization_members_org_user')) throw new AlreadyMemberError();
      throw error;
    }
    return this.member(organizationId, userId);
  }

  /** Owner only: creates a new account directly in the organization. */
  @Transactional()
  async addMember(ownerId: number, input: AddMemberDto, passwordHash: string): Promise<MemberDto> {
    const organization = await this.context.current(ownerId);
    requireOwner(organization, 'add members');
    const user = await this.users.create({ username: input.username, email: input.email, passwordHash });
    return this.addExistingMember(organization.id, user.id, input.role, ownerId, { description: input.description });
  }

  /** Owner or manager: gives a member another role; the owner's role never changes. */
  @Transactional()
  async changeRole(userId: number, memberId: number, role: OrganizationRole): Promise<MemberDto> {
    const organization = await this.context.current(userId);
    requireManager(organization, 'change member roles');
    if (memberId === organization.ownerId) throw new OwnerRoleFixedError();
    const updated = await this.tx
      .getRepository(OrganizationMember)
      .update({ organizationId: organization.id, userId: memberId }, { role });
    if (!updated.affected) throw new NotFoundError('User', memberId);
    return this.member(organization.id, memberId);
  }

  /** Any member but the owner leaves the organization the request acts in, like a removal. */
  @Transactional()
  async leave(userId: number): Promise<void> {
    const organization = await this.context.current(userId);
    if (organization.isOwner) throw new OwnerCannotLeaveError();
    await this.detach(organization.id, userId, userId, 'left the organization');
  }

  /** Owner only: removes a member (never themselves), like a departure. */
  @Transactional()
  async removeMember(ownerId: number, memberId: number): Promise<void> {
    const organization = await this.context.current(ownerId);
    requireOwner(organization, 'remove members');
    if (memberId === ownerId) throw new CannotRemoveSelfError();
    await this.detach(organization.id, memberId, ownerId, 'removed from the organization');
  }

  /**
   * The member leaves: the membership listeners unassign their open tasks and release their unresolved
   * issues in the organization, all in the caller's transaction. A trigger drops their memberships of the
   * organization's chat channels, and
   * a `session_revoked` outbox row disconnects their sockets after commit (they reconnect without the
   * organization's rooms).
   */
  private async detach(organizationId: string, memberId: number, actorId: number, reason: string): Promise<void> {
    const removed = await this.tx.getRepository(OrganizationMember).delete({ organizationId, userId: memberId });
    if (!removed.affected) throw new NotFoundError('User', memberId);
    await this.membershipListeners.notify([{ organizationId, userId: memberId, actorId, reason }]);
    await this.outbox.revokeSessions(memberId, 'membership_changed');
  }

  private membersQuery() {
    return this.tx
      .getRepository(OrganizationMember)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .leftJoinAndSelect('m.invitedBy', 'inviter');
  }

  private async member(organizationId: string, userId: number): Promise<MemberDto> {
    const member = await this.membersQuery()
      .where('m.organizationId = :organizationId AND m.userId = :userId', { organizationId, userId })
      .getOneOrFail();
    return toMemberJson(member);
  }

  private async organizationJson(organizationId: string, viewerId: number): Promise<OrganizationDto> {
    return toOrganizationJson(await this.tx.getRepository(Organization).findOneByOrFail({ id: organizationId }), viewerId);
  }
}

export function requireOwner(organization: ActingOrganization, action: string): void {
  if (!organization.isOwner) throw new ForbiddenError(`Only the organization owner may ${action}`);
}

export function requireManager(organization: ActingOrganization, action: string): void {
  if (!organization.isOwner && !MANAGER_ROLES.has(organization.role)) {
    throw new ForbiddenError(`Only the organization owner or a manager may ${action}`);
  }
}
