import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiPage } from '../../common/openapi';
import { Page } from '../../common/pagination';
import {
  CompleteSprintDto,
  CompleteSprintResponseDto,
  CreateSprintDto,
  ListSprintsQuery,
  PlanSprintDto,
  SprintDto,
  SprintPlanDto,
  SprintTasksDto,
  SprintTasksResponseDto,
  UpdateSprintDto,
} from './dto/sprint.dto';
import { SprintPlanningService } from './sprint-planning.service';
import { SprintsService } from './sprints.service';

const MANAGERS_ONLY = 'Only the project owner or an organization owner or manager';

@ApiTags('sprints')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such project or sprint, or the caller is not a member' })
@Controller()
export class SprintsController {
  constructor(
    private readonly sprints: SprintsService,
    private readonly planning: SprintPlanningService,
  ) {}

  @Post('projects/:project_id/sprints')
  @ApiCreatedResponse({ type: SprintDto })
  @ApiUnprocessableEntityResponse({ description: 'Invalid fields, or end_date before start_date' })
  create(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Body() body: CreateSprintDto,
  ): Promise<SprintDto> {
    return this.sprints.create(user.id, projectId, body);
  }

  @Get('projects/:project_id/sprints')
  @ApiPage(SprintDto)
  list(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: ListSprintsQuery,
  ): Promise<Page<SprintDto>> {
    return this.sprints.list(user.id, projectId, query);
  }

  @Get('sprints/:sprint_id')
  @ApiOkResponse({ type: SprintDto })
  get(@CurrentUser() user: AuthUser, @Param('sprint_id', ParseUuidPipe) sprintId: string): Promise<SprintDto> {
    return this.sprints.get(user.id, sprintId);
  }

  @Patch('sprints/:sprint_id')
  @ApiOkResponse({ type: SprintDto })
  @ApiConflictResponse({ description: 'The sprint is completed (SPRINT_COMPLETED)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('sprint_id', ParseUuidPipe) sprintId: string,
    @Body() body: UpdateSprintDto,
  ): Promise<SprintDto> {
    return this.sprints.update(user.id, sprintId, body);
  }

  @Delete('sprints/:sprint_id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Its tasks went back to the backlog' })
  @ApiForbiddenResponse({ description: MANAGERS_ONLY })
  @ApiConflictResponse({ description: 'Only a planned sprint can be deleted (INVALID_SPRINT_TRANSITION)' })
  async remove(@CurrentUser() user: AuthUser, @Param('sprint_id', ParseUuidPipe) sprintId: string): Promise<void> {
    await this.sprints.remove(user.id, sprintId);
  }

  @Post('sprints/:sprint_id/tasks')
  @HttpCode(200)
  @ApiOkResponse({ type: SprintTasksResponseDto })
  @ApiUnprocessableEntityResponse({ description: 'Lists every id that is not a task of the project or is Done; nothing was added' })
  @ApiConflictResponse({ description: 'The sprint is completed (SPRINT_COMPLETED)' })
  addTasks(
    @CurrentUser() user: AuthUser,
    @Param('sprint_id', ParseUuidPipe) sprintId: string,
    @Body() body: SprintTasksDto,
  ): Promise<SprintTasksResponseDto> {
    return this.sprints.addTasks(user.id, sprintId, body);
  }

  @Delete('sprints/:sprint_id/tasks/:task_id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The task went back to the backlog' })
  @ApiConflictResponse({ description: 'The sprint is completed (SPRINT_COMPLETED)' })
  async removeTask(
    @CurrentUser() user: AuthUser,
    @Param('sprint_id', ParseUuidPipe) sprintId: string,
    @Param('task_id', ParseUuidPipe) taskId: string,
  ): Promise<void> {
    await this.sprints.removeTask(user.id, sprintId, taskId);
  }

  @Post('sprints/:sprint_id/start')
  @HttpCode(200)
  @ApiOkResponse({ type: SprintDto })
  @ApiForbiddenResponse({ description: MANAGERS_ONLY })
  @ApiConflictResponse({ description: 'Another sprint of the project is active (SPRINT_ALREADY_ACTIVE), or this one is not planned' })
  start(@CurrentUser() user: AuthUser, @Param('sprint_id', ParseUuidPipe) sprintId: string): Promise<SprintDto> {
    return this.sprints.start(user.id, sprintId);
  }

  @Post('sprints/:sprint_id/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: CompleteSprintResponseDto })
  @ApiForbiddenResponse({ description: MANAGERS_ONLY })
  @ApiConflictResponse({ description: 'The sprint is not active (INVALID_SPRINT_TRANSITION)' })
  @ApiUnprocessableEntityResponse({ description: 'carry_over_to is not backlog or a planned sprint of the same project' })
  complete(
    @CurrentUser() user: AuthUser,
    @Param('sprint_id', ParseUuidPipe) sprintId: string,
    @Body() body: CompleteSprintDto,
  ): Promise<CompleteSprintResponseDto> {
    return this.sprints.complete(user.id, sprintId, body);
  }

  @Post('sprints/:sprint_id/plan')
  @HttpCode(200)
  @ApiOkResponse({ type: SprintPlanDto })
  @ApiUnprocessableEntityResponse({ description: 'No capacity_points and no completed sprint to take a velocity from' })
  @ApiConflictResponse({ description: 'The sprint is completed (SPRINT_COMPLETED)' })
  plan(
    @CurrentUser() user: AuthUser,
    @Param('sprint_id', ParseUuidPipe) sprintId: string,
    @Body() body: PlanSprintDto,
  ): Promise<SprintPlanDto> {
    return this.planning.plan(user.id, sprintId, body);
  }
}
