import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ApiProblems } from '../../common/openapi';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { DetectDelaysDto, ProjectRiskSummaryDto, TaskRiskDto } from './dto/risk.dto';
import { RiskService } from './risk.service';

@ApiTags('risk')
@ApiBearerAuth()
@Controller('projects')
export class RiskController {
  constructor(private readonly risk: RiskService) {}

  @ApiOperation({ summary: "Scan my projects for delays", description: "Runs the delay scan over the caller's projects now and reports what changed." })
  @Post('detect-delays')
  @HttpCode(200)
  @ApiOkResponse({ type: DetectDelaysDto, description: "Scans the caller's projects now" })
  detectMine(@CurrentUser() user: AuthUser): Promise<DetectDelaysDto> {
    return this.risk.detectMine(user.id);
  }

  @ApiOperation({ summary: "Project risk summary", description: "Counts of the project's active tasks by risk level, with the riskiest high-risk tasks." })
  @Get(':project_id/risks')
  @ApiOkResponse({ type: ProjectRiskSummaryDto })
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  summary(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
  ): Promise<ProjectRiskSummaryDto> {
    return this.risk.projectSummary(user.id, projectId);
  }

  @ApiOperation({ summary: 'Scan a project for delays', description: 'Runs the delay scan over one project now and reports what changed.' })
  @Post(':project_id/detect-delays')
  @HttpCode(200)
  @ApiOkResponse({ type: DetectDelaysDto, description: 'Scans one project now' })
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  detectProject(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
  ): Promise<DetectDelaysDto> {
    return this.risk.detectProject(user.id, projectId);
  }

  @ApiOperation({ summary: "Task risk", description: "A task's risk score, level and the reasons behind it." })
  @Get('tasks/:task_id/risk')
  @ApiOkResponse({ type: TaskRiskDto })
  @ApiProblems(ErrorCode.TASK_NOT_FOUND)
  taskRisk(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<TaskRiskDto> {
    return this.risk.taskRisk(user.id, taskId);
  }
}
