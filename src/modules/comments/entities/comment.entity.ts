import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../../users/schema';

/**
 * A comment on a task or an issue (exactly one of the two). `mentions` holds the ids of the members
 * it mentions; `search_vector` is generated from the body for full-text search (GIN index
 * `ix_comments_search`, see the migration). Task, issue and project are referenced by entity name.
 */
@Entity('comments')
@Check('ck_comments_subject', '(task_id IS NULL) <> (issue_id IS NULL)')
@Check('ck_comments_body', 'char_length(body) >= 1')
@Index('ix_comments_task', ['taskId', 'createdAt', 'id'], { where: 'task_id IS NOT NULL' })
@Index('ix_comments_issue', ['issueId', 'createdAt', 'id'], { where: 'issue_id IS NOT NULL' })
@Index('ix_comments_search', { synchronize: false })
export class Comment {
  @PrimaryGeneratedColumn() id: number;

  @ManyToOne('Task', { onDelete: 'CASCADE', nullable: true }) task: unknown;
  @Column({ type: 'uuid', nullable: true }) taskId: string | null;

  @ManyToOne('Issue', { onDelete: 'CASCADE', nullable: true }) issue: unknown;
  @Column({ type: 'integer', nullable: true }) issueId: number | null;

  @ManyToOne('Project', { onDelete: 'CASCADE' }) project: unknown;
  @Index('ix_comments_project') @Column({ type: 'uuid' }) projectId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' }) author: User;
  @Column({ type: 'integer' }) authorId: number;

  @Column({ type: 'varchar', length: 10000 }) body: string;
  @Column({ type: 'integer', array: true, default: () => "'{}'" }) mentions: number[];
  @Column({ type: 'boolean', default: false }) edited: boolean;

  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('simple', body), 'C')`,
  })
  searchVector: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
