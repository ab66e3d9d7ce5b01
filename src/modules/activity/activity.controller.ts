import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ParseIntIdPipe, ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiPage, ApiProblems } from '../../common/openapi';
import { Page, PageQueryDto } from '../../common/pagination';
import { AccessPolicy } from '../access';
import { ActivityLog } from './activity-log';
import { ActivityDto } from './dto/activity.dto';

/** The recorded history of a task or an issue, oldest first, for members of its project. */
@ApiTags('activity')
@ApiBearerAuth()
@Controller()
export class ActivityController {
  constructor(
    private readonly access: AccessPolicy,
    private readonly log: ActivityLog,
  ) {}

  @ApiOperation({
    summary: 'Task history',
    description: 'Every recorded change of the task, oldest first: creation, each changed field (old and new value as text), status, assignment, comments, sprint moves, blockers, and the reason when the system made it.',
  })
  @Get('projects/tasks/:task_id/activity')
  @ApiProblems(ErrorCode.TASK_NOT_FOUND)
  @ApiPage(ActivityDto)
  async task(
    @CurrentUser() user: AuthUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<ActivityDto>> {
    await this.access.task(user.id, taskId);
    return this.log.taskPage(taskId, query);
  }

  @ApiOperation({
    summary: 'Issue history',
    description: 'Every recorded change of the issue, oldest first: creation, each changed field (old and new value as text), transitions, assignment and comments.',
  })
  @Get('issues/:issue_id/activity')
  @ApiProblems(ErrorCode.ISSUE_NOT_FOUND)
  @ApiPage(ActivityDto)
  async issue(
    @CurrentUser() user: AuthUser,
    @Param('issue_id', ParseIntIdPipe) issueId: number,
    @Query() query: PageQueryDto,
  ): Promise<Page<ActivityDto>> {
    await this.access.issue(user.id, issueId);
    return this.log.issuePage(issueId, query);
  }
}
