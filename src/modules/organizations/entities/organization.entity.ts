import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/schema';

@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 100 }) name: string;

  @Column({ type: 'varchar', length: 1000, nullable: true }) description: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) owner: User;
  /** A user owns at most one organization created in Atlas (imported ones keep their original owner). */
  @Index('uq_organizations_owner', { unique: true, where: 'imported_at IS NULL' }) @Column() ownerId: number;

  /** Set on organizations brought over from the original Atlas by the importer. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) importedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
