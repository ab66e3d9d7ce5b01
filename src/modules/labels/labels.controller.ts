import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiManagersOnly, ApiPage, ApiProblems } from '../../common/openapi';
import { Page, PageQueryDto } from '../../common/pagination';
import { CreateLabelDto, LabelDto, UpdateLabelDto } from './dto/label.dto';
import { LabelsService } from './labels.service';

const NAME_TAKEN = { code: ErrorCode.LABEL_NAME_TAKEN, description: 'The project already has a label of that name, in any case' };

@ApiTags('labels')
@ApiBearerAuth()
@Controller()
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  @ApiOperation({
    summary: 'Create a label',
    description: 'Adds a label (a name unique in the project whatever its case, and a #rrggbb color) to a project; any member.',
  })
  @Post('projects/:project_id/labels')
  @ApiCreatedResponse({ type: LabelDto })
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND, NAME_TAKEN)
  create(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Body() body: CreateLabelDto,
  ): Promise<LabelDto> {
    return this.labels.create(user.id, projectId, body);
  }

  @ApiOperation({ summary: 'List labels', description: 'The project\'s labels.' })
  @Get('projects/:project_id/labels')
  @ApiPage(LabelDto)
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  list(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<LabelDto>> {
    return this.labels.list(user.id, projectId, query);
  }

  @ApiOperation({ summary: 'Update a label', description: 'Renames a label or changes its color; any member.' })
  @Patch('labels/:label_id')
  @ApiOkResponse({ type: LabelDto })
  @ApiProblems(ErrorCode.LABEL_NOT_FOUND, NAME_TAKEN)
  update(
    @CurrentUser() user: AuthUser,
    @Param('label_id', ParseUuidPipe) labelId: string,
    @Body() body: UpdateLabelDto,
  ): Promise<LabelDto> {
    return this.labels.update(user.id, labelId, body);
  }

  @ApiOperation({
    summary: 'Delete a label',
    description: 'Deletes a label (the project owner or an organization owner or manager); the tasks that carried it lose it, recorded in their history.',
  })
  @Delete('labels/:label_id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; the tasks that carried it lose it (recorded in their history)' })
  @ApiProblems(ErrorCode.LABEL_NOT_FOUND)
  @ApiManagersOnly()
  async remove(@CurrentUser() user: AuthUser, @Param('label_id', ParseUuidPipe) labelId: string): Promise<void> {
    await this.labels.remove(user.id, labelId);
  }
}
