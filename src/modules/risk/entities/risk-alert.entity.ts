import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Task } from '../../tasks/schema';
import { User } from '../../users/schema';

/**
 * When each task last raised a `task_at_risk` alert to each assignee: at most one per task and
 * assignee per 24-hour sliding window, so a task that changes hands alerts its new assignee.
 */
@Entity('risk_alerts')
export class RiskAlert {
  @ManyToOne(() => Task, { onDelete: 'CASCADE' }) task: Task;
  @PrimaryColumn({ type: 'uuid' }) taskId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user: User;
  @PrimaryColumn({ type: 'integer' }) userId: number;
  @Column({ type: 'timestamptz', precision: 3 }) lastAlertAt: Date;
}
