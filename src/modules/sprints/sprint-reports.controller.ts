import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { BurndownDto, ForecastDto, StandupDto, StandupQuery, VelocityDto, VelocityQuery } from './dto/reports.dto';
import { SprintReportsService } from './sprint-reports.service';
import { StandupService } from './standup.service';

@ApiTags('sprints')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such project or sprint, or the caller is not a member' })
@Controller()
export class SprintReportsController {
  constructor(
    private readonly reports: SprintReportsService,
    private readonly standups: StandupService,
  ) {}

  @Get('sprints/:sprint_id/burndown')
  @ApiOkResponse({ type: BurndownDto, description: 'From the recorded history: exact under scope changes, re-estimates and reopened tasks' })
  burndown(@CurrentUser() user: AuthUser, @Param('sprint_id', ParseUuidPipe) sprintId: string): Promise<BurndownDto> {
    return this.reports.burndown(user.id, sprintId);
  }

  @Get('sprints/:sprint_id/forecast')
  @ApiOkResponse({ type: ForecastDto })
  forecast(@CurrentUser() user: AuthUser, @Param('sprint_id', ParseUuidPipe) sprintId: string): Promise<ForecastDto> {
    return this.reports.forecast(user.id, sprintId);
  }

  @Get('projects/:project_id/velocity')
  @ApiOkResponse({ type: VelocityDto })
  velocity(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: VelocityQuery,
  ): Promise<VelocityDto> {
    return this.reports.velocity(user.id, projectId, query.last);
  }

  @Get('projects/:project_id/standup')
  @ApiOkResponse({ type: StandupDto })
  standup(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: StandupQuery,
  ): Promise<StandupDto> {
    return this.standups.standup(user.id, projectId, query);
  }
}
