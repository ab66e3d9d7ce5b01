import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/schema';

@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 100 }) name: string;

  @Column({ type: 'varchar', length: 1000, nullable: true }) description: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) owner: User;
  /** A user owns at most one organization. */
  @Index('uq_organizations_owner', { unique: true }) @Column() ownerId: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
