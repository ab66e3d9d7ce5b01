import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ParseIntIdPipe, ParseUuidPipe } from '../../common/http/id-pipes';
import { ErrorCode } from '../../common/errors';
import { ApiPage, ApiProblems } from '../../common/openapi';
import { Page } from '../../common/pagination';
import { AssignIssueDto, CreateIssueDto, IssueDto, ListIssuesQuery, ResolveIssueDto } from './dto/issue.dto';
import { IssuesService } from './issues.service';


@ApiTags('issues')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such issue or project, or the caller is not a member' })
@Controller('issues')
export class IssuesController {
  constructor(private readonly issues: IssuesService) {}

  @ApiOperation({ summary: 'Report an issue', description: 'Reports an issue (bug, blocker, ...) on a project, optionally on a task; notifies the project owner.' })
  @Post()
  @ApiCreatedResponse({ type: IssueDto, description: 'Notifies the project owner unless they reported it' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateIssueDto): Promise<IssueDto> {
    return this.issues.create(user.id, body);
  }

  @ApiOperation({ summary: "List a project's issues", description: "A project's issues, filtered by status, cursor-paginated." })
  @Get('project/:project_id')
  @ApiPage(IssueDto)
  list(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: ListIssuesQuery,
  ): Promise<Page<IssueDto>> {
    return this.issues.list(user.id, projectId, query);
  }

  @ApiOperation({ summary: 'Get an issue', description: 'One issue.' })
  @Get(':issue_id')
  @ApiOkResponse({ type: IssueDto })
  get(@CurrentUser() user: AuthUser, @Param('issue_id', ParseIntIdPipe) issueId: number): Promise<IssueDto> {
    return this.issues.get(user.id, issueId);
  }

  @ApiOperation({ summary: 'Assign an issue', description: 'Assigns an Open or In Progress issue to a member; it becomes In Progress. Any other status is a 409 naming from, to and action.' })
  @Post(':issue_id/assign')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueDto })
  @ApiProblems(ErrorCode.INVALID_ISSUE_TRANSITION)
  assign(
    @CurrentUser() user: AuthUser,
    @Param('issue_id', ParseIntIdPipe) issueId: number,
    @Body() body: AssignIssueDto,
  ): Promise<IssueDto> {
    return this.issues.assign(user.id, issueId, body.assignee_id);
  }

  @ApiOperation({ summary: 'Resolve an issue', description: 'Resolves an Open or In Progress issue. Any other status is a 409 naming from, to and action.' })
  @Post(':issue_id/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueDto })
  @ApiProblems(ErrorCode.INVALID_ISSUE_TRANSITION)
  resolve(
    @CurrentUser() user: AuthUser,
    @Param('issue_id', ParseIntIdPipe) issueId: number,
    @Body() body: ResolveIssueDto,
  ): Promise<IssueDto> {
    return this.issues.resolve(user.id, issueId, body.resolution);
  }

  @ApiOperation({ summary: 'Close an issue', description: 'Closes a Resolved issue. Any other status is a 409 naming from, to and action.' })
  @Post(':issue_id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueDto })
  @ApiProblems(ErrorCode.INVALID_ISSUE_TRANSITION)
  close(@CurrentUser() user: AuthUser, @Param('issue_id', ParseIntIdPipe) issueId: number): Promise<IssueDto> {
    return this.issues.close(user.id, issueId);
  }

  @ApiOperation({ summary: 'Reopen an issue', description: 'Reopens a Resolved or Closed issue. Any other status is a 409 naming from, to and action.' })
  @Post(':issue_id/reopen')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueDto })
  @ApiProblems(ErrorCode.INVALID_ISSUE_TRANSITION)
  reopen(@CurrentUser() user: AuthUser, @Param('issue_id', ParseIntIdPipe) issueId: number): Promise<IssueDto> {
    return this.issues.reopen(user.id, issueId);
  }
}
