import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Sprint } from './sprint.entity';

/**
 * The history of a sprint's numbers: one row per task change that moved them (added, removed,
 * re-estimated, completed, reopened), written in the transaction of the change. A sprint's scope at
 * any instant is the sum of `scope_delta` up to it, its completed points the sum of `done_delta`.
 * `task_id` has no foreign key: the history outlives a deleted task.
 */
@Entity('sprint_scope_changes')
@Index('ix_sprint_scope_changes_sprint', ['sprintId', 'at', 'id'])
export class SprintScopeChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;

  @ManyToOne(() => Sprint, { onDelete: 'CASCADE' }) sprint?: Sprint;
  @Column({ type: 'uuid' }) sprintId: string;

  @Column({ type: 'uuid' }) taskId: string;
  @Column({ type: 'timestamptz', precision: 3 }) at: Date;
  @Column({ type: 'integer' }) scopeDelta: number;
  @Column({ type: 'integer' }) doneDelta: number;
}
