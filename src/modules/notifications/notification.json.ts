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

/** An instant as `Date.prototype.toISOString` writes it (the columns hold milliseconds). */
function isoSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/**
 * `toNotificationJson` in SQL, over a `notifications` row aliased `n`: the payload of the outbox row
 * written in the statement that inserts the notification (notifications.service.spec.ts holds the two equal).
 */
export const NOTIFICATION_JSON_SQL = `jsonb_build_object('id', n.id, 'type', n.type, 'title', n.title, 'message', n.message,
  'link', n.link, 'read', n.read, 'created_at', ${isoSql('n.created_at')}, 'read_at', ${isoSql('n.read_at')})`;
