import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ApiProblems } from '../../common/openapi';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { BoardService } from './board.service';
import { EpicTreeDto } from './dto/board.dto';

@ApiTags('epics and stories')
@ApiBearerAuth()
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
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  tree(@CurrentUser() user: AuthUser, @Param('project_id', ParseUuidPipe) projectId: string): Promise<EpicTreeDto[]> {
    return this.board.tree(user.id, projectId);
  }
}
