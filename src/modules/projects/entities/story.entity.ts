import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Epic } from './epic.entity';
import { Project } from './project.entity';

@Entity('stories')
@Index('ix_stories_epic_order', ['epicId', 'order', 'createdAt'])
export class Story {
  @PrimaryGeneratedColumn('uuid') id: string;

  @ManyToOne(() => Epic, { onDelete: 'CASCADE' }) epic: Epic;
  @Column({ type: 'uuid' }) epicId: string;

  /** Denormalised from the epic so access checks and task ordering need no extra join. */
  @ManyToOne(() => Project, { onDelete: 'CASCADE' }) project: Project;
  @Index('ix_stories_project') @Column({ type: 'uuid' }) projectId: string;

  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 5000, nullable: true }) description: string | null;
  @Column({ type: 'integer', default: 0 }) order: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
