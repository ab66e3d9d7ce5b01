import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Project } from '../../projects/schema';
import { SprintStatus } from '../sprint-status';

/**
 * An iteration of a project: planned -> active -> completed. At most one sprint per project is active,
 * by the partial unique index. Dates are calendar dates (UTC days); points are set at start and completion.
 */
@Entity('sprints')
@Check('ck_sprints_dates', 'end_date >= start_date')
@Check('ck_sprints_points', 'committed_points >= 0 AND completed_points >= 0')
@Index('ix_sprints_project_created', ['projectId', 'createdAt', 'id'])
@Index('uq_sprints_one_active', ['projectId'], { unique: true, where: `status = 'active'` })
@Index('ix_sprints_project_completed', ['projectId', 'completedAt', 'id'], { where: `status = 'completed'` })
export class Sprint {
  @PrimaryGeneratedColumn('uuid') id: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' }) project?: Project;
  @Column({ type: 'uuid' }) projectId: string;

  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 5000, nullable: true }) goal: string | null;

  @Column({ type: 'enum', enum: SprintStatus, enumName: 'sprint_status', default: SprintStatus.PLANNED }) status: SprintStatus;

  /** `YYYY-MM-DD` */
  @Column({ type: 'date' }) startDate: string;
  /** `YYYY-MM-DD`, not before `startDate` */
  @Column({ type: 'date' }) endDate: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) startedAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) completedAt: Date | null;

  /** The points in the sprint when it started. */
  @Column({ type: 'integer', nullable: true }) committedPoints: number | null;
  /** The points of its Done tasks when it was completed. */
  @Column({ type: 'integer', nullable: true }) completedPoints: number | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
