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
import { AuthUser, CurrentPendingUser, CurrentUser, PendingUser, UserCheckedByQuery } from '../../common/auth';
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

  @Post('tasks/bulk-assign')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkAssignResponseDto })
  @ApiUnprocessableEntityResponse({ description: 'Lists every failing id; nothing was assigned' })
  bulkAssign(@CurrentUser() user: AuthUser, @Body() body: BulkAssignDto): Promise<BulkAssignResponseDto> {
    return this.workflow.bulkAssign(user.id, body);
  }

  @Get(':project_id/tasks')
  @ApiPage(TaskDto)
  list(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: ListTasksQuery,
  ): Promise<Page<TaskDto>> {
    return this.tasks.list(user.id, projectId, query);
  }

  @Post(':project_id/tasks')
  @ApiCreatedResponse({ type: TaskDto })
  create(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Body() body: CreateTaskDto,
  ): Promise<TaskDto> {
    return this.tasks.create(user.id, projectId, body);
  }

  @Get('tasks/:task_id')
  @ApiOkResponse({ type: TaskDto })
  get(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<TaskDto> {
    return this.tasks.get(user.id, taskId);
  }

  @Patch('tasks/:task_id')
  @ApiOkResponse({ type: TaskMessageDto })
  update(
    @CurrentUser() user: AuthUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
    @Body() body: UpdateTaskDto,
  ): Promise<TaskMessageDto> {
    return this.tasks.update(user.id, taskId, body);
  }

  @Post('tasks/:task_id/start')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskMessageDto })
  @ApiConflictResponse({ description: 'Not To Do, or assigned to another member (a concurrent start won)' })
  start(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<TaskMessageDto> {
    return this.workflow.start(user.id, taskId);
  }

  @Post('tasks/:task_id/complete')
  @UserCheckedByQuery()
  @HttpCode(200)
  @ApiOkResponse({ type: CompleteTaskResponseDto })
  @ApiConflictResponse({ description: 'The task is already Done' })
  @ApiForbiddenResponse({ description: 'Assigned to another member and the caller does not own the project' })
  complete(
    @CurrentPendingUser() user: PendingUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
  ): Promise<CompleteTaskResponseDto> {
    return this.workflow.complete(user.id, taskId, user);
  }

  @Delete('tasks/:task_id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ description: 'Only the project owner or an organization owner or manager' })
  async remove(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<void> {
    await this.tasks.remove(user.id, taskId);
  }
}
