import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ParseIntIdPipe, ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiPage, ApiProblems } from '../../common/openapi';
import { Page, PageQueryDto } from '../../common/pagination';
import { WatcherDto } from './dto/watcher.dto';
import { issueSubject, taskSubject } from './subject';
import { WatchersService } from './watchers.service';

const WATCH = 'The caller watches it (already watching is not an error)';
const UNWATCH = 'The caller no longer watches it (not watching is not an error)';

@ApiTags('watchers')
@ApiBearerAuth()
@Controller()
export class WatchersController {
  constructor(private readonly watchers: WatchersService) {}

  @ApiOperation({
    summary: 'Watch a task',
    description: 'The caller starts watching the task: they get `comment_added` and `status_changed` notifications. Watching already is not an error.',
  })
  @Post('projects/tasks/:task_id/watch')
  @ApiProblems(ErrorCode.TASK_NOT_FOUND)
  @HttpCode(204)
  @ApiNoContentResponse({ description: WATCH })
  async watchTask(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<void> {
    await this.watchers.watch(user.id, taskSubject(taskId));
  }

  @ApiOperation({ summary: 'Stop watching a task', description: 'The caller stops watching the task. Not watching is not an error.' })
  @Delete('projects/tasks/:task_id/watch')
  @ApiProblems(ErrorCode.TASK_NOT_FOUND)
  @HttpCode(204)
  @ApiNoContentResponse({ description: UNWATCH })
  async unwatchTask(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<void> {
    await this.watchers.unwatch(user.id, taskSubject(taskId));
  }

  @ApiOperation({ summary: 'Task watchers', description: 'Who watches the task (its creator, assignee and commenters do automatically).' })
  @Get('projects/tasks/:task_id/watchers')
  @ApiProblems(ErrorCode.TASK_NOT_FOUND)
  @ApiPage(WatcherDto)
  taskWatchers(
    @CurrentUser() user: AuthUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<WatcherDto>> {
    return this.watchers.list(user.id, taskSubject(taskId), query);
  }

  @ApiOperation({
    summary: 'Watch an issue',
    description: 'The caller starts watching the issue: they get `comment_added` and `status_changed` notifications. Watching already is not an error.',
  })
  @Post('issues/:issue_id/watch')
  @ApiProblems(ErrorCode.ISSUE_NOT_FOUND)
  @HttpCode(204)
  @ApiNoContentResponse({ description: WATCH })
  async watchIssue(@CurrentUser() user: AuthUser, @Param('issue_id', ParseIntIdPipe) issueId: number): Promise<void> {
    await this.watchers.watch(user.id, issueSubject(issueId));
  }

  @ApiOperation({ summary: 'Stop watching an issue', description: 'The caller stops watching the issue. Not watching is not an error.' })
  @Delete('issues/:issue_id/watch')
  @ApiProblems(ErrorCode.ISSUE_NOT_FOUND)
  @HttpCode(204)
  @ApiNoContentResponse({ description: UNWATCH })
  async unwatchIssue(@CurrentUser() user: AuthUser, @Param('issue_id', ParseIntIdPipe) issueId: number): Promise<void> {
    await this.watchers.unwatch(user.id, issueSubject(issueId));
  }

  @ApiOperation({
    summary: 'Issue watchers',
    description: 'Who watches the issue (its reporter, assignee and commenters do automatically).',
  })
  @Get('issues/:issue_id/watchers')
  @ApiProblems(ErrorCode.ISSUE_NOT_FOUND)
  @ApiPage(WatcherDto)
  issueWatchers(
    @CurrentUser() user: AuthUser,
    @Param('issue_id', ParseIntIdPipe) issueId: number,
    @Query() query: PageQueryDto,
  ): Promise<Page<WatcherDto>> {
    return this.watchers.list(user.id, issueSubject(issueId), query);
  }
}
