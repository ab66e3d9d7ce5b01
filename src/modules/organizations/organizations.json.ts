import { InvitationDto, MemberDto, OrganizationDto } from './dto/organization.dto';
import { InvitationStatus, OrganizationInvitation } from './entities/organization-invitation.entity';
import { OrganizationMember } from './entities/organization-member.entity';
import { Organization } from './entities/organization.entity';

export function toOrganizationJson(organization: Organization, viewerId: number): OrganizationDto {
  return {
    id: organization.id,
    name: organization.name,
    description: organization.description,
    owner_id: organization.ownerId,
    is_owner: organization.ownerId === viewerId,
    created_at: organization.createdAt.toISOString(),
  };
}

export function toMemberJson(member: OrganizationMember): MemberDto {
  return {
    id: member.userId,
    username: member.user.username,
    email: member.user.email,
    role: member.role,
    description: member.description,
    invited_by: member.invitedBy?.username ?? null,
    invited_by_id: member.invitedById,
    joined_at: member.joinedAt.toISOString(),
  };
}

/** A pending invitation past its expiry is shown as `expired`. */
export function displayedStatus(invitation: Pick<OrganizationInvitation, 'status' | 'expiresAt'>): InvitationStatus {
  return invitation.status === InvitationStatus.PENDING && invitation.expiresAt.getTime() <= Date.now()
    ? InvitationStatus.EXPIRED
    : invitation.status;
}

/** Needs `organization` and `invitedBy` loaded. */
export function toInvitationJson(invitation: OrganizationInvitation): InvitationDto {
  return {
    id: invitation.id,
    organization_id: invitation.organizationId,
    organization_name: invitation.organization.name,
    email: invitation.email,
    role: invitation.role,
    description: invitation.description,
    status: displayedStatus(invitation),
    invited_by: invitation.invitedBy.username,
    invited_by_id: invitation.invitedById,
    created_at: invitation.createdAt.toISOString(),
    expires_at: invitation.expiresAt.toISOString(),
  };
}
