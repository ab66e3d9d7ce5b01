import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { IntIdParam } from '../../common/http/id-params';
import { ApiOrganizationOwnerOnly, ApiPage } from '../../common/openapi';
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
  @ApiNotFoundResponse({ description: 'The caller belongs to no organization, or not to the one named by the header' })
  myOrganization(@CurrentUser() user: AuthUser): Promise<OrganizationDto> {
    return this.organizations.myOrganization(user.id);
  }

  @ApiOperation({ summary: 'Create an organization', description: 'Creates an organization owned by the caller; a user owns at most one.' })
  @Post('create')
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiConflictResponse({ description: 'The caller already owns an organization' })
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

  @ApiOperation({ summary: 'Add a member', description: 'Creates an account for a new person directly in the organization (owner only).' })
  @Post('add-member')
  @OrganizationScoped()
  @ApiCreatedResponse({ type: MemberDto })
  @ApiOrganizationOwnerOnly()
  @ApiConflictResponse({ description: 'The email or username already has an account (invite it instead)' })
  async addMember(@CurrentUser() user: AuthUser, @Body() body: AddMemberDto): Promise<MemberDto> {
    const passwordHash = await this.hasher.hash(body.password);
    return this.organizations.addMember(user.id, body, passwordHash);
  }

  @ApiOperation({ summary: "Change a member's role", description: "Sets a member's role to manager or member (owner or manager); the owner's role is fixed." })
  @Patch('members/:user_id')
  @OrganizationScoped()
  @ApiOkResponse({ type: MemberDto })
  @ApiForbiddenResponse({ description: 'The caller is neither the owner nor a manager' })
  @ApiNotFoundResponse({ description: 'No such member' })
  @ApiConflictResponse({ description: 'The owner’s role cannot change (OWNER_ROLE_FIXED)' })
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
  @ApiConflictResponse({ description: 'The owner cannot leave (OWNER_CANNOT_LEAVE)' })
  async leave(@CurrentUser() user: AuthUser): Promise<void> {
    await this.organizations.leave(user.id);
  }

  @ApiOperation({ summary: 'Remove a member', description: 'Removes a member (owner only); their open tasks and unresolved issues are unassigned.' })
  @Delete('remove-member/:user_id')
  @HttpCode(204)
  @OrganizationScoped()
  @ApiNoContentResponse({ description: 'Removed; their open tasks and unresolved issues were unassigned' })
  @ApiOrganizationOwnerOnly()
  @ApiNotFoundResponse({ description: 'No such member' })
  @ApiConflictResponse({ description: 'The owner cannot remove themselves' })
  async removeMember(@CurrentUser() user: AuthUser, @IntIdParam('user_id') memberId: number): Promise<void> {
    await this.organizations.removeMember(user.id, memberId);
  }
}
