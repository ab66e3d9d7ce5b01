export { NotificationsModule } from './notifications.module';
export {
  NotificationsService,
  notificationsCursorScope,
  type NewNotification,
  type NotifyResult,
} from './notifications.service';
export { NotificationType } from './notification-type';
export type { NotificationDto } from './dto/notification.dto';
