import { applyDecorators, Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadGatewayResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGatewayTimeoutResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ParseUuidPipe } from '../../common/http/id-pipes';
import { EpicTreeDto } from '../tasks';
import { AiService } from './ai.service';
import { ApplyPlanBodyPipe } from './apply-plan-body.pipe';
import { DiscoveredProjectDto, DiscoverProjectDto, DraftPlanDto, PlanDraftDto } from './dto/ai.dto';
import { OPENAPI_APPLY_PLAN_BODY_SCHEMA } from './plan.schema';
import type { ApplyPlanBody } from './plan.schema';

/** The answers of a route that asks the AI provider. */
function ApiProviderResponses() {
  return applyDecorators(
    ApiTooManyRequestsResponse({
      description: 'TOO_MANY_REQUESTS: more than AI_REQUESTS_PER_MINUTE planning requests this minute (see Retry-After)',
    }),
    ApiBadGatewayResponse({
      description: 'AI_PROVIDER_ERROR: the provider failed or refused; AI_INVALID_OUTPUT: no valid plan after one corrective retry',
    }),
    ApiServiceUnavailableResponse({
      description: 'AI_NOT_CONFIGURED: no provider is configured; AI_PROVIDER_RATE_LIMITED: the provider answered 429 (see Retry-After)',
    }),
    ApiGatewayTimeoutResponse({ description: 'AI_TIMEOUT: the provider did not answer within AI_TIMEOUT_MS' }),
  );
}

@ApiTags('ai planning')
@ApiBearerAuth()
@Controller()
export class AiController {
  constructor(private readonly ai: AiService) {}

  @ApiOperation({ summary: 'Draft a plan', description: 'Asks the configured model for a plan (epics, stories, tasks with hours and points) from a description; writes nothing. Rate-limited per user.' })
  @Post('ai/plan')
  @HttpCode(200)
  @ApiOkResponse({ type: PlanDraftDto, description: 'A draft plan; nothing is written' })
  @ApiProviderResponses()
  draft(@CurrentUser() user: AuthUser, @Body() body: DraftPlanDto): Promise<PlanDraftDto> {
    return this.ai.draft(user.id, body.description);
  }

  @ApiOperation({ summary: "Apply a plan", description: "Appends a plan (edited or not) after the project's existing epics in one transaction." })
  @Post('projects/:project_id/plan/apply')
  @ApiBody({ schema: OPENAPI_APPLY_PLAN_BODY_SCHEMA })
  @ApiCreatedResponse({
    type: [EpicTreeDto],
    description: "The project's whole epic tree; the plan's epics follow the existing ones",
  })
  @ApiNotFoundResponse({ description: 'No such project, or the caller is not a member' })
  @ApiForbiddenResponse({ description: 'Only the project owner or an organization owner or manager' })
  apply(
    @CurrentUser() user: AuthUser,
    @Param('project_id', ParseUuidPipe) projectId: string,
    @Body(ApplyPlanBodyPipe) body: ApplyPlanBody,
  ): Promise<EpicTreeDto[]> {
    return this.ai.apply(user.id, projectId, body.plan);
  }

  @ApiOperation({ summary: "Discover a project", description: "Drafts a plan from a message and creates a new project from it in the caller's organization, in one transaction. Rate-limited per user." })
  @Post('ai/discover')
  @ApiCreatedResponse({
    type: DiscoveredProjectDto,
    description: "A new project in the caller's organization, created from a drafted plan",
  })
  @ApiProviderResponses()
  discover(@CurrentUser() user: AuthUser, @Body() body: DiscoverProjectDto): Promise<DiscoveredProjectDto> {
    return this.ai.discover(user.id, body.message);
  }
}
