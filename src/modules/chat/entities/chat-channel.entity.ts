import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../../organizations/schema';
import { User } from '../../users/schema';
import { ChannelType } from '../channel-type';

/** A chat channel of one organization: public (any member may join) or private (members only). */
@Entity('chat_channels')
@Check('ck_chat_channels_name', 'char_length(name) >= 1')
@Index('ix_chat_channels_organization', ['organizationId', 'id'])
export class ChatChannel {
  @PrimaryGeneratedColumn() id: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' }) organization: Organization;
  @Column({ type: 'uuid' }) organizationId: string;

  @Column({ type: 'varchar', length: 80 }) name: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) description: string | null;

  @Column({ type: 'enum', enum: ChannelType, enumName: 'chat_channel_type' }) channelType: ChannelType;

  @Index('ix_chat_channels_created_by')
  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  createdBy: User | null;
  @Column({ type: 'int', nullable: true }) createdById: number | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
