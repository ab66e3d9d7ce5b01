import { insertMapped, StepContext, streamTable, textFor } from './pipeline';

interface SourceNotification {
  id: string;
  user_id: string;
  type: string | null;
  title: string | null;
  message: string | null;
  link: string | null;
  read: boolean | null;
  created_at: string | null;
  read_at: string | null;
}

const NOTIFICATIONS_SQL = `
  SELECT id::text AS id, user_id::text AS user_id, type, title, message, link, read,
         created_at::text AS created_at, read_at::text AS read_at
    FROM notifications ORDER BY id`;

/** Notifications keep their recipient, read state, times and link; the unread counters follow by trigger. */
export async function importNotifications(ctx: StepContext): Promise<void> {
  const { report, target } = ctx;
  const types = target.enumTable('notification_type');
  const limit = (column: string) => ({ table: 'notifications', column });
  await streamTable<SourceNotification>(ctx, 'notifications', NOTIFICATIONS_SQL, async (rows) => {
    const accepted: { row: SourceNotification; userId: number; type: string }[] = [];
    for (const row of rows) {
      const userId = target.user(row.user_id);
      const type = types.normalise(row.type);
      if (userId === null) report.reject('notifications', row.id, `its user (users ${row.user_id}) was not imported`);
      else if (type === null) report.reject('notifications', row.id, `type "${row.type}" is not one of ${types.describe()}`);
      else if (!row.title?.trim()) report.reject('notifications', row.id, 'empty title');
      else if (!row.message?.trim()) report.reject('notifications', row.id, 'empty message');
      else accepted.push({ row, userId, type });
    }
    await insertMapped(
      ctx,
      'notifications',
      'notifications',
      [
        { name: 'user_id', type: 'int' },
        { name: 'type', type: 'notification_type' },
        { name: 'title', type: 'varchar' },
        { name: 'message', type: 'varchar' },
        { name: 'link', type: 'varchar' },
        { name: 'read', type: 'boolean' },
        { name: 'read_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      accepted.map(({ row, userId, type }) => {
        const createdAt = row.created_at ?? new Date().toISOString();
        const read = row.read ?? false;
        let readAt = read ? row.read_at : null;
        if (read && readAt === null) {
          report.adjust('notifications', row.id, 'read without a read time: read at its creation time');
          readAt = createdAt;
        } else if (!read && row.read_at !== null) {
          report.adjust('notifications', row.id, 'unread with a read time: the read time is dropped');
        }
        const values = [
          userId,
          type,
          textFor(ctx, 'notifications', row.id, row.title, limit('title')),
          textFor(ctx, 'notifications', row.id, row.message, limit('message')),
          textFor(ctx, 'notifications', row.id, row.link, limit('link')),
          read,
          readAt,
          createdAt,
        ];
        return { sourceId: row.id, values };
      }),
    );
    report.counts('notifications').imported += accepted.length;
  });
}
