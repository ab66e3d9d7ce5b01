import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { IntIdParam } from '../../common/http/id-params';
import { ApiOrganizationManagersOnly, ApiOrganizationOwnerOnly, ApiPage, ApiProblems } from '../../common/openapi';
import { OrganizationScoped } from '../../common/organization-context';
import { Page, PageQueryDto } from '../../common/pagination';
import { PasswordHasher } from '../users';
import {
  AddMemberDto,
  ChangeRoleDto,
  CreateOrganizationDto,
  MemberDto,
  OrganizationDto,
  OrganizationListItemDto,
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

  @ApiOperation({ summary: "My organizations", description: "The organizations the caller belongs to, with the caller's role in each." })
  @Get()
  @ApiPage(OrganizationListItemDto)
  list(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<OrganizationListItemDto>> {
    return this.organizations.list(user.id, page);
  }

  @ApiOperation({ summary: "Current organization", description: "The organization the request acts in (X-Organization-Id, else the caller's default)." })
  @Get('my-organization')
  @OrganizationScoped()
  @ApiOkResponse({ type: OrganizationDto, description: 'The organization the request acts in' })
  myOrganization(@CurrentUser() user: AuthUser): Promise<OrganizationDto> {
    return this.organizations.myOrganization(user.id);
  }

  @ApiOperation({
    summary: 'Create an organization',
    description: 'Creates an organization owned by the caller. A user owns at most one (registering creates their personal team): otherwise 409.',
  })
  @Post('create')
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiProblems({ code: ErrorCode.ALREADY_OWNS_ORGANIZATION, description: 'The caller already owns an organization' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.create(user.id, body);
  }

  @ApiOperation({ summary: 'List members', description: 'Members of the organization the request acts in, with their roles.' })
  @Get('members')
  @OrganizationScoped()
  @ApiPage(MemberDto)
  members(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<MemberDto>> {
    return this.organizations.members(user.id, page);
  }

  @ApiOperation({
    summary: 'Add a member',
    description: 'Creates an account for a new person directly in the organization (owner only); an email that already has an account is a 409 (invite it instead).',
  })
  @Post('add-member')
  @OrganizationScoped()
  @ApiCreatedResponse({ type: MemberDto })
  @ApiOrganizationOwnerOnly()
  @ApiProblems(
    { code: ErrorCode.EMAIL_TAKEN, description: 'The email already has an account (invite it instead)' },
    ErrorCode.USERNAME_TAKEN,
  )
  async addMember(@CurrentUser() user: AuthUser, @Body() body: AddMemberDto): Promise<MemberDto> {
    const passwordHash = await this.hasher.hash(body.password);
    return this.organizations.addMember(user.id, body, passwordHash);
  }

  @ApiOperation({
    summary: "Change a member's role",
    description: "Gives a member another organization role (the organization owner or a manager may); the owner's role never changes (409).",
  })
  @Patch('members/:user_id')
  @OrganizationScoped()
  @ApiOkResponse({ type: MemberDto })
  @ApiOrganizationManagersOnly()
  @ApiProblems(
    { code: ErrorCode.USER_NOT_FOUND, description: 'Not a member of the organization' },
    { code: ErrorCode.OWNER_ROLE_FIXED, description: 'The owner’s role cannot change' },
  )
  changeRole(
    @CurrentUser() user: AuthUser,
    @IntIdParam('user_id') memberId: number,
    @Body() body: ChangeRoleDto,
  ): Promise<MemberDto> {
    return this.organizations.changeRole(user.id, memberId, body.role);
  }

  @ApiOperation({ summary: "Leave the organization", description: "Leaves the organization the request acts in; the caller's open tasks and unresolved issues there are unassigned. The owner cannot leave." })
  @Post('leave')
  @HttpCode(204)
  @OrganizationScoped()
  @ApiNoContentResponse({ description: 'Left; the caller’s open tasks and unresolved issues there were unassigned' })
  @ApiProblems({ code: ErrorCode.OWNER_CANNOT_LEAVE, description: 'The owner cannot leave' })
  async leave(@CurrentUser() user: AuthUser): Promise<void> {
    await this.organizations.leave(user.id);
  }

  @ApiOperation({ summary: 'Remove a member', description: 'Removes a member (owner only); their open tasks and unresolved issues are unassigned.' })
  @Delete('remove-member/:user_id')
  @HttpCode(204)
  @OrganizationScoped()
  @ApiNoContentResponse({ description: 'Removed; their open tasks and unresolved issues were unassigned' })
  @ApiOrganizationOwnerOnly()
  @ApiProblems(
    { code: ErrorCode.USER_NOT_FOUND, description: 'Not a member of the organization' },
    { code: ErrorCode.CANNOT_REMOVE_SELF, description: 'The owner cannot remove themselves' },
  )
  async removeMember(@CurrentUser() user: AuthUser, @IntIdParam('user_id') memberId: number): Promise<void> {
    await this.organizations.removeMember(user.id, memberId);
  }
}
