import { Check, Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/schema';

/**
 * Per-user totals kept by statement-level triggers on `notifications` (see the migration), in the
 * transaction that changes the rows, so `total` and the unread count never need a COUNT(*).
 */
@Entity('notification_counters')
@Check('ck_notification_counters_range', 'unread >= 0 AND unread <= total')
export class NotificationCounter {
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user: User;
  @PrimaryColumn() userId: number;

  @Column({ type: 'integer', default: 0 }) total: number;
  @Column({ type: 'integer', default: 0 }) unread: number;
}
