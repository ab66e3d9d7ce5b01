import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentPendingUser, CurrentUser, PendingUser, UserCheckedByQuery } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiManagersOnly, ApiPage, ApiProblems } from '../../common/openapi';
import { Page } from '../../common/pagination';
import {
  BulkAssignDto,
  BulkAssignResponseDto,
  CompleteTaskResponseDto,
  CreateTaskDto,
  ListTasksQuery,
  TaskDto,
  TaskMessageDto,
  UpdateTaskDto,
} from './dto/task.dto';
import { TaskWorkflowService } from './task-workflow.service';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('projects')
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly workflow: TaskWorkflowService,
  ) {}

  @ApiOperation({ summary: 'Assign tasks in bulk', description: 'Assigns up to 100 tasks to one member in one transaction; any failing id fails the whole request and nothing is assigned.' })
  @Post('tasks/bulk-assign')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkAssignResponseDto })
  @ApiProblems({
    code: ErrorCode.VALIDATION_FAILED,
    description: 'Lists every id that is not a task the caller can see, and an assignee who is not a member; nothing was assigned',
  })
  bulkAssign(@CurrentUser() user: AuthUser, @Body() body: BulkAssignDto): Promise<BulkAssignResponseDto> {
    return this.workflow.bulkAssign(user.id, body);
  }

  @ApiOperation({
    summary: 'List tasks',
    description: "A project's tasks in board order, filtered by status, assignee, risk level, sprint (`none`: the backlog) or label.",
  })
  @Get(':project_id/tasks')
  @ApiPage(TaskDto)
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  list(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: ListTasksQuery,
  ): Promise<Page<TaskDto>> {
    return this.tasks.list(user.id, projectId, query);
  }

  @ApiOperation({
    summary: 'Create a task',
    description: 'Adds a task to a project (optionally under a story, in a sprint, with labels); its risk is computed at once.',
  })
  @Post(':project_id/tasks')
  @ApiCreatedResponse({ type: TaskDto })
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND, {
    code: ErrorCode.VALIDATION_FAILED,
    description: 'Invalid fields; a story, sprint or label of another project; a completed sprint; an assignee who is not a member',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Body() body: CreateTaskDto,
  ): Promise<TaskDto> {
    return this.tasks.create(user.id, projectId, body);
  }

  @ApiOperation({ summary: 'Get a task', description: 'One task with its status, assignee, hours and risk.' })
  @Get('tasks/:task_id')
  @ApiOkResponse({ type: TaskDto })
  @ApiProblems(ErrorCode.TASK_NOT_FOUND)
  get(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<TaskDto> {
    return this.tasks.get(user.id, taskId);
  }

  @ApiOperation({
    summary: 'Update a task',
    description:
      "Changes a task's fields (null clears a nullable one); every change is recorded in its activity, and assignment and status changes notify. `status: Done` completes it like `complete`, without claiming a next task.",
  })
  @Patch('tasks/:task_id')
  @ApiOkResponse({ type: TaskMessageDto })
  @ApiProblems(
    ErrorCode.TASK_NOT_FOUND,
    { code: ErrorCode.TASK_NOT_ASSIGNED_TO_YOU, description: 'status Done on a task assigned to another member, by a caller who does not own the project' },
    {
      code: ErrorCode.VALIDATION_FAILED,
      description: 'Invalid fields; a story, sprint or label of another project; a completed sprint; an assignee who is not a member',
    },
  )
  update(
    @CurrentUser() user: AuthUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
    @Body() body: UpdateTaskDto,
  ): Promise<TaskMessageDto> {
    return this.tasks.update(user.id, taskId, body);
  }

  @ApiOperation({ summary: 'Start a task', description: 'Moves a To Do task to In Progress and assigns it to the caller; of two concurrent starts one wins, the other gets 409.' })
  @Post('tasks/:task_id/start')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskMessageDto })
  @ApiProblems(ErrorCode.TASK_NOT_FOUND, {
    code: ErrorCode.TASK_NOT_STARTABLE,
    description: 'Not To Do, or assigned to another member (a concurrent start won)',
  })
  start(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<TaskMessageDto> {
    return this.workflow.start(user.id, taskId);
  }

  @ApiOperation({
    summary: 'Complete a task',
    description:
      "Marks a task Done (its assignee, anyone while it is unassigned, or the project's owners) and, in the same transaction, assigns the caller the project's next unassigned, unblocked To Do task in board order, returned as `next_task` (null when there is none).",
  })
  @Post('tasks/:task_id/complete')
  @UserCheckedByQuery()
  @HttpCode(200)
  @ApiOkResponse({ type: CompleteTaskResponseDto })
  @ApiProblems(
    ErrorCode.TASK_NOT_FOUND,
    { code: ErrorCode.TASK_ALREADY_DONE, description: 'The task is already Done' },
    { code: ErrorCode.TASK_NOT_ASSIGNED_TO_YOU, description: 'Assigned to another member, and the caller does not own the project' },
  )
  complete(
    @CurrentPendingUser() user: PendingUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
  ): Promise<CompleteTaskResponseDto> {
    return this.workflow.complete(user.id, taskId, user);
  }

  @ApiOperation({ summary: 'Delete a task', description: 'Deletes a task (project owner, organization owner or manager).' })
  @Delete('tasks/:task_id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblems(ErrorCode.TASK_NOT_FOUND)
  @ApiManagersOnly()
  async remove(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<void> {
    await this.tasks.remove(user.id, taskId);
  }
}
