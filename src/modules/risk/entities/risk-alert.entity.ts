import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Task } from '../../tasks/schema';

/** When each task last raised a `task_at_risk` alert: at most one per 24-hour sliding window. */
@Entity('risk_alerts')
export class RiskAlert {
  @ManyToOne(() => Task, { onDelete: 'CASCADE' }) task: Task;
  @PrimaryColumn({ type: 'uuid' }) taskId: string;
  @Column({ type: 'timestamptz', precision: 3 }) lastAlertAt: Date;
}
