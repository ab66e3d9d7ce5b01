import { Check, Column, Entity, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../../users/schema';
import { NotificationType } from '../notification-type';

/**
 * A user's choice for one notification type; a type without a row is on. The check keeps the
 * mandatory types (see MANDATORY_NOTIFICATION_TYPES) from ever being stored as off.
 */
@Entity('notification_preferences')
@Check('ck_notification_preferences_mandatory', `enabled OR type NOT IN ('mention', 'org_invitation', 'task_assigned')`)
export class NotificationPreference {
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user: User;
  @PrimaryColumn() userId: number;

  @PrimaryColumn({ type: 'enum', enum: NotificationType, enumName: 'notification_type' }) type: NotificationType;

  @Column({ type: 'boolean' }) enabled: boolean;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
