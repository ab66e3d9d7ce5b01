import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ParseIntIdPipe, ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiPage } from '../../common/openapi';
import { Page, PageQueryDto } from '../../common/pagination';
import { WatcherDto } from './dto/watcher.dto';
import { issueSubject, taskSubject } from './subject';
import { WatchersService } from './watchers.service';

const WATCH = 'The caller watches it (already watching is not an error)';
const UNWATCH = 'The caller no longer watches it (not watching is not an error)';

@ApiTags('watchers')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such task or issue, or the caller is not a member of its project' })
@Controller()
export class WatchersController {
  constructor(private readonly watchers: WatchersService) {}

  @Post('projects/tasks/:task_id/watch')
  @HttpCode(204)
  @ApiNoContentResponse({ description: WATCH })
  async watchTask(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<void> {
    await this.watchers.watch(user.id, taskSubject(taskId));
  }

  @Delete('projects/tasks/:task_id/watch')
  @HttpCode(204)
  @ApiNoContentResponse({ description: UNWATCH })
  async unwatchTask(@CurrentUser() user: AuthUser, @Param('task_id', ParseUuidPipe) taskId: string): Promise<void> {
    await this.watchers.unwatch(user.id, taskSubject(taskId));
  }

  @Get('projects/tasks/:task_id/watchers')
  @ApiPage(WatcherDto)
  taskWatchers(
    @CurrentUser() user: AuthUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<WatcherDto>> {
    return this.watchers.list(user.id, taskSubject(taskId), query);
  }

  @Post('issues/:issue_id/watch')
  @HttpCode(204)
  @ApiNoContentResponse({ description: WATCH })
  async watchIssue(@CurrentUser() user: AuthUser, @Param('issue_id', ParseIntIdPipe) issueId: number): Promise<void> {
    await this.watchers.watch(user.id, issueSubject(issueId));
  }

  @Delete('issues/:issue_id/watch')
  @HttpCode(204)
  @ApiNoContentResponse({ description: UNWATCH })
  async unwatchIssue(@CurrentUser() user: AuthUser, @Param('issue_id', ParseIntIdPipe) issueId: number): Promise<void> {
    await this.watchers.unwatch(user.id, issueSubject(issueId));
  }

  @Get('issues/:issue_id/watchers')
  @ApiPage(WatcherDto)
  issueWatchers(
    @CurrentUser() user: AuthUser,
    @Param('issue_id', ParseIntIdPipe) issueId: number,
    @Query() query: PageQueryDto,
  ): Promise<Page<WatcherDto>> {
    return this.watchers.list(user.id, issueSubject(issueId), query);
  }
}
