import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { isUniqueViolation, NotFoundError } from '../../common/errors';
import { OrganizationContext } from '../../common/organization-context';
import { mapPage, Page, PageQueryDto, Paginator } from '../../common/pagination';
import { AppConfig } from '../../config';
import { NotificationsService, NotificationType } from '../notifications';
import { UsersService } from '../users';
import { InvitationDto, InvitationListQuery, InviteMemberDto, MemberDto } from './dto/organization.dto';
import { InvitationStatus, OrganizationInvitation } from './entities/organization-invitation.entity';
import { OrganizationMember } from './entities/organization-member.entity';
import { AlreadyMemberError, InvitationExpiredError, InvitationNotPendingError, InvitationPendingError } from './organizations.errors';
import { displayedStatus, toInvitationJson } from './organizations.json';
import { OrganizationsService, requireManager, requireOwner } from './organizations.service';

/** Where an invitee reads an invitation (the `link` of its notification). */
export const invitationLink = (id: number) => `/api/v1/users/me/invitations/${id}`;

const STILL_OPEN = `i.status = 'pending' AND i.expires_at > now()`;
const EXPIRED = `(i.status = 'expired' OR (i.status = 'pending' AND i.expires_at <= now()))`;

type Answer = InvitationStatus.ACCEPTED | InvitationStatus.DECLINED;

type AnsweredInvitation = Pick<OrganizationInvitation, 'id' | 'organizationId' | 'role' | 'description' | 'invitedById'>;

/**
 * The invitation lifecycle: pending until accepted, declined, revoked or past its expiry. Every change
 * of status is one conditional UPDATE of a still-open row, so of two concurrent answers (an accept and a
 * revoke, say) exactly one finds the row open; the other gets a 409.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly paginator: Paginator,
    private readonly config: AppConfig,
    private readonly context: OrganizationContext,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  private get invitations() {
    return this.txHost.tx.getRepository(OrganizationInvitation);
  }

  /**
   * Owner only: invites an email address. An address without an account answers the same 201 (nobody
   * learns whether an account exists); an account is notified at once, a later registrant finds it in
   * their invitations.
   */
  @Transactional()
  async invite(ownerId: number, input: InviteMemberDto): Promise<InvitationDto> {
    const organization = await this.context.current(ownerId);
    requireOwner(organization, 'invite members');
    const email = input.email.trim();
    const invitee = await this.users.findByEmail(email);
    if (invitee) {
      const alreadyMember = await this.txHost.tx
        .getRepository(OrganizationMember)
        .existsBy({ organizationId: organization.id, userId: invitee.id });
      if (alreadyMember) throw new AlreadyMemberError();
    }
    // An expired invitation no longer holds the address's pending slot.
    await this.txHost.tx.query(
      `UPDATE organization_invitations SET status = 'expired'
        WHERE organization_id = $1 AND lower(email) = lower($2) AND status = 'pending' AND expires_at <= now()`,
      [organization.id, email],
    );
    let id: number;
    try {
      [{ id }] = await this.txHost.tx.query<{ id: number }[]>(
        `INSERT INTO organization_invitations (organization_id, email, role, description, invited_by_id, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6::int)) RETURNING id`,
        [organization.id, invitee?.email ?? email, input.role, input.description ?? null, ownerId, this.config.invitationTtlDays],
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organization_invitations_pending')) throw new InvitationPendingError();
      throw error;
    }
    if (invitee?.isActive) {
      await this.notifications.notify({
        userId: invitee.id,
        type: NotificationType.ORG_INVITATION,
        title: `Invitation to ${organization.name}`.slice(0, 200),
        message: `You are invited to join ${organization.name} as ${input.role}`.slice(0, 1000),
        link: invitationLink(id),
        dedupKey: `org_invitation:${id}`,
      });
    }
    return toInvitationJson(await this.load(id));
  }

  /** Owner or manager: the organization's invitations, pending ones unless `status` says otherwise. */
  async listForOrganization(userId: number, query: InvitationListQuery): Promise<Page<InvitationDto>> {
    const organization = await this.context.current(userId);
    requireManager(organization, 'see the invitations');
    const status = query.status ?? InvitationStatus.PENDING;
    const builder = this.withNames().where('i.organization_id = :organizationId', { organizationId: organization.id });
    // `pending` means still answerable; `expired` includes pending rows past their expiry.
    if (status === InvitationStatus.PENDING) builder.andWhere(STILL_OPEN);
    else if (status === InvitationStatus.EXPIRED) builder.andWhere(EXPIRED);
    else builder.andWhere('i.status = :status', { status });
    return this.page(builder, query, `invitations:${organization.id}:${status}`);
  }

  /** The caller's pending invitations (to their email address), oldest first. */
  async listMine(userId: number, page: PageQueryDto): Promise<Page<InvitationDto>> {
    const email = await this.emailOf(userId);
    const builder = this.withNames().where('lower(i.email) = lower(:email)', { email }).andWhere(STILL_OPEN);
    return this.page(builder, page, `my-invitations:${userId}`);
  }

  /** One of the caller's invitations, whatever its status. */
  async getMine(userId: number, invitationId: number): Promise<InvitationDto> {
    const email = await this.emailOf(userId);
    const invitation = await this.withNames()
      .where('i.id = :invitationId AND lower(i.email) = lower(:email)', { invitationId, email })
      .getOne();
    if (!invitation) throw new NotFoundError('Invitation', invitationId);
    return toInvitationJson(invitation);
  }

  /** The invitee joins with the invited role, and the organization becomes their default. */
  @Transactional()
  async accept(userId: number, invitationId: number): Promise<MemberDto> {
    const invitation = await this.answer(userId, invitationId, InvitationStatus.ACCEPTED);
    return this.organizations.addExistingMember(invitation.organizationId, userId, invitation.role, invitation.invitedById, {
      description: invitation.description,
      asDefault: true,
    });
  }

  @Transactional()
  async decline(userId: number, invitationId: number): Promise<InvitationDto> {
    return toInvitationJson(await this.load((await this.answer(userId, invitationId, InvitationStatus.DECLINED)).id));
  }

  /** Owner or manager: withdraws a pending invitation of the organization the request acts in. */
  @Transactional()
  async revoke(userId: number, invitationId: number): Promise<void> {
    const organization = await this.context.current(userId);
    requireManager(organization, 'revoke invitations');
    const [rows]: [unknown[], number] = await this.txHost.tx.query(
      `UPDATE organization_invitations i SET status = 'revoked', closed_at = now()
        WHERE i.id = $1 AND i.organization_id = $2 AND i.status = 'pending' RETURNING i.id`,
      [invitationId, organization.id],
    );
    if (rows.length > 0) return;
    const invitation = await this.invitations.findOneBy({ id: invitationId, organizationId: organization.id });
    if (!invitation) throw new NotFoundError('Invitation', invitationId);
    throw new InvitationNotPendingError(invitationId, invitation.status);
  }

  /** Closes an open invitation addressed to the caller with their answer; otherwise explains why not. */
  private async answer(userId: number, invitationId: number, status: Answer): Promise<AnsweredInvitation> {
    const email = await this.emailOf(userId);
    const [rows]: [AnsweredInvitation[], number] = await this.txHost.tx.query(
      `UPDATE organization_invitations i SET status = $3, closed_at = now()
        WHERE i.id = $1 AND lower(i.email) = lower($2) AND ${STILL_OPEN}
        RETURNING i.id, i.organization_id AS "organizationId", i.role, i.description, i.invited_by_id AS "invitedById"`,
      [invitationId, email, status],
    );
    if (rows[0]) return rows[0];
    const invitation = await this.invitations
      .createQueryBuilder('i')
      .where('i.id = :invitationId AND lower(i.email) = lower(:email)', { invitationId, email })
      .getOne();
    if (!invitation) throw new NotFoundError('Invitation', invitationId);
    const shown = displayedStatus(invitation);
    if (shown === InvitationStatus.EXPIRED || invitation.status === InvitationStatus.PENDING) {
      throw new InvitationExpiredError(invitationId);
    }
    throw new InvitationNotPendingError(invitationId, shown);
  }

  private async emailOf(userId: number): Promise<string> {
    return (await this.users.getActive(userId)).email;
  }

  private withNames() {
    return this.invitations
      .createQueryBuilder('i')
      .innerJoinAndSelect('i.organization', 'o')
      .innerJoinAndSelect('i.invitedBy', 'inviter');
  }

  private async load(id: number): Promise<OrganizationInvitation> {
    return this.withNames().where('i.id = :id', { id }).getOneOrFail();
  }

  private async page(
    builder: ReturnType<InvitationsService['withNames']>,
    page: PageQueryDto,
    scope: string,
  ): Promise<Page<InvitationDto>> {
    const result = await this.paginator.paginate(builder, page, {
      scope,
      direction: 'ASC',
      columns: [
        { column: 'i.created_at', value: (i) => i.createdAt },
        { column: 'i.id', value: (i) => i.id },
      ],
    });
    return mapPage(result, toInvitationJson);
  }
}

