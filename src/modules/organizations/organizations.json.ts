import { InvitationDto, MemberDto, OrganizationDto } from './dto/organization.dto';
import { OrganizationInvitation } from './entities/organization-invitation.entity';
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

export function toInvitationJson(invitation: OrganizationInvitation): InvitationDto {
  return {
    id: invitation.id,
    organization_id: invitation.organizationId,
    email: invitation.email,
    role: invitation.role,
    status: invitation.status,
    created_at: invitation.createdAt.toISOString(),
  };
}
