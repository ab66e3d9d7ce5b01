import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ParseIntIdPipe } from '../../common/http/id-pipes';
import { ApiOrganizationManagersOnly, ApiOrganizationOwnerOnly, ApiPage, ApiProblems } from '../../common/openapi';
import { OrganizationScoped } from '../../common/organization-context';
import { Page } from '../../common/pagination';
import { InvitationDto, InvitationListQuery, InviteMemberDto, MemberDto } from './dto/organization.dto';
import { InvitationsService } from './invitations.service';

const NOT_YOURS = { code: ErrorCode.INVITATION_NOT_FOUND, description: 'No such invitation to the caller’s email address' };
const EXPIRED = { code: ErrorCode.INVITATION_EXPIRED, description: 'It expired (INVITATION_TTL_DAYS)' };
const ANSWERED = { code: ErrorCode.INVITATION_NOT_PENDING, description: 'It was already accepted, declined or revoked' };

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @ApiOperation({
    summary: 'Invite by email',
    description:
      'Invites an email address to the organization (owner only); an address without an account is answered alike (no account enumeration), and an account is notified (`org_invitation`). Expires after INVITATION_TTL_DAYS.',
  })
  @Post()
  @OrganizationScoped()
  @ApiCreatedResponse({
    type: InvitationDto,
    description: 'Also for an address without an account (answered alike); an account is notified (org_invitation)',
  })
  @ApiOrganizationOwnerOnly()
  @ApiProblems(
    { code: ErrorCode.ALREADY_MEMBER, description: 'The address belongs to a member already' },
    { code: ErrorCode.INVITATION_PENDING, description: 'The address has a pending invitation already' },
  )
  invite(@CurrentUser() user: AuthUser, @Body() body: InviteMemberDto): Promise<InvitationDto> {
    return this.invitations.invite(user.id, body);
  }

  @ApiOperation({
    summary: 'List invitations',
    description: 'Invitations of the organization, oldest first (owner or manager): the pending ones unless `status` names another.',
  })
  @Get()
  @OrganizationScoped()
  @ApiPage(InvitationDto)
  @ApiOrganizationManagersOnly()
  list(@CurrentUser() user: AuthUser, @Query() query: InvitationListQuery): Promise<Page<InvitationDto>> {
    return this.invitations.listForOrganization(user.id, query);
  }

  @ApiOperation({ summary: "Accept an invitation", description: "Joins the organization of an invitation addressed to the caller's email; it becomes the caller's default." })
  @Post(':invitation_id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: MemberDto, description: 'Joined; the organization becomes the caller’s default' })
  @ApiProblems(NOT_YOURS, EXPIRED, ANSWERED, { code: ErrorCode.ALREADY_MEMBER, description: 'The caller is a member already' })
  accept(@CurrentUser() user: AuthUser, @Param('invitation_id', ParseIntIdPipe) invitationId: number): Promise<MemberDto> {
    return this.invitations.accept(user.id, invitationId);
  }

  @ApiOperation({ summary: "Decline an invitation", description: "Declines a pending invitation addressed to the caller's email." })
  @Post(':invitation_id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationDto })
  @ApiProblems(NOT_YOURS, EXPIRED, ANSWERED)
  decline(@CurrentUser() user: AuthUser, @Param('invitation_id', ParseIntIdPipe) invitationId: number): Promise<InvitationDto> {
    return this.invitations.decline(user.id, invitationId);
  }

  @ApiOperation({ summary: 'Revoke an invitation', description: 'Revokes a pending invitation (owner or manager).' })
  @Delete(':invitation_id')
  @HttpCode(204)
  @OrganizationScoped()
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiOrganizationManagersOnly()
  @ApiProblems(
    { code: ErrorCode.INVITATION_NOT_FOUND, description: 'No such invitation in the organization' },
    { code: ErrorCode.INVITATION_NOT_PENDING, description: 'It was already accepted, declined, revoked or it expired' },
  )
  async revoke(@CurrentUser() user: AuthUser, @Param('invitation_id', ParseIntIdPipe) invitationId: number): Promise<void> {
    await this.invitations.revoke(user.id, invitationId);
  }
}
