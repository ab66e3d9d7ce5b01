import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ParseIntIdPipe, ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiPage, ApiProblems } from '../../common/openapi';
import { Page } from '../../common/pagination';
import { AssignIssueDto, CreateIssueDto, IssueDto, ListIssuesQuery, ResolveIssueDto } from './dto/issue.dto';
import { IssueTransitionProblemDto } from './dto/issue-transition-problem.dto';
import { IssuesService } from './issues.service';

const TRANSITION = { code: ErrorCode.INVALID_ISSUE_TRANSITION, description: 'The issue’s status does not allow this action', extension: IssueTransitionProblemDto };
@ApiTags('issues')
@ApiBearerAuth()
@Controller('issues')
export class IssuesController {
  constructor(private readonly issues: IssuesService) {}

  @ApiOperation({ summary: 'Report an issue', description: 'Reports an issue (blocker, bug, question) on a project, optionally on one of its tasks (an open blocker blocks it); notifies the project owner.' })
  @Post()
  @ApiCreatedResponse({ type: IssueDto, description: 'Notifies the project owner unless they reported it' })
  @ApiProblems(
    { code: ErrorCode.PROJECT_NOT_FOUND, description: 'project_id names no project the caller is a member of' },
    { code: ErrorCode.VALIDATION_FAILED, description: 'Invalid fields, or task_id is not a task of the project' },
  )
  create(@CurrentUser() user: AuthUser, @Body() body: CreateIssueDto): Promise<IssueDto> {
    return this.issues.create(user.id, body);
  }

  @ApiOperation({ summary: "List a project's issues", description: "A project's issues, filtered by status, type or priority." })
  @Get('project/:project_id')
  @ApiPage(IssueDto)
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  list(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: ListIssuesQuery,
  ): Promise<Page<IssueDto>> {
    return this.issues.list(user.id, projectId, query);
  }

  @ApiOperation({ summary: 'Get an issue', description: 'One issue of a project the caller is a member of.' })
  @Get(':issue_id')
  @ApiOkResponse({ type: IssueDto })
  @ApiProblems(ErrorCode.ISSUE_NOT_FOUND)
  get(@CurrentUser() user: AuthUser, @Param('issue_id', ParseIntIdPipe) issueId: number): Promise<IssueDto> {
    return this.issues.get(user.id, issueId);
  }

  @ApiOperation({ summary: 'Assign an issue', description: 'Assigns an `open` or `in_progress` issue to a member of the organization; it becomes `in_progress` and the assignee is notified. Any other status is a 409 naming from, to and action.' })
  @Post(':issue_id/assign')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueDto })
  @ApiProblems(ErrorCode.ISSUE_NOT_FOUND, TRANSITION, {
    code: ErrorCode.VALIDATION_FAILED,
    description: 'assignee_id is not a member of the project’s organization',
  })
  assign(
    @CurrentUser() user: AuthUser,
    @Param('issue_id', ParseIntIdPipe) issueId: number,
    @Body() body: AssignIssueDto,
  ): Promise<IssueDto> {
    return this.issues.assign(user.id, issueId, body.assignee_id);
  }

  @ApiOperation({ summary: 'Resolve an issue', description: 'Resolves an `open` or `in_progress` issue with a resolution; a resolved blocker no longer blocks its task. Any other status is a 409 naming from, to and action.' })
  @Post(':issue_id/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueDto })
  @ApiProblems(ErrorCode.ISSUE_NOT_FOUND, TRANSITION)
  resolve(
    @CurrentUser() user: AuthUser,
    @Param('issue_id', ParseIntIdPipe) issueId: number,
    @Body() body: ResolveIssueDto,
  ): Promise<IssueDto> {
    return this.issues.resolve(user.id, issueId, body.resolution);
  }

  @ApiOperation({ summary: 'Close an issue', description: 'Closes a `resolved` issue. Any other status is a 409 naming from, to and action.' })
  @Post(':issue_id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueDto })
  @ApiProblems(ErrorCode.ISSUE_NOT_FOUND, TRANSITION)
  close(@CurrentUser() user: AuthUser, @Param('issue_id', ParseIntIdPipe) issueId: number): Promise<IssueDto> {
    return this.issues.close(user.id, issueId);
  }

  @ApiOperation({ summary: 'Reopen an issue', description: 'Reopens a `resolved` or `closed` issue (back to `open`). Any other status is a 409 naming from, to and action.' })
  @Post(':issue_id/reopen')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueDto })
  @ApiProblems(ErrorCode.ISSUE_NOT_FOUND, TRANSITION)
  reopen(@CurrentUser() user: AuthUser, @Param('issue_id', ParseIntIdPipe) issueId: number): Promise<IssueDto> {
    return this.issues.reopen(user.id, issueId);
  }
}
