import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Project } from './project.entity';

@Entity('epics')
@Index('ix_epics_project_order', ['projectId', 'order', 'createdAt'])
export class Epic {
  @PrimaryGeneratedColumn('uuid') id: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' }) project: Project;
  @Column({ type: 'uuid' }) projectId: string;

  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 5000, nullable: true }) description: string | null;
  @Column({ type: 'integer', default: 0 }) order: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
