import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ParseIntIdPipe, ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiPage } from '../../common/openapi';
import { Page, PageQueryDto } from '../../common/pagination';
import { AccessPolicy } from '../access';
import { ActivityLog } from './activity-log';
import { ActivityDto } from './dto/activity.dto';

/** The recorded history of a task or an issue, oldest first, for members of its project. */
@ApiTags('activity')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such task or issue, or the caller is not a member of its project' })
@Controller()
export class ActivityController {
  constructor(
    private readonly access: AccessPolicy,
    private readonly log: ActivityLog,
  ) {}

  @Get('projects/tasks/:task_id/activity')
  @ApiPage(ActivityDto)
  async task(
    @CurrentUser() user: AuthUser,
    @Param('task_id', ParseUuidPipe) taskId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<ActivityDto>> {
    await this.access.task(user.id, taskId);
    return this.log.taskPage(taskId, query);
  }

  @Get('issues/:issue_id/activity')
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
