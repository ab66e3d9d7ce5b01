import { CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/schema';
import { ChatChannel } from './chat-channel.entity';

/** Membership is its primary key: joining twice is a no-op (ON CONFLICT DO NOTHING). */
@Entity('chat_channel_members')
@Index('ix_chat_channel_members_user', ['userId', 'channelId'])
export class ChatChannelMember {
  @PrimaryColumn() channelId: number;
  @ManyToOne(() => ChatChannel, { onDelete: 'CASCADE' }) channel: ChatChannel;

  @PrimaryColumn() userId: number;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user: User;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) joinedAt: Date;
}
