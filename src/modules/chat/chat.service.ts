import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessPolicy, ChannelAccess } from '../access';
import { ValidationFailedError } from '../../common/errors';
import { OrganizationContext } from '../../common/organization-context';
import { mapPage, newestFirst, Page, PageQueryDto, Paginator } from '../../common/pagination';
import { ChannelRoom, Rooms } from '../../common/realtime';
import { OutboxService } from '../outbox';
import { PresenceService } from '../realtime';
import { NotAChannelMemberError } from './chat.errors';
import { dmPair, escapeLike, MessageRow, toChannelJson, toMessageJson } from './chat.json';
import {
  ChannelDto,
  ChannelMessageDto,
  ConversationDto,
  CreateChannelDto,
  MessageDto,
  OnlineUserDto,
  SearchQuery,
} from './dto/chat.dto';
import { ChannelType } from './channel-type';
import { ChatChannel } from './entities/chat-channel.entity';
import { ChatMessage } from './entities/chat-message.entity';

const MESSAGE_COLUMNS = `id, sender_id AS "senderId", content, created_at AS "createdAt", channel_id AS "channelId",
  recipient_id AS "recipientId"`;

/**
 * The channels a user belongs to, in organizations they are still a member of (the removal trigger
 * drops the memberships too; this keeps every read right on its own).
 */
const MY_CHANNELS_SQL = (user: string) => `
  SELECT cm.channel_id FROM chat_channel_members cm
    JOIN chat_channels c ON c.id = cm.channel_id
    JOIN organization_members om ON om.organization_id = c.organization_id AND om.user_id = cm.user_id
   WHERE cm.user_id = ${user}`;

interface ConversationRow {
  kind: 'channel' | 'direct';
  channel_id: number | null;
  channel_name: string | null;
  channel_type: ChannelType | null;
  partner_id: number | null;
  partner_name: string | null;
  m_id: number | null;
  m_sender_id: number;
  m_content: string;
  m_created_at: Date;
  m_channel_id: number | null;
  m_recipient_id: number | null;
  /** The ordering key: activity in microseconds since the epoch (a bigint, as text), kind and channel or partner id. */
  activity_us: string;
  conversation_id: number;
}

interface OnlineColleagueRow {
  id: number;
  username: string;
  after_cursor: boolean;
}

/**
 * The caller's channels of organization $2 (with their last message) and their direct-message partners
 * who are members of it (with the last message).
 */
const CONVERSATIONS_SQL = `
  WITH items AS (
    SELECT 'channel' AS kind, c.id AS channel_id, c.name AS channel_name, c.channel_type::text AS channel_type,
           NULL::int AS partner_id, NULL::varchar AS partner_name,
           lm.id AS m_id, lm.sender_id AS m_sender_id, lm.content AS m_content, lm.created_at AS m_created_at,
           lm.channel_id AS m_channel_id, lm.recipient_id AS m_recipient_id,
           COALESCE(lm.created_at, cm.joined_at) AS activity
      FROM chat_channel_members cm
      JOIN chat_channels c ON c.id = cm.channel_id
      JOIN organization_members om ON om.organization_id = c.organization_id AND om.user_id = cm.user_id
      LEFT JOIN LATERAL (
        SELECT * FROM chat_messages x WHERE x.channel_id = c.id ORDER BY x.created_at DESC, x.id DESC LIMIT 1
      ) lm ON true
     WHERE cm.user_id = $1 AND c.organization_id = $2
    UNION ALL
    SELECT 'direct', NULL, NULL, NULL, u.id, u.username,
           d.id, d.sender_id, d.content, d.created_at, d.channel_id, d.recipient_id, d.created_at
      FROM (
        SELECT DISTINCT ON (dm_pair) * FROM chat_messages
         WHERE dm_pair IS NOT NULL AND (sender_id = $1 OR recipient_id = $1)
         ORDER BY dm_pair, created_at DESC, id DESC
      ) d
      JOIN users u ON u.id = CASE WHEN d.sender_id = $1 THEN d.recipient_id ELSE d.sender_id END
      JOIN organization_members pm ON pm.organization_id = $2 AND pm.user_id = u.id
  )`;

@Injectable()
export class ChatService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly paginator: Paginator,
    private readonly access: AccessPolicy,
    private readonly outbox: OutboxService,
    private readonly context: OrganizationContext,
    private readonly presence: PresenceService,
  ) {}

  private get tx() {
    return this.txHost.tx;
  }

  /** Public channels of the organization the request acts in, and its private channels the caller belongs to. */
  async listChannels(userId: number, page: PageQueryDto): Promise<Page<ChannelDto>> {
    const organization = await this.context.current(userId);
    const query = this.tx
      .getRepository(ChatChannel)
      .createQueryBuilder('c')
      .where('c.organization_id = :organizationId', { organizationId: organization.id })
      .andWhere(
        `(c.channel_type = 'public' OR EXISTS (
           SELECT 1 FROM chat_channel_members cm WHERE cm.channel_id = c.id AND cm.user_id = :userId))`,
        { userId },
      );
    const result = await this.paginator.paginate(query, page, {
      scope: `chat:channels:${userId}:${organization.id}`,
      direction: 'ASC',
      columns: [{ column: 'c.id', value: (c) => c.id }],
    });
    const memberOf = await this.membershipsAmong(userId, result.items.map((c) => c.id));
    return mapPage(result, (c) => toChannelJson(c, memberOf.has(c.id)));
  }

  /** Creates a channel in the organization the request acts in; the creator is its first member. */
  @Transactional()
  async createChannel(userId: number, input: CreateChannelDto): Promise<ChannelDto> {
    const organization = await this.context.current(userId);
    const channel = await this.tx.getRepository(ChatChannel).save({
      organizationId: organization.id,
      name: input.name,
      description: input.description ?? null,
      channelType: input.channel_type,
      createdById: userId,
    });
    await this.tx.query('INSERT INTO chat_channel_members (channel_id, user_id) VALUES ($1, $2)', [channel.id, userId]);
    return toChannelJson(channel, true);
  }

  /** Joins a public channel of one of the caller's organizations (a private one is a 404 to non-members). */
  @Transactional()
  async join(userId: number, channelId: number): Promise<ChannelDto> {
    const access = await this.access.channel(userId, channelId);
    await this.tx.query(
      'INSERT INTO chat_channel_members (channel_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [channelId, userId],
    );
    return toChannelJson(await this.tx.getRepository(ChatChannel).findOneByOrFail({ id: access.channelId }), true);
  }

  @Transactional()
  async leave(userId: number, channelId: number): Promise<ChannelMessageDto> {
    await this.access.channel(userId, channelId);
    await this.tx.query('DELETE FROM chat_channel_members WHERE channel_id = $1 AND user_id = $2', [channelId, userId]);
    return { message: 'Left the channel' };
  }

  async channelMessages(userId: number, channelId: number, page: PageQueryDto): Promise<Page<MessageDto>> {
    await this.memberAccess(userId, channelId);
    const query = this.tx.getRepository(ChatMessage).createQueryBuilder('m').where('m.channel_id = :channelId', { channelId });
    return mapPage(await this.paginator.paginate(query, page, newestFirst(`chat:channel:${channelId}`, 'm')), toMessageJson);
  }

  /** Persists the message and its `message` outbox row to the channel's room in one transaction. */
  @Transactional()
  async postToChannel(userId: number, channelId: number, content: string): Promise<MessageDto> {
    await this.memberAccess(userId, channelId);
    const [row]: MessageRow[] = await this.tx.query(
      `INSERT INTO chat_messages (sender_id, channel_id, content) VALUES ($1, $2, $3) RETURNING ${MESSAGE_COLUMNS}`,
      [userId, channelId, content],
    );
    const message = toMessageJson(row);
    await this.outbox.enqueue({ room: Rooms.channel(channelId), event: 'message', payload: message });
    return message;
  }

  /** The conversation with a member of the organization the request acts in (anyone else: 404). */
  async directMessages(userId: number, otherUserId: number, page: PageQueryDto): Promise<Page<MessageDto>> {
    await this.access.colleague((await this.context.current(userId)).id, otherUserId);
    const query = this.tx
      .getRepository(ChatMessage)
      .createQueryBuilder('m')
      .where('m.dm_pair = :pair', { pair: dmPair(userId, otherUserId) });
    return mapPage(
      await this.paginator.paginate(query, page, newestFirst(`chat:dm:${userId}:${otherUserId}`, 'm')),
      toMessageJson,
    );
  }

  /**
   * Persists a direct message to a member of the organization the request acts in, and its outbox rows to
   * the sender's and the recipient's user rooms.
   */
  @Transactional()
  async sendDirect(userId: number, recipientId: number, content: string): Promise<MessageDto> {
    const organization = await this.context.current(userId);
    if (recipientId === userId) {
      throw new ValidationFailedError([{ field: 'recipient_id', message: 'cannot send a direct message to yourself' }]);
    }
    await this.access.colleague(organization.id, recipientId);
    const [row]: MessageRow[] = await this.tx.query(
      `INSERT INTO chat_messages (sender_id, recipient_id, dm_pair, content) VALUES ($1, $2, $3, $4)
       RETURNING ${MESSAGE_COLUMNS}`,
      [userId, recipientId, dmPair(userId, recipientId), content],
    );
    const message = toMessageJson(row);
    await this.outbox.enqueueMany([
      { room: Rooms.user(userId), event: 'message', payload: message },
      { room: Rooms.user(recipientId), event: 'message', payload: message },
    ]);
    return message;
  }

  /** In the organization the request acts in; most recent activity first; offset pages (`skip`). */
  /**
   * Most recent activity first, by `(activity, kind, id)`; the cursor carries the activity as whole
   * microseconds since the epoch, so it continues exactly after the last conversation it saw.
   */
  async conversations(userId: number, page: PageQueryDto): Promise<Page<ConversationDto>> {
    const organization = await this.context.current(userId);
    const result = await this.paginator.paginateRows<ConversationRow>(
      page,
      { scope: `chat:conversations:${userId}:${organization.id}`, values: [(r) => r.activity_us, (r) => r.kind, (r) => r.conversation_id] },
      async () =>
        (await this.tx.query<{ total: number }[]>(`${CONVERSATIONS_SQL} SELECT count(*)::int AS total FROM items`, [userId, organization.id]))[0]
          .total,
      ({ after, offset, take }) =>
        this.tx.query<ConversationRow[]>(
          `${CONVERSATIONS_SQL}, keyed AS (
             SELECT items.*, (extract(epoch FROM activity) * 1000000)::bigint AS activity_us,
                    COALESCE(channel_id, partner_id) AS conversation_id
               FROM items)
           SELECT * FROM keyed ${after ? 'WHERE (activity_us, kind, conversation_id) < ($5::bigint, $6::text, $7::int)' : ''}
            ORDER BY activity_us DESC, kind DESC, conversation_id DESC LIMIT $3 OFFSET $4`,
          [userId, organization.id, take, offset, ...(after ?? [])],
        ),
    );
    return mapPage(result, toConversationJson);
  }

  /**
   * Messages containing `query` literally (case-insensitive), in the caller's channels of the organization
   * the request acts in and their direct conversations with its members.
   */
  async search(userId: number, input: SearchQuery): Promise<Page<MessageDto>> {
    const organization = await this.context.current(userId);
    const query = this.tx
      .getRepository(ChatMessage)
      .createQueryBuilder('m')
      .where(`m.content ILIKE :pattern ESCAPE '\\'`, { pattern: `%${escapeLike(input.query)}%` })
      .andWhere(
        `(m.channel_id IN (${MY_CHANNELS_SQL(':userId')} AND c.organization_id = :organizationId)
          OR (m.dm_pair IS NOT NULL AND (m.sender_id = :userId OR m.recipient_id = :userId) AND EXISTS (
                SELECT 1 FROM organization_members pm WHERE pm.organization_id = :organizationId
                   AND pm.user_id = CASE WHEN m.sender_id = :userId THEN m.recipient_id ELSE m.sender_id END)))`,
        { userId, organizationId: organization.id },
      );
    return mapPage(
      await this.paginator.paginate(query, input, newestFirst(`chat:search:${userId}:${organization.id}:${input.query}`, 'm')),
      toMessageJson,
    );
  }

  /**
   * Members of the organization the request acts in who are online or away, by `(username, id)`. The
   * cursor is compared in SQL, under the column's collation that also orders the list.
   */
  async onlineUsers(userId: number, page: PageQueryDto): Promise<Page<OnlineUserDto>> {
    const organization = await this.context.current(userId);
    return this.paginator.paginateRowsWithTotal<OnlineUserDto>(
      page,
      { scope: `chat:online-users:${userId}:${organization.id}`, values: [(u) => u.username, (u) => u.user_id] },
      async ({ after, offset, take }) => {
        const colleagues = await this.tx.query<OnlineColleagueRow[]>(
          `SELECT u.id, u.username, ${after ? '(u.username, u.id) > ($2::varchar, $3::int)' : 'true'} AS after_cursor
             FROM organization_members m JOIN users u ON u.id = m.user_id AND u.is_active
            WHERE m.organization_id = $1 ORDER BY u.username, u.id`,
          [organization.id, ...(after ?? [])],
        );
        const statuses = await this.presence.statuses(colleagues.map((c) => c.id));
        const online = colleagues.filter((c) => statuses.has(c.id));
        const rows = online
          .filter((c) => c.after_cursor)
          .slice(offset, offset + take)
          .map((c): OnlineUserDto => ({ user_id: c.id, username: c.username, status: statuses.get(c.id)! }));
        return { rows, total: online.length };
      },
    );
  }

  /** The rooms of the channels a user belongs to in their organizations (joined by their sockets on connection). */
  async channelRoomsOf(userId: number): Promise<ChannelRoom[]> {
    const rows: { channel_id: number }[] = await this.tx.query(MY_CHANNELS_SQL('$1'), [userId]);
    return rows.map((r) => Rooms.channel(r.channel_id));
  }

  /** The channel, which the caller must belong to (a visible public channel they did not join: 403). */
  async memberAccess(userId: number, channelId: number): Promise<ChannelAccess> {
    const access = await this.access.channel(userId, channelId);
    if (!access.isMember) throw new NotAChannelMemberError(channelId);
    return access;
  }

  private async membershipsAmong(userId: number, channelIds: number[]): Promise<Set<number>> {
    if (channelIds.length === 0) return new Set();
    const rows: { channel_id: number }[] = await this.tx.query(
      'SELECT channel_id FROM chat_channel_members WHERE user_id = $1 AND channel_id = ANY($2::int[])',
      [userId, channelIds],
    );
    return new Set(rows.map((r) => r.channel_id));
  }
}

function toConversationJson(r: ConversationRow): ConversationDto {
  return {
    kind: r.kind,
    channel: r.kind === 'channel' ? { id: r.channel_id!, name: r.channel_name!, channel_type: r.channel_type! } : null,
    user: r.kind === 'direct' ? { id: r.partner_id!, username: r.partner_name! } : null,
    last_message:
      r.m_id === null
        ? null
        : toMessageJson({
            id: r.m_id,
            senderId: r.m_sender_id,
            content: r.m_content,
            createdAt: r.m_created_at,
            channelId: r.m_channel_id,
            recipientId: r.m_recipient_id,
          }),
  };
}
