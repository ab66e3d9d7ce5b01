import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { ApiManagersOnly, ApiPage, ApiProblems } from '../../common/openapi';
import { OrganizationScoped } from '../../common/organization-context';
import { Page, PageQueryDto } from '../../common/pagination';
import { CreateProjectDto, ProjectDto, UpdateProjectDto } from './dto/project.dto';
import { ProjectsService } from './projects.service';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @ApiOperation({
    summary: 'List projects',
    description: "The projects of every organization the caller belongs to, or of the one X-Organization-Id names.",
  })
  @Get()
  @OrganizationScoped()
  @ApiPage(ProjectDto, 'Every organization of the caller, or only the one X-Organization-Id names')
  list(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<ProjectDto>> {
    return this.projects.list(user.id, page);
  }

  @ApiOperation({ summary: 'Create a project', description: 'Creates a project owned by the caller in the organization the request acts in.' })
  @Post()
  @OrganizationScoped()
  @ApiCreatedResponse({ type: ProjectDto, description: 'In the organization the request acts in' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateProjectDto): Promise<ProjectDto> {
    return this.projects.create(user.id, body);
  }

  @ApiOperation({ summary: 'Get a project', description: 'One project the caller can see.' })
  @Get(':project_id')
  @ApiOkResponse({ type: ProjectDto })
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  get(@CurrentUser() user: AuthUser, @Param('project_id', ParseUuidPipe) projectId: string): Promise<ProjectDto> {
    return this.projects.get(user.id, projectId);
  }

  @ApiOperation({ summary: 'Update a project', description: 'Renames a project or changes its description (project owner, organization owner or manager).' })
  @Patch(':project_id')
  @ApiOkResponse({ type: ProjectDto })
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  @ApiManagersOnly()
  update(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Body() body: UpdateProjectDto,
  ): Promise<ProjectDto> {
    return this.projects.update(user.id, projectId, body);
  }

  @ApiOperation({ summary: 'Delete a project', description: 'Deletes a project with its epics, stories, tasks and issues (project owner, organization owner or manager).' })
  @Delete(':project_id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND)
  @ApiManagersOnly()
  async remove(@CurrentUser() user: AuthUser, @Param('project_id', ParseUuidPipe) projectId: string): Promise<void> {
    await this.projects.remove(user.id, projectId);
  }
}
