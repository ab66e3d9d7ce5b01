import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { BoardService } from './board.service';
import { EpicTreeDto } from './dto/board.dto';

@ApiTags('epics and stories')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such project, epic or story, or the caller is not a member' })
@Controller()
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Get('projects/:project_id/epics')
  // The operation id it was published under, before the tree moved to the tasks module.
  @ApiOperation({
    operationId: 'Plan_tree',
    summary: 'The ordered epic, story and task tree of a project',
    description: 'Every epic of the project in order, each with its stories in order, each with its tasks.',
  })
  @ApiOkResponse({ type: [EpicTreeDto], description: 'The whole ordered tree (not paginated)' })
  tree(@CurrentUser() user: AuthUser, @Param('project_id', ParseUuidPipe) projectId: string): Promise<EpicTreeDto[]> {
    return this.board.tree(user.id, projectId);
  }
}
