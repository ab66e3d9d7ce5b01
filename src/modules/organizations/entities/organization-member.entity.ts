import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, CreateDateColumn } from 'typeorm';
import { User } from '../../users/schema';
import { OrganizationRole } from '../organization-role';
import { Organization } from './organization.entity';

@Entity('organization_members')
@Index('uq_organization_members_org_user', ['organizationId', 'userId'], { unique: true })
@Index('ix_organization_members_user', ['userId', 'joinedAt'])
export class OrganizationMember {
  @PrimaryGeneratedColumn() id: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' }) organization: Organization;
  @Column({ type: 'uuid' }) organizationId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user: User;
  @Column() userId: number;

  @Column({ type: 'enum', enum: OrganizationRole, enumName: 'organization_role' }) role: OrganizationRole;

  @Column({ type: 'varchar', length: 500, nullable: true }) description: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy: User | null;
  @Column({ nullable: true }) invitedById: number | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) joinedAt: Date;

  /** Set when the member accepts an invitation to it or chooses it: the latest one is their default. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) defaultSince: Date | null;
}
