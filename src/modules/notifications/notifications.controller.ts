import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentPendingUser, CurrentUser, PendingUser, UserCheckedByQuery } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { IntIdParam } from '../../common/http/id-params';
import { ApiProblems } from '../../common/openapi';
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

const NOT_FOUND = { code: ErrorCode.NOTIFICATION_NOT_FOUND, description: 'No such notification, or it belongs to another user' };

/** The caller's own notifications; another user's are answered exactly like missing ones. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @ApiOperation({ summary: "List notifications", description: "The caller's notifications, newest first, optionally unread only." })
  @Get()
  @UserCheckedByQuery()
  @ApiOkResponse({ type: NotificationPageDto, description: 'Newest first' })
  list(@CurrentPendingUser() user: PendingUser, @Query() query: ListNotificationsQuery): Promise<Page<NotificationDto>> {
    return this.notifications.list(user, query);
  }

  @ApiOperation({ summary: "Unread count", description: "How many of the caller's notifications are unread." })
  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCountDto> {
    return this.notifications.unreadCount(user.id);
  }

  @ApiOperation({
    summary: 'Notification preferences',
    description: 'Every notification type with whether the caller receives it (a type switched off is not created for them).',
  })
  @Get('preferences')
  @ApiOkResponse({ type: NotificationPreferencesDto, description: 'Every notification type: received (true) or switched off' })
  getPreferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesDto> {
    return this.preferences.get(user.id);
  }

  @ApiOperation({
    summary: 'Change notification preferences',
    description: 'Switches any subset of the types on or off; the others keep their setting. `mention`, `org_invitation` and `task_assigned` cannot be switched off.',
  })
  @Put('preferences')
  @ApiOkResponse({ type: NotificationPreferencesDto, description: 'The preferences after the change' })
  @ApiProblems({ code: ErrorCode.VALIDATION_FAILED, description: 'Not a boolean, an unknown type, or a mandatory type switched off' })
  updatePreferences(
    @CurrentUser() user: AuthUser,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.preferences.update(user.id, body);
  }

  @ApiOperation({ summary: 'Mark all read', description: 'Marks every unread notification of the caller read.' })
  @Post('mark-all-read')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkAllReadDto })
  markAllRead(@CurrentUser() user: AuthUser): Promise<MarkAllReadDto> {
    return this.notifications.markAllRead(user.id);
  }

  @ApiOperation({ summary: "Mark one read", description: "Marks one of the caller's notifications read." })
  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationMessageDto })
  @ApiProblems(NOT_FOUND)
  markRead(@CurrentUser() user: AuthUser, @IntIdParam('id') id: number): Promise<NotificationMessageDto> {
    return this.notifications.markRead(user.id, id);
  }

  /** The contract keeps the original API's 200 with a message here, not 204. */
  @ApiOperation({ summary: "Delete a notification", description: "Deletes one of the caller's notifications." })
  @Delete(':id')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationMessageDto })
  @ApiProblems(NOT_FOUND)
  remove(@CurrentUser() user: AuthUser, @IntIdParam('id') id: number): Promise<NotificationMessageDto> {
    return this.notifications.remove(user.id, id);
  }
}
