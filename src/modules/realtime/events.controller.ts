import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ApiProblems } from '../../common/openapi';
import { Page } from '../../common/pagination';
import { EventDto, EventPageDto, EventsQuery } from './dto/events.dto';
import { EventsService } from './events.service';

@ApiTags('realtime')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  /**
   * The caller's delivered events (their user room, organizations, projects and channels) after a
   * cursor, in delivery order, so a reconnecting client can catch up. Live events carry the same id as
   * `event_id`. Kept OUTBOX_RETENTION_DAYS after delivery.
   */
  @ApiOperation({ summary: 'Catch up on events', description: 'Realtime events addressed to the caller since a given event id, in delivery order (for a client that was offline; kept OUTBOX_RETENTION_DAYS).' })
  @Get()
  @ApiOkResponse({ type: EventPageDto, description: 'In delivery order; pass next_cursor (or the last event_id) as `after`' })
  @ApiProblems({ code: ErrorCode.VALIDATION_FAILED, description: 'after is not an event id, or limit is out of range' })
  list(@CurrentUser() user: AuthUser, @Query() query: EventsQuery): Promise<Page<EventDto>> {
    return this.events.list(user.id, query);
  }
}
