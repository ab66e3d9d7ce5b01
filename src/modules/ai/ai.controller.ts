import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ApiManagersOnly, ApiProblems } from '../../common/openapi';
import { OrganizationScoped } from '../../common/organization-context';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { EpicTreeDto } from '../tasks';
import { AiService } from './ai.service';
import { ApplyPlanBodyPipe } from './apply-plan-body.pipe';
import { DiscoveredProjectDto, DiscoverProjectDto, DraftPlanDto, PlanDraftDto } from './dto/ai.dto';
import { OPENAPI_APPLY_PLAN_BODY_SCHEMA } from './plan.schema';
import type { ApplyPlanBody } from './plan.schema';

/** The answers of a route that asks the AI provider. */
const ApiProviderProblems = () =>
  ApiProblems(
    { code: ErrorCode.TOO_MANY_REQUESTS, description: 'More than AI_REQUESTS_PER_MINUTE planning requests this minute' },
    { code: ErrorCode.AI_PROVIDER_ERROR, description: 'The provider could not be reached, failed or refused' },
    { code: ErrorCode.AI_INVALID_OUTPUT, description: 'No valid plan after one corrective retry; `errors` lists what was wrong' },
    { code: ErrorCode.AI_NOT_CONFIGURED, description: 'No provider is configured (AI_BASE_URL, AI_MODEL)' },
    { code: ErrorCode.AI_PROVIDER_RATE_LIMITED, description: 'The provider answered 429' },
    { code: ErrorCode.AI_TIMEOUT, description: 'The provider did not answer within AI_TIMEOUT_MS' },
  );

@ApiTags('ai planning')
@ApiBearerAuth()
@Controller()
export class AiController {
  constructor(private readonly ai: AiService) {}

  @ApiOperation({ summary: 'Draft a plan', description: 'Asks the configured model for a plan (epics, stories, tasks with hours and points) from a description; writes nothing. Rate-limited per user.' })
  @Post('ai/plan')
  @HttpCode(200)
  @ApiOkResponse({ type: PlanDraftDto, description: 'A draft plan; nothing is written' })
  @ApiProviderProblems()
  draft(@CurrentUser() user: AuthUser, @Body() body: DraftPlanDto): Promise<PlanDraftDto> {
    return this.ai.draft(user.id, body.description);
  }

  @ApiOperation({
    summary: 'Apply a plan',
    description:
      "Appends a plan (edited or not) after the project's existing epics in one transaction (the project owner or an organization owner or manager); answers the project's whole epic tree.",
  })
  @Post('projects/:project_id/plan/apply')
  @ApiBody({ schema: OPENAPI_APPLY_PLAN_BODY_SCHEMA })
  @ApiCreatedResponse({
    type: [EpicTreeDto],
    description: "The project's whole epic tree; the plan's epics follow the existing ones",
  })
  @ApiProblems(ErrorCode.PROJECT_NOT_FOUND, {
    code: ErrorCode.VALIDATION_FAILED,
    description: 'The plan breaks the plan schema (limits, lengths, hours, points); `errors` names each place',
  })
  @ApiManagersOnly()
  apply(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Body(ApplyPlanBodyPipe) body: ApplyPlanBody,
  ): Promise<EpicTreeDto[]> {
    return this.ai.apply(user.id, projectId, body.plan);
  }

  @ApiOperation({ summary: "Discover a project", description: 'Drafts a plan from a message and creates a new project from it in the organization the request acts in, in one transaction. Rate-limited per user.' })
  @Post('ai/discover')
  @OrganizationScoped()
  @ApiCreatedResponse({
    type: DiscoveredProjectDto,
    description: "A new project in the caller's organization, created from a drafted plan",
  })
  @ApiProviderProblems()
  discover(@CurrentUser() user: AuthUser, @Body() body: DiscoverProjectDto): Promise<DiscoveredProjectDto> {
    return this.ai.discover(user.id, body.message);
  }
}
