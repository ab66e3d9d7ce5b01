import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '../../organizations/schema';
import { User } from '../../users/schema';

@Entity('projects')
@Index('ix_projects_organization_created', ['organizationId', 'createdAt', 'id'])
export class Project {
  @PrimaryGeneratedColumn('uuid') id: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' }) organization: Organization;
  @Column({ type: 'uuid' }) organizationId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) owner: User;
  @Column() ownerId: number;

  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 5000, nullable: true }) description: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
