import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentPendingUser, CurrentUser, PendingUser, UserCheckedByQuery } from '../../common/auth';
import { IntIdParam } from '../../common/http/id-params';
import { Page } from '../../common/pagination';
import { ListNotificationsQuery } from './dto/list-notifications.query';
import { NotificationPreferencesDto, UpdateNotificationPreferencesDto } from './dto/notification-preferences.dto';
import {
  MarkAllReadDto,
  NotificationDto,
  NotificationMessageDto,
  NotificationPageDto,
  UnreadCountDto,
} from './dto/notification.dto';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsService } from './notifications.service';

const NOT_FOUND = 'No such notification, or it belongs to another user (NOTIFICATION_NOT_FOUND)';

/** The caller's own notifications; another user's are answered exactly like missing ones. */
@ApiTags('notifications')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing, invalid or expired token' })
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @Get()
  @UserCheckedByQuery()
  @ApiOkResponse({ type: NotificationPageDto, description: 'Newest first' })
  @ApiUnprocessableEntityResponse({ description: 'Bad limit, skip, cursor or unread_only' })
  list(@CurrentPendingUser() user: PendingUser, @Query() query: ListNotificationsQuery): Promise<Page<NotificationDto>> {
    return this.notifications.list(user, query);
  }

  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCountDto> {
    return this.notifications.unreadCount(user.id);
  }

  @Get('preferences')
  @ApiOkResponse({ type: NotificationPreferencesDto, description: 'Every notification type: received (true) or switched off' })
  getPreferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesDto> {
    return this.preferences.get(user.id);
  }

  @Put('preferences')
  @ApiOkResponse({ type: NotificationPreferencesDto, description: 'The preferences after the change' })
  @ApiUnprocessableEntityResponse({ description: 'Not a boolean, an unknown type, or a mandatory type switched off' })
  updatePreferences(
    @CurrentUser() user: AuthUser,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.preferences.update(user.id, body);
  }

  @Post('mark-all-read')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkAllReadDto })
  markAllRead(@CurrentUser() user: AuthUser): Promise<MarkAllReadDto> {
    return this.notifications.markAllRead(user.id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationMessageDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  markRead(@CurrentUser() user: AuthUser, @IntIdParam('id') id: number): Promise<NotificationMessageDto> {
    return this.notifications.markRead(user.id, id);
  }

  /** The contract keeps the original API's 200 with a message here, not 204. */
  @Delete(':id')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationMessageDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  remove(@CurrentUser() user: AuthUser, @IntIdParam('id') id: number): Promise<NotificationMessageDto> {
    return this.notifications.remove(user.id, id);
  }
}
