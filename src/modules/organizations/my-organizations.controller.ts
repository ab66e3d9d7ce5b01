import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ParseIntIdPipe } from '../../common/http/id-pipes';
import { ApiPage, ApiProblems } from '../../common/openapi';
import { Page, PageQueryDto } from '../../common/pagination';
import { DefaultOrganizationDto, InvitationDto, OrganizationDto } from './dto/organization.dto';
import { InvitationsService } from './invitations.service';
import { OrganizationsService } from './organizations.service';

/** The caller's side of organizations: their invitations and their default organization. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users/me')
export class MyOrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly invitations: InvitationsService,
  ) {}

  @ApiOperation({ summary: "My pending invitations", description: "Pending invitations addressed to the caller's email, oldest first, with the organization's name." })
  @Get('invitations')
  @ApiPage(InvitationDto)
  invitationsOf(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<InvitationDto>> {
    return this.invitations.listMine(user.id, page);
  }

  @ApiOperation({ summary: "One of my invitations", description: "An invitation addressed to the caller's email, in any status (the link of an org_invitation notification)." })
  @Get('invitations/:invitation_id')
  @ApiOkResponse({ type: InvitationDto, description: 'Any status (the link of an org_invitation notification)' })
  @ApiProblems({ code: ErrorCode.INVITATION_NOT_FOUND, description: 'No such invitation to the caller’s email address' })
  invitation(@CurrentUser() user: AuthUser, @Param('invitation_id', ParseIntIdPipe) invitationId: number): Promise<InvitationDto> {
    return this.invitations.getMine(user.id, invitationId);
  }

  @ApiOperation({ summary: 'Set my default organization', description: 'Requests without X-Organization-Id act in this organization from now on.' })
  @Put('default-organization')
  @ApiOkResponse({ type: OrganizationDto, description: 'Requests without X-Organization-Id now act in it' })
  @ApiProblems({ code: ErrorCode.ORGANIZATION_NOT_FOUND, description: 'The caller is not a member of that organization' })
  setDefault(@CurrentUser() user: AuthUser, @Body() body: DefaultOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.setDefault(user.id, body.organization_id.toLowerCase());
  }
}
