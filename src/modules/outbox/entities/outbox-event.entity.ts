import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A side effect (a Socket.IO push) recorded in the same transaction as the change that caused it;
 * only committed rows exist, so nothing is delivered for a rolled-back use case.
 */
@Entity('outbox_events')
@Index('ix_outbox_events_pending', ['id'], { where: 'delivered_at IS NULL' })
@Index('ix_outbox_events_delivery_seq', ['deliverySeq'], { unique: true, where: 'delivery_seq IS NOT NULL' })
@Index('ix_outbox_events_room_delivery_seq', ['room', 'deliverySeq'], { where: 'delivery_seq IS NOT NULL' })
export class OutboxEvent {
  /** bigint: the driver returns it as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;

  /** Socket.IO room, a name built by `Rooms` (src/common/realtime), e.g. `user:5`, `project:<uuid>`. */
  @Column({ type: 'varchar', length: 120 }) room: string;

  /** Event name sent to the room, e.g. `notification`, `task_updated`. */
  @Column({ type: 'varchar', length: 50 }) event: string;

  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) deliveredAt: Date | null;

  /**
   * Delivery order (sequence `outbox_events_delivery_seq`), set by the dispatcher with `delivered_at`
   * under its drain lock: the `event_id` clients see and the GET /events cursor. bigint, so a string.
   */
  @Column({ type: 'bigint', nullable: true }) deliverySeq: string | null;
}
