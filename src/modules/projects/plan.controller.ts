import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ApiManagersOnly, ApiProblems } from '../../common/openapi';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { CreatePlanItemDto, PlanItemDto, UpdatePlanItemDto } from './dto/project.dto';
import { PlanService } from './plan.service';

@ApiTags('epics and stories')
@ApiBearerAuth()
@Controller()
export class PlanController {
  constructor(private readonly plan: PlanService) {}

  @ApiOperation({ summary: 'Create an epic', description: 'Adds an epic to a project.' })
  @Post('projects/:project_id/epics')
  @ApiCreatedResponse({ type: PlanItemDto })
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  createEpic(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Body() body: CreatePlanItemDto,
  ): Promise<PlanItemDto> {
    return this.plan.createEpic(user.id, projectId, body);
  }

  @ApiOperation({ summary: 'Create a story', description: 'Adds a story to an epic.' })
  @Post('epics/:epic_id/stories')
  @ApiCreatedResponse({ type: PlanItemDto })
  @ApiProblems(ErrorCode.EPIC_NOT_FOUND)
  createStory(
    @CurrentUser() user: AuthUser,
    @Param('epic_id', ParseUuidPipe) epicId: string,
    @Body() body: CreatePlanItemDto,
  ): Promise<PlanItemDto> {
    return this.plan.createStory(user.id, epicId, body);
  }

  @ApiOperation({ summary: 'Update an epic', description: 'Renames an epic, changes its description or order.' })
  @Patch('epics/:epic_id')
  @ApiOkResponse({ type: PlanItemDto })
  @ApiProblems(ErrorCode.EPIC_NOT_FOUND)
  updateEpic(
    @CurrentUser() user: AuthUser,
    @Param('epic_id', ParseUuidPipe) epicId: string,
    @Body() body: UpdatePlanItemDto,
  ): Promise<PlanItemDto> {
    return this.plan.updateEpic(user.id, epicId, body);
  }

  @ApiOperation({ summary: 'Delete an epic', description: 'Deletes an epic with its stories and tasks (project owner, organization owner or manager).' })
  @Delete('epics/:epic_id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblems(ErrorCode.EPIC_NOT_FOUND)
  @ApiManagersOnly()
  async removeEpic(@CurrentUser() user: AuthUser, @Param('epic_id', ParseUuidPipe) epicId: string): Promise<void> {
    await this.plan.removeEpic(user.id, epicId);
  }

  @ApiOperation({ summary: 'Update a story', description: 'Renames a story, changes its description or order.' })
  @Patch('stories/:story_id')
  @ApiOkResponse({ type: PlanItemDto })
  @ApiProblems(ErrorCode.STORY_NOT_FOUND)
  updateStory(
    @CurrentUser() user: AuthUser,
    @Param('story_id', ParseUuidPipe) storyId: string,
    @Body() body: UpdatePlanItemDto,
  ): Promise<PlanItemDto> {
    return this.plan.updateStory(user.id, storyId, body);
  }

  @ApiOperation({ summary: 'Delete a story', description: 'Deletes a story with its tasks (project owner, organization owner or manager).' })
  @Delete('stories/:story_id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblems(ErrorCode.STORY_NOT_FOUND)
  @ApiManagersOnly()
  async removeStory(@CurrentUser() user: AuthUser, @Param('story_id', ParseUuidPipe) storyId: string): Promise<void> {
    await this.plan.removeStory(user.id, storyId);
  }
}
