import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { Page } from '../../common/pagination';
import { SearchPageDto, SearchQuery, SearchResultDto } from './dto/search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @ApiOkResponse({ type: SearchPageDto, description: 'Most relevant first; only the caller’s projects' })
  @ApiNotFoundResponse({ description: 'project_id is not one of the caller’s projects' })
  @ApiUnprocessableEntityResponse({ description: 'q missing, longer than 200 characters or without a word; unknown type' })
  find(@CurrentUser() user: AuthUser, @Query() query: SearchQuery): Promise<Page<SearchResultDto>> {
    return this.search.search(user.id, query);
  }
}
