import { ChannelDto, MessageDto } from './dto/chat.dto';
import { ChatChannel } from './entities/chat-channel.entity';
import { ChatMessage } from './entities/chat-message.entity';

export type MessageRow = Pick<ChatMessage, 'id' | 'senderId' | 'content' | 'createdAt' | 'channelId' | 'recipientId'>;

export function toMessageJson(m: MessageRow): MessageDto {
  return {
    id: m.id,
    sender_id: m.senderId,
    content: m.content,
    created_at: m.createdAt.toISOString(),
    channel_id: m.channelId,
    recipient_id: m.recipientId,
  };
}

export function toChannelJson(c: ChatChannel, isMember: boolean): ChannelDto {
  return {
    id: c.id,
    organization_id: c.organizationId,
    name: c.name,
    description: c.description,
    channel_type: c.channelType,
    created_by_id: c.createdById,
    created_at: c.createdAt.toISOString(),
    is_member: isMember,
  };
}

/** "<lower id>:<higher id>": one key per direct conversation. */
export function dmPair(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** Escapes ILIKE wildcards and the escape character itself, so the text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
