import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/schema';
import { NotificationType } from '../notification-type';

/**
 * Pages are read newest first per user, so both the full list and the unread list have an index
 * that starts with the user and matches the keyset order (created_at, id).
 */
@Entity('notifications')
@Check('ck_notifications_title', 'char_length(title) >= 1')
@Check('ck_notifications_message', 'char_length(message) >= 1')
@Check('ck_notifications_read_at', '(read_at IS NOT NULL) = read')
@Index('ix_notifications_user_created', ['userId', 'createdAt', 'id'])
@Index('ix_notifications_user_unread', ['userId', 'createdAt', 'id'], { where: 'NOT read' })
@Index('uq_notifications_user_dedup', ['userId', 'dedupKey'], { unique: true, where: 'dedup_key IS NOT NULL' })
export class Notification {
  @PrimaryGeneratedColumn() id: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user: User;
  @Column() userId: number;

  @Column({ type: 'enum', enum: NotificationType, enumName: 'notification_type' }) type: NotificationType;

  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 1000 }) message: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) link: string | null;

  @Column({ type: 'boolean', default: false }) read: boolean;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) readAt: Date | null;

  /** Same key for the same user: the second notification is not created. */
  @Column({ type: 'varchar', length: 200, nullable: true }) dedupKey: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
