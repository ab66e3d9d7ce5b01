import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Project } from '../../projects/schema';
import { Task } from '../../tasks/schema';
import { User } from '../../users/schema';
import { IssuePriority, IssueStatus, IssueType } from '../issue-enums';

@Entity('issues')
@Index('ix_issues_project_created', ['projectId', 'createdAt', 'id'])
@Index('ix_issues_search', { synchronize: false })
@Index('ix_issues_project_status', ['projectId', 'status'])
@Index('ix_issues_open_blockers', ['taskId'], { where: `issue_type = 'blocker' AND status IN ('open', 'in_progress')` })
export class Issue {
  @PrimaryGeneratedColumn() id: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' }) project: Project;
  @Column({ type: 'uuid' }) projectId: string;

  @ManyToOne(() => Task, { onDelete: 'SET NULL', nullable: true }) task: Task | null;
  @Column({ type: 'uuid', nullable: true }) taskId: string | null;

  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 10000 }) description: string;

  /** Full-text search over title (weight A) and description (B); GIN index `ix_issues_search` (see the migration). */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B')`,
  })
  searchVector: string;

  @Column({ type: 'enum', enum: IssueType, enumName: 'issue_type', default: IssueType.BUG }) issueType: IssueType;
  @Column({ type: 'enum', enum: IssuePriority, enumName: 'issue_priority', default: IssuePriority.MEDIUM })
  priority: IssuePriority;
  @Column({ type: 'enum', enum: IssueStatus, enumName: 'issue_status', default: IssueStatus.OPEN }) status: IssueStatus;

  @ManyToOne(() => User, { onDelete: 'CASCADE' }) reporter: User;
  @Column() reporterId: number;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true }) assignee: User | null;
  @Column({ nullable: true }) assigneeId: number | null;

  @Column({ type: 'varchar', length: 5000, nullable: true }) resolution: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) resolvedAt: Date | null;
}
