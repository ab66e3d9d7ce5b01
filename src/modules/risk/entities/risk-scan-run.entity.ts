import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row per scan, including the ones skipped because another instance held the lock. */
@Entity('risk_scan_runs')
@Index('ix_risk_scan_runs_started', ['startedAt'])
export class RiskScanRun {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 20 }) trigger: string;
  @Column({ type: 'uuid', nullable: true }) projectId: string | null;
  @Column({ type: 'timestamptz', precision: 3 }) startedAt: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) finishedAt: Date | null;
  @Column({ type: 'integer', default: 0 }) tasksScanned: number;
  @Column({ type: 'integer', default: 0 }) tasksChanged: number;
  @Column({ type: 'integer', default: 0 }) notificationsSent: number;
  @Column({ type: 'boolean', default: false }) skipped: boolean;
}
