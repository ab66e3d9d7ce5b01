import { NotificationDto } from './dto/notification.dto';
import { Notification } from './entities/notification.entity';

export type NotificationRow = Pick<
  Notification,
  'id' | 'type' | 'title' | 'message' | 'link' | 'read' | 'readAt' | 'createdAt'
>;

export function toNotificationJson(n: NotificationRow): NotificationDto {
  return {
    id: n.id,
    type: n.type,
    title: n.title,
    message: n.message,
    link: n.link,
    read: n.read,
    created_at: n.createdAt.toISOString(),
    read_at: n.readAt ? n.readAt.toISOString() : null,
  };
}
