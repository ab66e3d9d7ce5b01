import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/schema';
import { ActivityAction } from '../activity-action';

/**
 * One recorded change of a task or an issue (exactly one of the two, except a deletion, which is
 * recorded on the project since the subject's rows are deleted with it). Rows are written by the owning
 * module's write path in the transaction of the change. Task, issue and project are referenced by
 * entity name rather than import: the log sits below the modules whose history it keeps.
 */
@Entity('activities')
@Check(
  'ck_activities_subject',
  `(task_id IS NULL) <> (issue_id IS NULL) OR (action = 'deleted' AND task_id IS NULL AND issue_id IS NULL)`,
)
@Index('ix_activities_task', ['taskId', 'createdAt', 'id'], { where: 'task_id IS NOT NULL' })
@Index('ix_activities_issue', ['issueId', 'createdAt', 'id'], { where: 'issue_id IS NOT NULL' })
@Index('ix_activities_project', ['projectId', 'createdAt', 'id'])
export class Activity {
  /** bigint: read as a string by the driver, sent as a JSON number (far below 2^53). */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;

  @ManyToOne('Task', { onDelete: 'CASCADE', nullable: true }) task: unknown;
  @Column({ type: 'uuid', nullable: true }) taskId: string | null;

  @ManyToOne('Issue', { onDelete: 'CASCADE', nullable: true }) issue: unknown;
  @Column({ type: 'integer', nullable: true }) issueId: number | null;

  @ManyToOne('Project', { onDelete: 'CASCADE' }) project: unknown;
  @Column({ type: 'uuid' }) projectId: string;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true }) actor: User | null;
  @Column({ type: 'integer', nullable: true }) actorId: number | null;

  @Column({ type: 'text' }) action: ActivityAction;
  @Column({ type: 'text', nullable: true }) field: string | null;
  @Column({ type: 'text', nullable: true }) oldValue: string | null;
  @Column({ type: 'text', nullable: true }) newValue: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
