import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PendingUser, UserLookup } from '../../common/auth';
import { isForeignKeyViolation, NotFoundError } from '../../common/errors';
import { HotReads } from '../../common/sql';
import { Page, Paginator, mapPage } from '../../common/pagination';
import { Rooms } from '../../common/realtime';
import { outboxInsertSql } from '../outbox';
import { lockExistingUsersSql } from '../users';
import { ListNotificationsQuery } from './dto/list-notifications.query';
import { MarkAllReadDto, NotificationDto, NotificationMessageDto, UnreadCountDto } from './dto/notification.dto';
import { Notification } from './entities/notification.entity';
import { NOTIFICATION_JSON_SQL, NotificationRow, toNotificationJson } from './notification.json';
import { NotificationType } from './notification-type';
import { validateNotification } from './notification.validation';
import { NotificationRecipientNotFoundError } from './notifications.errors';

export interface NewNotification {
  userId: number;
  type: NotificationType;
  title: string;
  message: string;
  link?: string | null;
  /** At most one notification per user and key; a repeat is skipped, not an error. */
  dedupKey?: string | null;
}

export interface NotifyResult {
  created: boolean;
  notification?: NotificationDto;
}

/** Binds a cursor to the caller and the filter, so it cannot be replayed on another list. */
export function notificationsCursorScope(userId: number, unreadOnly: boolean): string {
  return `notifications:${userId}:${unreadOnly ? 'unread' : 'all'}`;
}

/** Rows of a type the recipient switched off are not inserted. */
const SWITCHED_OFF = (user: string, type: string) =>
  `EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = ${user} AND p.type = ${type} AND NOT p.enabled)`;

/** The columns of a `NotificationRow`. */
const NOTIFICATION_COLUMNS = 'id, type, title, message, link, read, read_at AS "readAt", created_at AS "createdAt"';

/** The outbox row of each inserted notification, for its recipient's room (`rooms`: a relation `r(user_id, room)`). */
const QUEUED_CTE = (rooms: string) =>
  `queued AS (${outboxInsertSql('notification', {
    room: 'r.room',
    payload: NOTIFICATION_JSON_SQL,
    from: `inserted n JOIN ${rooms} ON r.user_id = n.user_id`,
    orderBy: 'n.id',
  })})`;

/** One notification and its outbox row ($7: the recipient's room), in one statement. */
const INSERT_SQL = `
  WITH inserted AS (
    INSERT INTO notifications (user_id, type, title, message, link, dedup_key)
    SELECT $1::int, $2::notification_type, $3::text, $4::text, $5::text, $6::text
     WHERE NOT ${SWITCHED_OFF('$1::int', '$2::notification_type')}
    ON CONFLICT (user_id, dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
    RETURNING *
  ), ${QUEUED_CTE('(SELECT $1::int AS user_id, $7::text AS room) r')}
  SELECT ${NOTIFICATION_COLUMNS} FROM inserted`;

/**
 * Many notifications and their outbox rows in one statement ($7: the recipients' rooms, one per
 * input). The recipients are share-locked first (so none can go away before commit); if one does not
 * exist, nothing is inserted and `missing` names the first of them.
 */
const INSERT_MANY_SQL = `
  WITH recipients AS (
    ${lockExistingUsersSql('$1')}
  ), missing AS (
    SELECT min(u) AS id FROM unnest($1::int[]) AS u WHERE u NOT IN (SELECT id FROM recipients)
  ), inserted AS (
    INSERT INTO notifications (user_id, type, title, message, link, dedup_key)
    SELECT user_id, type, title, message, link, dedup_key
      FROM unnest($1::int[], $2::notification_type[], $3::text[], $4::text[], $5::text[], $6::text[])
           WITH ORDINALITY AS n(user_id, type, title, message, link, dedup_key, position)
     WHERE (SELECT id FROM missing) IS NULL AND NOT ${SWITCHED_OFF('n.user_id', 'n.type')}
     ORDER BY position
    ON CONFLICT (user_id, dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
    RETURNING *
  ), ${QUEUED_CTE('(SELECT DISTINCT user_id, room FROM unnest($1::int[], $7::text[]) AS r(user_id, room)) r')}
  SELECT (SELECT id FROM missing) AS missing, (SELECT count(*)::int FROM inserted) AS created`;

@Injectable()
export class NotificationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly paginator: Paginator,
    private readonly users: UserLookup,
    private readonly reads: HotReads,
  ) {}

  private get notifications() {
    return this.txHost.tx.getRepository(Notification);
  }

  /**
   * Writes a notification and its outbox row in the caller's transaction (or its own when called
   * alone). A repeated dedup key, or a type the recipient switched off, yields `{created: false}`
   * without an error, so it never aborts the caller.
   */
  @Transactional()
  async notify(input: NewNotification): Promise<NotifyResult> {
    validateNotification(input);
    let rows: NotificationRow[];
    try {
      rows = await this.txHost.tx.query(INSERT_SQL, [
        input.userId,
        input.type,
        input.title,
        input.message,
        input.link ?? null,
        input.dedupKey ?? null,
        Rooms.user(input.userId),
      ]);
    } catch (error) {
      // The user foreign key (the table's only one) both checks the recipient and keeps it until commit.
      if (isForeignKeyViolation(error, 'notifications')) throw new NotificationRecipientNotFoundError(input.userId);
      throw error;
    }
    if (rows.length === 0) return { created: false };
    return { created: true, notification: toNotificationJson(rows[0]) };
  }

  /**
   * The set-based form of `notify` for many recipients at once (the risk scan, watchers): the
   * notifications and their outbox rows in one statement, with the same validation, dedup and
   * preferences. All or nothing: a recipient who does not exist fails the whole call before anything
   * is written. Returns how many were created.
   */
  @Transactional()
  async notifyMany(inputs: NewNotification[]): Promise<number> {
    if (inputs.length === 0) return 0;
    inputs.forEach((input) => validateNotification(input));
    // User-id order keeps the per-user counter rows locked in one global order (no deadlocks).
    const sorted = [...inputs].sort((a, b) => a.userId - b.userId);
    const [{ missing, created }]: { missing: number | null; created: number }[] = await this.txHost.tx.query(INSERT_MANY_SQL, [
      sorted.map((n) => n.userId),
      sorted.map((n) => n.type),
      sorted.map((n) => n.title),
      sorted.map((n) => n.message),
      sorted.map((n) => n.link ?? null),
      sorted.map((n) => n.dedupKey ?? null),
      sorted.map((n) => Rooms.user(n.userId)),
    ]);
    if (missing !== null) throw new NotificationRecipientNotFoundError(missing);
    return created;
  }

  /**
   * The hot read: one statement answers the caller's account check (see UserCheckedByQuery), the
   * counter behind `total` and the page (plain SQL mapped straight to JSON, no entity hydration); the
   * page is read only for an account that passes.
   */
  async list(user: PendingUser, query: ListNotificationsQuery): Promise<Page<NotificationDto>> {
    const unreadOnly = query.unread_only ?? false;
    const page = await this.paginator.paginateRowsWithTotal<NotificationRow>(
      query,
      { scope: notificationsCursorScope(user.id, unreadOnly), values: [(n) => n.createdAt, (n) => n.id] },
      async ({ after, offset, take }) => {
        const params: unknown[] = [user.id, take, offset, user.sessionVersion];
        const conditions = ['user_id = $1'];
        if (unreadOnly) conditions.push('NOT read');
        if (after) {
          params.push(...after);
          conditions.push('(created_at, id) < ($5::timestamptz, $6::int)');
        }
        const rows = await this.reads.query<NotificationRow & { session_version: number | null; total: number }>(
          `SELECT v.version AS session_version, coalesce(c.${unreadOnly ? 'unread' : 'total'}, 0) AS total, n.*
             FROM (SELECT ${this.users.sessionVersionSql('$1')} AS version) v
             LEFT JOIN notification_counters c ON c.user_id = $1
             LEFT JOIN LATERAL (
               SELECT ${NOTIFICATION_COLUMNS} FROM notifications WHERE ${conditions.join(' AND ')}
                ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3
             ) n ON v.version <= $4
            ORDER BY n."createdAt" DESC, n.id DESC`,
          params,
        );
        this.users.confirm(user, rows[0].session_version);
        // A row without a notification carries only the check and the counter (an empty page).
        return { total: rows[0].total, rows: rows[0].id === null ? [] : rows };
      },
    );
    return mapPage(page, toNotificationJson);
  }

  async unreadCount(userId: number): Promise<UnreadCountDto> {
    return { count: (await this.counts(userId)).unread };
  }

  @Transactional()
  async markRead(userId: number, id: number): Promise<NotificationMessageDto> {
    const result = await this.notifications
      .createQueryBuilder()
      .update()
      .set({ read: true, readAt: () => 'now()' })
      .where('id = :id AND user_id = :userId AND NOT read', { id, userId })
      .execute();
    if (!result.affected && !(await this.notifications.existsBy({ id, userId }))) {
      throw new NotFoundError('Notification', id);
    }
    return { message: 'Notification marked as read' };
  }

  @Transactional()
  async markAllRead(userId: number): Promise<MarkAllReadDto> {
    const result = await this.notifications
      .createQueryBuilder()
      .update()
      .set({ read: true, readAt: () => 'now()' })
      .where('user_id = :userId AND NOT read', { userId })
      .execute();
    return { message: 'All notifications marked as read', count: result.affected ?? 0 };
  }

  @Transactional()
  async remove(userId: number, id: number): Promise<NotificationMessageDto> {
    const result = await this.notifications.delete({ id, userId });
    if (!result.affected) throw new NotFoundError('Notification', id);
    return { message: 'Notification deleted' };
  }

  private async counts(userId: number): Promise<{ total: number; unread: number }> {
    const rows: { total: number; unread: number }[] = await this.txHost.tx.query(
      'SELECT total, unread FROM notification_counters WHERE user_id = $1',
      [userId],
    );
    return rows[0] ?? { total: 0, unread: 0 };
  }
}
