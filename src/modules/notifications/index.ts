export { NotificationsModule } from './notifications.module';
export {
  NotificationsService,
  notificationsCursorScope,
  type NewNotification,
  type NotifyResult,
} from './notifications.service';
export { NotificationType, MANDATORY_NOTIFICATION_TYPES } from './notification-type';
export { NotificationDto } from './dto/notification.dto';
