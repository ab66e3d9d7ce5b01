import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { IntIdParam } from '../../common/http/id-params';
import { ApiOrganizationOwnerOnly, ApiPage } from '../../common/openapi';
import { Page, PageQueryDto } from '../../common/pagination';
import { PasswordHasher } from '../users';
import {
  AddMemberDto,
  CreateOrganizationDto,
  InvitationDto,
  InviteMemberDto,
  MemberDto,
  OrganizationDto,
} from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly hasher: PasswordHasher,
  ) {}

  @Get('my-organization')
  @ApiOkResponse({ type: OrganizationDto })
  @ApiNotFoundResponse({ description: 'The caller belongs to no organization' })
  myOrganization(@CurrentUser() user: AuthUser): Promise<OrganizationDto> {
    return this.organizations.myOrganization(user.id);
  }

  @Post('create')
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiConflictResponse({ description: 'The caller already owns an organization' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.create(user.id, body);
  }

  @Get('members')
  @ApiPage(MemberDto)
  members(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<MemberDto>> {
    return this.organizations.members(user.id, page);
  }

  @Post('add-member')
  @ApiCreatedResponse({ type: MemberDto })
  @ApiOrganizationOwnerOnly()
  @ApiConflictResponse({ description: 'The email or username already has an account (invite it instead)' })
  async addMember(@CurrentUser() user: AuthUser, @Body() body: AddMemberDto): Promise<MemberDto> {
    const passwordHash = await this.hasher.hash(body.password);
    return this.organizations.addMember(user.id, body, passwordHash);
  }

  @Post('invitations')
  @ApiCreatedResponse({ type: InvitationDto })
  @ApiOrganizationOwnerOnly()
  @ApiNotFoundResponse({ description: 'No account has this email' })
  @ApiConflictResponse({ description: 'Already a member, or an invitation is pending' })
  invite(@CurrentUser() user: AuthUser, @Body() body: InviteMemberDto): Promise<InvitationDto> {
    return this.organizations.invite(user.id, body);
  }

  @Post('invitations/:invitation_id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: MemberDto })
  @ApiNotFoundResponse({ description: 'No such invitation for the caller' })
  @ApiConflictResponse({ description: 'Already accepted or already a member' })
  accept(
    @CurrentUser() user: AuthUser,
    @IntIdParam('invitation_id') invitationId: number,
  ): Promise<MemberDto> {
    return this.organizations.acceptInvitation(user.id, invitationId);
  }

  @Delete('remove-member/:user_id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed; their open tasks were unassigned' })
  @ApiOrganizationOwnerOnly()
  @ApiNotFoundResponse({ description: 'No such member' })
  @ApiConflictResponse({ description: 'The owner cannot remove themselves' })
  async removeMember(@CurrentUser() user: AuthUser, @IntIdParam('user_id') memberId: number): Promise<void> {
    await this.organizations.removeMember(user.id, memberId);
  }
}
