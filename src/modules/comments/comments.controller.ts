import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ParseIntIdPipe, ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiPage, ApiProblems } from '../../common/openapi';
import { Page, PageQueryDto } from '../../common/pagination';
import { issueSubject, taskSubject } from '../watchers';
import { CommentsService } from './comments.service';
import { CommentBodyDto, CommentDto } from './dto/comment.dto';

const POSTED =
  'Notifies each mentioned member (`mention`) and every other watcher (`comment_added`), never the author; the author starts watching';

@ApiTags('comments')
@ApiBearerAuth()
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @ApiOperation({
    summary: 'Comment on a task',
    description: 'Adds a comment (1..10000 characters) to a task; `@username` mentions a member of the organization. The author starts watching.',
  })
  @Post('projects/tasks/:task_id/comments')
  @ApiProblems(ErrorCode.TASK_NOT_FOUND)
  @ApiCreatedResponse({ type: CommentDto, description: POSTED })
  commentTask(
    @CurrentUser() user: AuthUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
    @Body() body: CommentBodyDto,
  ): Promise<CommentDto> {
    return this.comments.create(user.id, taskSubject(taskId), body);
  }

  @ApiOperation({ summary: 'Task comments', description: 'The task\'s comments, oldest first.' })
  @Get('projects/tasks/:task_id/comments')
  @ApiProblems(ErrorCode.TASK_NOT_FOUND)
  @ApiPage(CommentDto)
  taskComments(
    @CurrentUser() user: AuthUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<CommentDto>> {
    return this.comments.list(user.id, taskSubject(taskId), query);
  }

  @ApiOperation({
    summary: 'Comment on an issue',
    description: 'Adds a comment (1..10000 characters) to an issue; `@username` mentions a member of the organization. The author starts watching.',
  })
  @Post('issues/:issue_id/comments')
  @ApiProblems(ErrorCode.ISSUE_NOT_FOUND)
  @ApiCreatedResponse({ type: CommentDto, description: POSTED })
  commentIssue(
    @CurrentUser() user: AuthUser,
    @Param('issue_id', ParseIntIdPipe) issueId: number,
    @Body() body: CommentBodyDto,
  ): Promise<CommentDto> {
    return this.comments.create(user.id, issueSubject(issueId), body);
  }

  @ApiOperation({ summary: 'Issue comments', description: 'The issue\'s comments, oldest first.' })
  @Get('issues/:issue_id/comments')
  @ApiProblems(ErrorCode.ISSUE_NOT_FOUND)
  @ApiPage(CommentDto)
  issueComments(
    @CurrentUser() user: AuthUser,
    @Param('issue_id', ParseIntIdPipe) issueId: number,
    @Query() query: PageQueryDto,
  ): Promise<Page<CommentDto>> {
    return this.comments.list(user.id, issueSubject(issueId), query);
  }

  @ApiOperation({
    summary: 'Edit a comment',
    description: 'Replaces a comment\'s body (its author only) and sets `edited`; only members newly mentioned are notified.',
  })
  @Patch('comments/:comment_id')
  @ApiProblems(ErrorCode.COMMENT_NOT_FOUND, { code: ErrorCode.NOT_THE_COMMENT_AUTHOR, description: 'The caller is not the author' })
  @ApiOkResponse({ type: CommentDto, description: 'Sets `edited`; only members newly mentioned are notified' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('comment_id', ParseIntIdPipe) commentId: number,
    @Body() body: CommentBodyDto,
  ): Promise<CommentDto> {
    return this.comments.update(user.id, commentId, body);
  }

  @ApiOperation({
    summary: 'Delete a comment',
    description: 'Deletes a comment (its author, the project owner or an organization owner or manager).',
  })
  @Delete('comments/:comment_id')
  @ApiProblems(ErrorCode.COMMENT_NOT_FOUND, { code: ErrorCode.FORBIDDEN, description: 'Only the author, the project owner or an organization owner or manager' })
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentUser() user: AuthUser, @Param('comment_id', ParseIntIdPipe) commentId: number): Promise<void> {
    await this.comments.remove(user.id, commentId);
  }
}
