import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ParseIntIdPipe } from '../../common/http/id-pipes';
import { ApiPage } from '../../common/openapi';
import { OrganizationScoped } from '../../common/organization-context';
import { Page } from '../../common/pagination';
import { InvitationDto, InvitationListQuery, InviteMemberDto, MemberDto } from './dto/organization.dto';
import { InvitationsService } from './invitations.service';

const NOT_YOURS = 'No such invitation to the caller’s email address';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @ApiOperation({ summary: 'Invite by email', description: 'Invites an email address to the organization (owner only); the invitee is notified when they have an account. Expires after INVITATION_TTL_DAYS.' })
  @Post()
  @OrganizationScoped()
  @ApiCreatedResponse({
    type: InvitationDto,
    description: 'Also for an address without an account (answered alike); an account is notified (org_invitation)',
  })
  @ApiForbiddenResponse({ description: 'The caller is not the organization owner' })
  @ApiConflictResponse({ description: 'Already a member, or an invitation is pending' })
  invite(@CurrentUser() user: AuthUser, @Body() body: InviteMemberDto): Promise<InvitationDto> {
    return this.invitations.invite(user.id, body);
  }

  @ApiOperation({ summary: 'List invitations', description: 'Invitations of the organization, newest first, optionally filtered by status (owner or manager).' })
  @Get()
  @OrganizationScoped()
  @ApiPage(InvitationDto)
  @ApiForbiddenResponse({ description: 'The caller is neither the owner nor a manager' })
  list(@CurrentUser() user: AuthUser, @Query() query: InvitationListQuery): Promise<Page<InvitationDto>> {
    return this.invitations.listForOrganization(user.id, query);
  }

  @ApiOperation({ summary: "Accept an invitation", description: "Joins the organization of an invitation addressed to the caller's email; it becomes the caller's default." })
  @Post(':invitation_id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: MemberDto, description: 'Joined; the organization becomes the caller’s default' })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  @ApiConflictResponse({ description: 'Expired (INVITATION_EXPIRED), or no longer pending (INVITATION_NOT_PENDING)' })
  accept(@CurrentUser() user: AuthUser, @Param('invitation_id', ParseIntIdPipe) invitationId: number): Promise<MemberDto> {
    return this.invitations.accept(user.id, invitationId);
  }

  @ApiOperation({ summary: "Decline an invitation", description: "Declines a pending invitation addressed to the caller's email." })
  @Post(':invitation_id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationDto })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  @ApiConflictResponse({ description: 'Expired (INVITATION_EXPIRED), or no longer pending (INVITATION_NOT_PENDING)' })
  decline(@CurrentUser() user: AuthUser, @Param('invitation_id', ParseIntIdPipe) invitationId: number): Promise<InvitationDto> {
    return this.invitations.decline(user.id, invitationId);
  }

  @ApiOperation({ summary: 'Revoke an invitation', description: 'Revokes a pending invitation (owner or manager).' })
  @Delete(':invitation_id')
  @HttpCode(204)
  @OrganizationScoped()
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiForbiddenResponse({ description: 'The caller is neither the owner nor a manager' })
  @ApiNotFoundResponse({ description: 'No such invitation in the organization' })
  @ApiConflictResponse({ description: 'No longer pending (INVITATION_NOT_PENDING)' })
  async revoke(@CurrentUser() user: AuthUser, @Param('invitation_id', ParseIntIdPipe) invitationId: number): Promise<void> {
    await this.invitations.revoke(user.id, invitationId);
  }
}
