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
  ApiOperation,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiPage } from '../../common/openapi';
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
@ApiNotFoundResponse({ description: 'No such project or task, or the caller is not a member' })
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
  @ApiUnprocessableEntityResponse({ description: 'Lists every failing id; nothing was assigned' })
  bulkAssign(@CurrentUser() user: AuthUser, @Body() body: BulkAssignDto): Promise<BulkAssignResponseDto> {
    return this.workflow.bulkAssign(user.id, body);
  }

  @ApiOperation({ summary: "List tasks", description: "A project's tasks, filtered by status or assignee, cursor-paginated." })
  @Get(':project_id/tasks')
  @ApiPage(TaskDto)
  list(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: ListTasksQuery,
  ): Promise<Page<TaskDto>> {
    return this.tasks.list(user.id, projectId, query);
  }

  @ApiOperation({ summary: 'Create a task', description: 'Adds a task to a project (optionally under a story); its risk is computed at once.' })
  @Post(':project_id/tasks')
  @ApiCreatedResponse({ type: TaskDto })
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
  get(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<TaskDto> {
    return this.tasks.get(user.id, taskId);
  }

  @ApiOperation({ summary: "Update a task", description: "Changes a task's fields; assignee and status changes notify and are recorded in the activity." })
  @Patch('tasks/:task_id')
  @ApiOkResponse({ type: TaskMessageDto })
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
  @ApiConflictResponse({ description: 'Not To Do, or assigned to another member (a concurrent start won)' })
  start(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<TaskMessageDto> {
    return this.workflow.start(user.id, taskId);
  }

  @ApiOperation({ summary: 'Complete a task', description: 'Marks a task Done and returns the next task the caller should pick up.' })
  @Post('tasks/:task_id/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: CompleteTaskResponseDto })
  @ApiConflictResponse({ description: 'The task is already Done' })
  @ApiForbiddenResponse({ description: 'Assigned to another member and the caller does not own the project' })
  complete(
    @CurrentUser() user: AuthUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
  ): Promise<CompleteTaskResponseDto> {
    return this.workflow.complete(user.id, taskId);
  }

  @ApiOperation({ summary: 'Delete a task', description: 'Deletes a task (project owner, organization owner or manager).' })
  @Delete('tasks/:task_id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ description: 'Only the project owner or an organization owner or manager' })
  async remove(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<void> {
    await this.tasks.remove(user.id, taskId);
  }
}
