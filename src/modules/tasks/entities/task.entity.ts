import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Project, Story } from '../../projects/schema';
import { User } from '../../users/schema';
import { RiskLevel, TaskStatus } from '../task-enums';

/** Backlog tasks that capacity planning may pick: estimated, not Done, not blocked. */
const PLANNABLE = `sprint_id IS NULL AND status <> 'Done' AND story_points IS NOT NULL AND open_blocker_count = 0`;

const decimal = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('tasks')
@Check('ck_tasks_progress', 'progress_percentage BETWEEN 0 AND 100')
@Check('ck_tasks_priority', 'priority BETWEEN 0 AND 4')
@Check('ck_tasks_estimate', 'estimate_hours IS NULL OR estimate_hours >= 0')
@Index('ix_tasks_project_created', ['projectId', 'createdAt', 'id'])
@Index('ix_tasks_search', { synchronize: false })
@Index('ix_tasks_project_status', ['projectId', 'status'])
@Index('ix_tasks_assignee_status', ['assigneeId', 'status'])
@Check('ck_tasks_open_blockers', 'open_blocker_count >= 0')
@Check('ck_tasks_story_points', 'story_points BETWEEN 0 AND 100')
@Index('ix_tasks_claim_story', ['storyId', 'order', 'createdAt', 'id'], {
  where: `status = 'To Do' AND assignee_id IS NULL AND open_blocker_count = 0`,
})
@Index('ix_tasks_claim_without_story', ['projectId', 'order', 'createdAt', 'id'], {
  where: `story_id IS NULL AND status = 'To Do' AND assignee_id IS NULL AND open_blocker_count = 0`,
})
@Index('ix_tasks_sprint', ['sprintId', 'id'], { where: 'sprint_id IS NOT NULL' })
@Index('ix_tasks_plannable_story', ['storyId', 'order', 'createdAt', 'id'], { where: PLANNABLE })
@Index('ix_tasks_plannable_without_story', ['projectId', 'order', 'createdAt', 'id'], { where: `story_id IS NULL AND ${PLANNABLE}` })
export class Task {
  @PrimaryGeneratedColumn('uuid') id: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' }) project: Project;
  @Column({ type: 'uuid' }) projectId: string;

  @ManyToOne(() => Story, { onDelete: 'SET NULL', nullable: true }) story: Story | null;
  @Index('ix_tasks_story') @Column({ type: 'uuid', nullable: true }) storyId: string | null;

  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 10000, nullable: true }) description: string | null;

  /** Full-text search over title (weight A) and description (B); GIN index `ix_tasks_search` (see the migration). */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', coalesce(description, '')), 'B')`,
  })
  searchVector: string;

  @Column({ type: 'enum', enum: TaskStatus, enumName: 'task_status', default: TaskStatus.TODO }) status: TaskStatus;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true }) assignee: User | null;
  @Column({ nullable: true }) assigneeId: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) dueDate: Date | null;
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: decimal }) estimateHours: number | null;
  @Column({ type: 'smallint', default: 0 }) progressPercentage: number;

  @Column({ type: 'enum', enum: RiskLevel, enumName: 'risk_level', default: RiskLevel.LOW }) riskLevel: RiskLevel;
  @Column({ type: 'smallint', default: 0 }) riskScore: number;

  /** Open `blocker` issues linked to this task, maintained by the issues module in its transactions. */
  @Column({ type: 'integer', default: 0 }) openBlockerCount: number;

  @Column({ type: 'smallint', default: 0 }) priority: number;
  @Column({ type: 'integer', default: 0 }) order: number;

  /** null = the backlog. Named by entity, not imported: sprints sit above tasks. */
  @ManyToOne('Sprint', { onDelete: 'SET NULL', nullable: true }) sprint?: { id: string } | null;
  @Column({ type: 'uuid', nullable: true }) sprintId: string | null;
  @Column({ type: 'smallint', nullable: true }) storyPoints: number | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
