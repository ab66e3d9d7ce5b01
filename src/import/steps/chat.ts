import { insertMapped, insertRows, StepContext, streamTable, textFor } from './pipeline';

interface SourceChannel {
  id: string;
  name: string | null;
  description: string | null;
  channel_type: string | null;
  created_by: string;
  created_at: string | null;
  member_ids: string[];
}

interface SourceChannelMember {
  id: string;
  channel_id: string;
  user_id: string;
  joined_at: string | null;
}

interface SourceMessage {
  id: string;
  sender_id: string;
  channel_id: string | null;
  recipient_id: string | null;
  content: string | null;
  created_at: string | null;
}

const CHANNELS_SQL = `
  SELECT c.id::text AS id, c.name, c.description, c.channel_type, c.created_by::text AS created_by,
         c.created_at::text AS created_at,
         coalesce(array_agg(DISTINCT cm.user_id::text) FILTER (WHERE cm.user_id IS NOT NULL), '{}') AS member_ids
    FROM channels c LEFT JOIN channel_members cm ON cm.channel_id = c.id
   GROUP BY c.id ORDER BY c.id`;

/**
 * Channels of the original belong to no organization; in Atlas each belongs to one. A channel goes to the
 * organization of its creator that holds most of its members (the earliest joined on a tie); members outside
 * it are not carried over (reported with the memberships). `dm` channels become private channels.
 */
export async function importChannels(ctx: StepContext): Promise<void> {
  const { report, target } = ctx;
  const types = target.enumTable('chat_channel_type', 'public');
  await streamTable<SourceChannel>(ctx, 'channels', CHANNELS_SQL, async (rows) => {
    const users = [...new Set(rows.flatMap((r) => [r.created_by, ...r.member_ids]).map((id) => target.user(id)))].filter(
      (id): id is number => id !== null,
    );
    const memberships = await target.query<{ organization_id: string; user_id: number }>(
      `SELECT organization_id::text AS organization_id, user_id FROM organization_members
        WHERE user_id = ANY($1::int[]) ORDER BY joined_at, id`,
      [users],
    );
    const orgsOf = new Map<number, string[]>();
    for (const m of memberships) orgsOf.set(m.user_id, [...(orgsOf.get(m.user_id) ?? []), m.organization_id]);
    const accepted: { row: SourceChannel; organizationId: string; type: string; creatorId: number }[] = [];
    for (const row of rows) {
      const creatorId = target.user(row.created_by);
      const candidates = creatorId === null ? [] : (orgsOf.get(creatorId) ?? []);
      if (creatorId === null || candidates.length === 0) {
        report.reject('channels', row.id, `its creator (users ${row.created_by}) belongs to no imported organization`);
        continue;
      }
      const dm = row.channel_type?.trim().toLowerCase() === 'dm';
      const type = dm ? 'private' : types.normalise(row.channel_type);
      if (type === null) {
        report.reject('channels', row.id, `channel type "${row.channel_type}" is not one of ${types.describe()}`);
        continue;
      }
      if (dm) report.adjust('channels', row.id, 'a dm channel: imported as a private channel');
      const members = row.member_ids.map((id) => target.user(id)).filter((id): id is number => id !== null);
      const score = (org: string) => members.filter((m) => orgsOf.get(m)?.includes(org)).length;
      const organizationId = candidates.reduce((best, org) => (score(org) > score(best) ? org : best));
      accepted.push({ row, organizationId, type, creatorId });
    }
    const limit = (column: string) => ({ table: 'chat_channels', column });
    await insertMapped(
      ctx,
      'channels',
      'chat_channels',
      [
        { name: 'organization_id', type: 'uuid' },
        { name: 'name', type: 'varchar' },
        { name: 'description', type: 'varchar' },
        { name: 'channel_type', type: 'chat_channel_type' },
        { name: 'created_by_id', type: 'int' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      accepted.map((a) => ({
        sourceId: a.row.id,
        values: [
          a.organizationId,
          textFor(ctx, 'channels', a.row.id, a.row.name, limit('name'), 'untitled'),
          textFor(ctx, 'channels', a.row.id, a.row.description, limit('description')),
          a.type,
          a.creatorId,
          a.row.created_at ?? new Date().toISOString(),
        ],
      })),
    );
    report.counts('channels').imported += accepted.length;
  });
}

/** Duplicate memberships (the original had no unique key) collapse into the earliest; roles are not kept. */
export async function importChannelMembers(ctx: StepContext): Promise<void> {
  const { report, target } = ctx;
  const sql = `SELECT id::text AS id, channel_id::text AS channel_id, user_id::text AS user_id, joined_at::text AS joined_at
                 FROM channel_members ORDER BY joined_at NULLS LAST, id`;
  await streamTable<SourceChannelMember>(ctx, 'channel_members', sql, async (rows) => {
    const channels = await target.mapped('channels', rows.map((r) => r.channel_id));
    const candidates: { row: SourceChannelMember; channelId: number; userId: number }[] = [];
    for (const row of rows) {
      const channelId = channels.get(row.channel_id);
      const userId = target.user(row.user_id);
      if (!channelId) report.reject('channel_members', row.id, `its channel ${row.channel_id} was not imported`);
      else if (userId === null) report.reject('channel_members', row.id, `its user (users ${row.user_id}) was not imported`);
      else candidates.push({ row, channelId: Number(channelId), userId });
    }
    const outside = new Set(
      (
        await target.query<{ i: string }>(
          `SELECT x.i FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS x(c, u, i)
             JOIN chat_channels c ON c.id = x.c
            WHERE NOT EXISTS (SELECT 1 FROM organization_members m WHERE m.organization_id = c.organization_id AND m.user_id = x.u)`,
          [candidates.map((c) => c.channelId), candidates.map((c) => c.userId)],
        )
      ).map((r) => Number(r.i) - 1),
    );
    const firstByKey = new Map<string, string>();
    const accepted: typeof candidates = [];
    const duplicates: { sourceId: string; key: string }[] = [];
    candidates.forEach((c, i) => {
      const key = `${c.channelId}:${c.userId}`;
      const first = firstByKey.get(key);
      if (outside.has(i)) {
        report.reject('channel_members', c.row.id, `users ${c.row.user_id} is not a member of the channel's organization`);
      } else if (first) {
        report.merge('channel_members', c.row.id, `channel_members ${first}`, 'the same user in the same channel twice');
        duplicates.push({ sourceId: c.row.id, key });
      } else {
        firstByKey.set(key, c.row.id);
        accepted.push(c);
      }
    });
    const inserted = await insertRows(
      target,
      'chat_channel_members',
      [
        { name: 'channel_id', type: 'int' },
        { name: 'user_id', type: 'int' },
        { name: 'joined_at', type: 'timestamptz' },
      ],
      accepted.map((a) => [a.channelId, a.userId, a.row.joined_at ?? new Date().toISOString()]),
      'ON CONFLICT (channel_id, user_id) DO NOTHING RETURNING channel_id, user_id',
    );
    const insertedKeys = new Set(inserted.map((r) => `${String(r.channel_id)}:${String(r.user_id)}`));
    for (const a of accepted) {
      if (insertedKeys.has(`${a.channelId}:${a.userId}`)) report.counts('channel_members').imported++;
      else report.merge('channel_members', a.row.id, 'an existing channel membership', 'the user is already a member of this channel');
    }
    await target.remember(
      'channel_members',
      [...accepted.map((a) => a.row.id), ...duplicates.map((d) => d.sourceId)],
      [...accepted.map((a) => `${a.channelId}:${a.userId}`), ...duplicates.map((d) => d.key)],
    );
  });
}

/**
 * Channel messages keep their channel; direct messages need a shared organization in Atlas, so one between
 * people who share none is rejected. A message naming both a channel and a recipient stays in the channel.
 */
export async function importMessages(ctx: StepContext): Promise<void> {
  const { report, target } = ctx;
  const sql = `SELECT id::text AS id, sender_id::text AS sender_id, channel_id::text AS channel_id,
                      recipient_id::text AS recipient_id, content, created_at::text AS created_at
                 FROM messages ORDER BY id`;
  await streamTable<SourceMessage>(ctx, 'messages', sql, async (rows) => {
    const channels = await target.mapped('channels', rows.map((r) => r.channel_id));
    const candidates: { row: SourceMessage; senderId: number; channelId: number | null; recipientId: number | null }[] = [];
    for (const row of rows) {
      const senderId = target.user(row.sender_id);
      if (senderId === null) {
        report.reject('messages', row.id, `its sender (users ${row.sender_id}) was not imported`);
      } else if (!row.content?.trim()) {
        report.reject('messages', row.id, 'empty content');
      } else if (row.channel_id !== null) {
        const channelId = channels.get(row.channel_id);
        if (!channelId) report.reject('messages', row.id, `its channel ${row.channel_id} was not imported`);
        else {
          if (row.recipient_id !== null) report.adjust('messages', row.id, 'names both a channel and a recipient: kept in the channel');
          candidates.push({ row, senderId, channelId: Number(channelId), recipientId: null });
        }
      } else if (row.recipient_id === null) {
        report.reject('messages', row.id, 'names neither a channel nor a recipient');
      } else {
        const recipientId = target.user(row.recipient_id);
        if (recipientId === null) report.reject('messages', row.id, `its recipient (users ${row.recipient_id}) was not imported`);
        else candidates.push({ row, senderId, channelId: null, recipientId });
      }
    }
    const strangers = new Set(
      (
        await target.query<{ i: string }>(
          `SELECT x.i FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS x(a, b, i)
            WHERE x.b IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM organization_members ma JOIN organization_members mb
                ON mb.organization_id = ma.organization_id AND mb.user_id = x.b
               WHERE ma.user_id = x.a)`,
          [candidates.map((c) => c.senderId), candidates.map((c) => c.recipientId)],
        )
      ).map((r) => Number(r.i) - 1),
    );
    const accepted = candidates.filter((c, i) => {
      if (!strangers.has(i)) return true;
      report.reject('messages', c.row.id, 'a direct message between people who share no organization');
      return false;
    });
    await insertMapped(
      ctx,
      'messages',
      'chat_messages',
      [
        { name: 'sender_id', type: 'int' },
        { name: 'channel_id', type: 'int' },
        { name: 'recipient_id', type: 'int' },
        { name: 'dm_pair', type: 'varchar' },
        { name: 'content', type: 'varchar' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      accepted.map((a) => ({
        sourceId: a.row.id,
        values: [
          a.senderId,
          a.channelId,
          a.recipientId,
          a.recipientId === null ? null : `${Math.min(a.senderId, a.recipientId)}:${Math.max(a.senderId, a.recipientId)}`,
          textFor(ctx, 'messages', a.row.id, a.row.content, { table: 'chat_messages', column: 'content' }),
          a.row.created_at ?? new Date().toISOString(),
        ],
      })),
    );
    report.counts('messages').imported += accepted.length;
  });
}
