import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiManagersOnly, ApiPage, ApiProblems } from '../../common/openapi';
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
import { SprintTransitionProblemDto } from './dto/sprint-transition-problem.dto';
import { SprintPlanningService } from './sprint-planning.service';
import { SprintsService } from './sprints.service';

const COMPLETED = { code: ErrorCode.SPRINT_COMPLETED, description: 'The sprint is completed' };
const TRANSITION = { code: ErrorCode.INVALID_SPRINT_TRANSITION, extension: SprintTransitionProblemDto };

@ApiTags('sprints')
@ApiBearerAuth()
@Controller()
export class SprintsController {
  constructor(
    private readonly sprints: SprintsService,
    private readonly planning: SprintPlanningService,
  ) {}

  @ApiOperation({
    summary: 'Plan a sprint',
    description: 'Creates a `planned` sprint of the project (any member). Dates are calendar days YYYY-MM-DD; end_date is not before start_date.',
  })
  @Post('projects/:project_id/sprints')
  @ApiCreatedResponse({ type: SprintDto })
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND, { code: ErrorCode.VALIDATION_FAILED, description: 'Invalid fields, end_date before start_date, or longer than the longest sprint' })
  create(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Body() body: CreateSprintDto,
  ): Promise<SprintDto> {
    return this.sprints.create(user.id, projectId, body);
  }

  @ApiOperation({ summary: 'List sprints', description: 'The project\'s sprints, newest first, optionally of one status.' })
  @Get('projects/:project_id/sprints')
  @ApiPage(SprintDto)
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  list(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: ListSprintsQuery,
  ): Promise<Page<SprintDto>> {
    return this.sprints.list(user.id, projectId, query);
  }

  @ApiOperation({ summary: 'Get a sprint', description: 'One sprint with its committed and completed points.' })
  @Get('sprints/:sprint_id')
  @ApiOkResponse({ type: SprintDto })
  @ApiProblems(ErrorCode.SPRINT_NOT_FOUND)
  get(@CurrentUser() user: AuthUser, @Param('sprint_id', ParseUuidPipe) sprintId: string): Promise<SprintDto> {
    return this.sprints.get(user.id, sprintId);
  }

  @ApiOperation({ summary: 'Update a sprint', description: 'Changes a sprint\'s name, goal or dates (any member) until it is completed.' })
  @Patch('sprints/:sprint_id')
  @ApiOkResponse({ type: SprintDto })
  @ApiProblems(ErrorCode.SPRINT_NOT_FOUND, COMPLETED, {
    code: ErrorCode.VALIDATION_FAILED,
    description: 'Invalid fields, or the dates would end before they start',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('sprint_id', ParseUuidPipe) sprintId: string,
    @Body() body: UpdateSprintDto,
  ): Promise<SprintDto> {
    return this.sprints.update(user.id, sprintId, body);
  }

  @ApiOperation({
    summary: 'Delete a sprint',
    description: 'Deletes a `planned` sprint (the project owner or an organization owner or manager); its tasks go back to the backlog.',
  })
  @Delete('sprints/:sprint_id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Its tasks went back to the backlog' })
  @ApiManagersOnly()
  @ApiProblems(ErrorCode.SPRINT_NOT_FOUND, { ...TRANSITION, description: 'Only a planned sprint can be deleted' })
  async remove(@CurrentUser() user: AuthUser, @Param('sprint_id', ParseUuidPipe) sprintId: string): Promise<void> {
    await this.sprints.remove(user.id, sprintId);
  }

  @ApiOperation({
    summary: 'Add tasks to a sprint',
    description: 'Moves tasks of the sprint\'s project into it, all or nothing: a 422 lists each id that is not a task of the project or is Done.',
  })
  @Post('sprints/:sprint_id/tasks')
  @HttpCode(200)
  @ApiOkResponse({ type: SprintTasksResponseDto })
  @ApiProblems(ErrorCode.SPRINT_NOT_FOUND, COMPLETED, {
    code: ErrorCode.VALIDATION_FAILED,
    description: 'Lists every id that is not a task of the project or is Done; nothing was added',
  })
  addTasks(
    @CurrentUser() user: AuthUser,
    @Param('sprint_id', ParseUuidPipe) sprintId: string,
    @Body() body: SprintTasksDto,
  ): Promise<SprintTasksResponseDto> {
    return this.sprints.addTasks(user.id, sprintId, body);
  }

  @ApiOperation({ summary: 'Remove a task from a sprint', description: 'Moves one of the sprint\'s tasks back to the backlog.' })
  @Delete('sprints/:sprint_id/tasks/:task_id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The task went back to the backlog' })
  @ApiProblems(ErrorCode.SPRINT_NOT_FOUND, { code: ErrorCode.TASK_NOT_FOUND, description: 'No such task in the sprint' }, COMPLETED)
  async removeTask(
    @CurrentUser() user: AuthUser,
    @Param('sprint_id', ParseUuidPipe) sprintId: string,
    @Param('task_id', ParseUuidPipe) taskId: string,
  ): Promise<void> {
    await this.sprints.removeTask(user.id, sprintId, taskId);
  }

  @ApiOperation({
    summary: 'Start a sprint',
    description: '`planned` to `active` (the project owner or an organization owner or manager); `committed_points` becomes the points in it now. A project has at most one active sprint.',
  })
  @Post('sprints/:sprint_id/start')
  @HttpCode(200)
  @ApiOkResponse({ type: SprintDto })
  @ApiManagersOnly()
  @ApiProblems(
    ErrorCode.SPRINT_NOT_FOUND,
    { code: ErrorCode.SPRINT_ALREADY_ACTIVE, description: 'Another sprint of the project is active' },
    { ...TRANSITION, description: 'Only a planned sprint can be started' },
  )
  start(@CurrentUser() user: AuthUser, @Param('sprint_id', ParseUuidPipe) sprintId: string): Promise<SprintDto> {
    return this.sprints.start(user.id, sprintId);
  }

  @ApiOperation({
    summary: 'Complete a sprint',
    description: '`active` to `completed` (the project owner or an organization owner or manager): `completed_points` becomes the points of its Done tasks, and the unfinished tasks move to the backlog or to a planned sprint of the project.',
  })
  @Post('sprints/:sprint_id/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: CompleteSprintResponseDto })
  @ApiManagersOnly()
  @ApiProblems(
    ErrorCode.SPRINT_NOT_FOUND,
    { ...TRANSITION, description: 'Only an active sprint can be completed' },
    { code: ErrorCode.VALIDATION_FAILED, description: 'carry_over_to is not backlog or a planned sprint of the same project' },
  )
  complete(
    @CurrentUser() user: AuthUser,
    @Param('sprint_id', ParseUuidPipe) sprintId: string,
    @Body() body: CompleteSprintDto,
  ): Promise<CompleteSprintResponseDto> {
    return this.sprints.complete(user.id, sprintId, body);
  }

  @ApiOperation({
    summary: 'Plan a sprint\'s scope',
    description: 'Selects backlog tasks in board order (skipping blocked and Done tasks and tasks without points) up to the capacity (default: the project\'s average velocity); `apply: true` adds them in the same transaction.',
  })
  @Post('sprints/:sprint_id/plan')
  @HttpCode(200)
  @ApiOkResponse({ type: SprintPlanDto })
  @ApiProblems(ErrorCode.SPRINT_NOT_FOUND, COMPLETED, {
    code: ErrorCode.VALIDATION_FAILED,
    description: 'Invalid fields, or no capacity_points and no completed sprint to take a velocity from',
  })
  plan(
    @CurrentUser() user: AuthUser,
    @Param('sprint_id', ParseUuidPipe) sprintId: string,
    @Body() body: PlanSprintDto,
  ): Promise<SprintPlanDto> {
    return this.planning.plan(user.id, sprintId, body);
  }
}
