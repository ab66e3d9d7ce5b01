import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ApiProblems } from '../../common/openapi';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { BurndownDto, ForecastDto, StandupDto, StandupQuery, VelocityDto, VelocityQuery } from './dto/reports.dto';
import { SprintReportsService } from './sprint-reports.service';
import { StandupService } from './standup.service';

@ApiTags('sprints')
@ApiBearerAuth()
@Controller()
export class SprintReportsController {
  constructor(
    private readonly reports: SprintReportsService,
    private readonly standups: StandupService,
  ) {}

  @ApiOperation({
    summary: 'Sprint burndown',
    description: 'One row per UTC calendar day from start_date to min(today, end_date): scope, completed, remaining and ideal remaining points, computed from the recorded history.',
  })
  @Get('sprints/:sprint_id/burndown')
  @ApiOkResponse({ type: BurndownDto, description: 'From the recorded history: exact under scope changes, re-estimates and reopened tasks' })
  @ApiProblems(ErrorCode.SPRINT_NOT_FOUND)
  burndown(@CurrentUser() user: AuthUser, @Param('sprint_id', ParseUuidPipe) sprintId: string): Promise<BurndownDto> {
    return this.reports.burndown(user.id, sprintId);
  }

  @ApiOperation({
    summary: 'Sprint forecast',
    description: 'Remaining points, days left, the daily completion rate so far and the projected end date, from the burndown.',
  })
  @Get('sprints/:sprint_id/forecast')
  @ApiOkResponse({ type: ForecastDto })
  @ApiProblems(ErrorCode.SPRINT_NOT_FOUND)
  forecast(@CurrentUser() user: AuthUser, @Param('sprint_id', ParseUuidPipe) sprintId: string): Promise<ForecastDto> {
    return this.reports.forecast(user.id, sprintId);
  }

  @ApiOperation({
    summary: 'Project velocity',
    description: 'Committed and completed points of the last N completed sprints, newest first, and their average.',
  })
  @Get('projects/:project_id/velocity')
  @ApiOkResponse({ type: VelocityDto })
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  velocity(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: VelocityQuery,
  ): Promise<VelocityDto> {
    return this.reports.velocity(user.id, projectId, query.last);
  }

  @ApiOperation({
    summary: 'Stand-up report',
    description: 'Per member, what they completed since `since` (default 24 hours ago), what they have in progress and what is blocked; with the open blockers and the high-risk tasks of the project. From the recorded history.',
  })
  @Get('projects/:project_id/standup')
  @ApiOkResponse({ type: StandupDto })
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  standup(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: StandupQuery,
  ): Promise<StandupDto> {
    return this.standups.standup(user.id, projectId, query);
  }
}
