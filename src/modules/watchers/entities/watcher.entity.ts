import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/schema';

/**
 * A user watching a task or an issue (exactly one of the two), once per subject by the partial unique
 * indexes. `project_id` lets a member's watches in an organization's projects go when they leave it.
 * Task, issue and project are referenced by entity name: they are other modules' entities.
 */
@Entity('watchers')
@Check('ck_watchers_subject', '(task_id IS NULL) <> (issue_id IS NULL)')
@Index('uq_watchers_task_user', ['taskId', 'userId'], { unique: true, where: 'task_id IS NOT NULL' })
@Index('uq_watchers_issue_user', ['issueId', 'userId'], { unique: true, where: 'issue_id IS NOT NULL' })
@Index('ix_watchers_user_project', ['userId', 'projectId'])
export class Watcher {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;

  @ManyToOne('Task', { onDelete: 'CASCADE', nullable: true }) task: unknown;
  @Column({ type: 'uuid', nullable: true }) taskId: string | null;

  @ManyToOne('Issue', { onDelete: 'CASCADE', nullable: true }) issue: unknown;
  @Column({ type: 'integer', nullable: true }) issueId: number | null;

  @ManyToOne('Project', { onDelete: 'CASCADE' }) project: unknown;
  @Column({ type: 'uuid' }) projectId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user: User;
  @Column({ type: 'integer' }) userId: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
