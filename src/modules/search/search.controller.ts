import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ApiProblems } from '../../common/openapi';
import { Page } from '../../common/pagination';
import { SearchPageDto, SearchQuery, SearchResultDto } from './dto/search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @ApiOperation({
    summary: 'Search',
    description: 'Full-text search (words and prefixes) over task and issue titles and descriptions and comment bodies in the caller\'s projects, most relevant first.',
  })
  @Get()
  @ApiOkResponse({ type: SearchPageDto, description: 'Most relevant first; only the caller’s projects' })
  @ApiProblems(
    { code: ErrorCode.PROJECT_NOT_FOUND, description: 'project_id is not one of the caller’s projects' },
    { code: ErrorCode.VALIDATION_FAILED, description: 'q missing, longer than 200 characters or without a word; an unknown type; cursor with skip' },
  )
  find(@CurrentUser() user: AuthUser, @Query() query: SearchQuery): Promise<Page<SearchResultDto>> {
    return this.search.search(user.id, query);
  }
}
