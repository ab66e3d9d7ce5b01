import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ParseIntIdPipe, ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiPage } from '../../common/openapi';
import { Page, PageQueryDto } from '../../common/pagination';
import { issueSubject, taskSubject } from '../watchers';
import { CommentsService } from './comments.service';
import { CommentBodyDto, CommentDto } from './dto/comment.dto';

const POSTED =
  'Notifies each mentioned member (`mention`) and every other watcher (`comment_added`), never the author; the author starts watching';

@ApiTags('comments')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such task, issue or comment, or the caller is not a member of its project' })
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Post('projects/tasks/:task_id/comments')
  @ApiCreatedResponse({ type: CommentDto, description: POSTED })
  commentTask(
    @CurrentUser() user: AuthUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
    @Body() body: CommentBodyDto,
  ): Promise<CommentDto> {
    return this.comments.create(user.id, taskSubject(taskId), body);
  }

  @Get('projects/tasks/:task_id/comments')
  @ApiPage(CommentDto)
  taskComments(
    @CurrentUser() user: AuthUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<CommentDto>> {
    return this.comments.list(user.id, taskSubject(taskId), query);
  }

  @Post('issues/:issue_id/comments')
  @ApiCreatedResponse({ type: CommentDto, description: POSTED })
  commentIssue(
    @CurrentUser() user: AuthUser,
    @Param('issue_id', ParseIntIdPipe) issueId: number,
    @Body() body: CommentBodyDto,
  ): Promise<CommentDto> {
    return this.comments.create(user.id, issueSubject(issueId), body);
  }

  @Get('issues/:issue_id/comments')
  @ApiPage(CommentDto)
  issueComments(
    @CurrentUser() user: AuthUser,
    @Param('issue_id', ParseIntIdPipe) issueId: number,
    @Query() query: PageQueryDto,
  ): Promise<Page<CommentDto>> {
    return this.comments.list(user.id, issueSubject(issueId), query);
  }

  @Patch('comments/:comment_id')
  @ApiOkResponse({ type: CommentDto, description: 'Sets `edited`; only members newly mentioned are notified' })
  @ApiForbiddenResponse({ description: 'The caller is not the author (NOT_THE_COMMENT_AUTHOR)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('comment_id', ParseIntIdPipe) commentId: number,
    @Body() body: CommentBodyDto,
  ): Promise<CommentDto> {
    return this.comments.update(user.id, commentId, body);
  }

  @Delete('comments/:comment_id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ description: 'Only the author, the project owner or an organization owner or manager' })
  async remove(@CurrentUser() user: AuthUser, @Param('comment_id', ParseIntIdPipe) commentId: number): Promise<void> {
    await this.comments.remove(user.id, commentId);
  }
}
