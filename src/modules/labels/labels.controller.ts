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
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiPage } from '../../common/openapi';
import { Page, PageQueryDto } from '../../common/pagination';
import { CreateLabelDto, LabelDto, UpdateLabelDto } from './dto/label.dto';
import { LabelsService } from './labels.service';

const NAME_TAKEN = 'The project already has a label of that name in any case (LABEL_NAME_TAKEN)';

@ApiTags('labels')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such project or label, or the caller is not a member' })
@Controller()
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  @Post('projects/:project_id/labels')
  @ApiCreatedResponse({ type: LabelDto })
  @ApiConflictResponse({ description: NAME_TAKEN })
  create(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Body() body: CreateLabelDto,
  ): Promise<LabelDto> {
    return this.labels.create(user.id, projectId, body);
  }

  @Get('projects/:project_id/labels')
  @ApiPage(LabelDto)
  list(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<LabelDto>> {
    return this.labels.list(user.id, projectId, query);
  }

  @Patch('labels/:label_id')
  @ApiOkResponse({ type: LabelDto })
  @ApiConflictResponse({ description: NAME_TAKEN })
  update(
    @CurrentUser() user: AuthUser,
    @Param('label_id', ParseUuidPipe) labelId: string,
    @Body() body: UpdateLabelDto,
  ): Promise<LabelDto> {
    return this.labels.update(user.id, labelId, body);
  }

  @Delete('labels/:label_id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; the tasks that carried it lose it (recorded in their history)' })
  @ApiForbiddenResponse({ description: 'Only the project owner or an organization owner or manager' })
  async remove(@CurrentUser() user: AuthUser, @Param('label_id', ParseUuidPipe) labelId: string): Promise<void> {
    await this.labels.remove(user.id, labelId);
  }
}
