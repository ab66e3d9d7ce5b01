import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Project } from '../../projects/schema';

/**
 * A project's label. Names are unique per project whatever their case, through the expression index
 * `uq_labels_project_name` on `(project_id, lower(name))` (see the migration).
 */
@Entity('labels')
@Check('ck_labels_color', `color ~ '^#[0-9a-f]{6}$'`)
@Check('ck_labels_name', 'char_length(name) >= 1')
@Index('uq_labels_project_name', { synchronize: false })
@Index('ix_labels_project_name', ['projectId', 'name', 'id'])
export class Label {
  @PrimaryGeneratedColumn('uuid') id: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' }) project: Project;
  @Column({ type: 'uuid' }) projectId: string;

  @Column({ type: 'varchar', length: 50 }) name: string;
  /** `#rrggbb`, stored lowercase. */
  @Column({ type: 'varchar', length: 7 }) color: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
