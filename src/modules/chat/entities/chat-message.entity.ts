import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/schema';
import { ChatChannel } from './chat-channel.entity';

/**
 * A message in a channel or a direct message to one user (exactly one of the two). Direct messages
 * carry `dm_pair` ("<lower id>:<higher id>"), so one conversation is one index range whoever sent it.
 * Pages are newest first on (created_at, id).
 */
@Entity('chat_messages')
@Check('ck_chat_messages_target', '(channel_id IS NULL) <> (recipient_id IS NULL)')
@Check('ck_chat_messages_content', 'char_length(content) >= 1')
@Check(
  'ck_chat_messages_dm_pair',
  `(recipient_id IS NULL AND dm_pair IS NULL) OR dm_pair = LEAST(sender_id, recipient_id) || ':' || GREATEST(sender_id, recipient_id)`,
)
@Index('ix_chat_messages_channel', ['channelId', 'createdAt', 'id'], { where: 'channel_id IS NOT NULL' })
@Index('ix_chat_messages_dm', ['dmPair', 'createdAt', 'id'], { where: 'dm_pair IS NOT NULL' })
@Index('ix_chat_messages_sender', ['senderId'])
@Index('ix_chat_messages_recipient', ['recipientId'], { where: 'recipient_id IS NOT NULL' })
export class ChatMessage {
  @PrimaryGeneratedColumn() id: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' }) sender: User;
  @Column() senderId: number;

  @ManyToOne(() => ChatChannel, { onDelete: 'CASCADE', nullable: true }) channel: ChatChannel | null;
  @Column({ type: 'int', nullable: true }) channelId: number | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: true }) recipient: User | null;
  @Column({ type: 'int', nullable: true }) recipientId: number | null;

  @Column({ type: 'varchar', length: 24, nullable: true }) dmPair: string | null;

  @Column({ type: 'varchar', length: 4000 }) content: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
