import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/schema';
import { OrganizationRole } from '../organization-role';
import { Organization } from './organization.entity';

export enum InvitationStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
}

@Entity('organization_invitations')
@Index('uq_organization_invitations_pending', ['organizationId', 'inviteeId'], {
  unique: true,
  where: `status = 'pending'`,
})
export class OrganizationInvitation {
  @PrimaryGeneratedColumn() id: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' }) organization: Organization;
  @Column({ type: 'uuid' }) organizationId: string;

  @Column({ type: 'varchar', length: 254 }) email: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' }) invitee: User;
  @Index('ix_organization_invitations_invitee') @Column() inviteeId: number;

  @Column({ type: 'enum', enum: OrganizationRole, enumName: 'organization_role' }) role: OrganizationRole;

  @Column({ type: 'varchar', length: 500, nullable: true }) description: string | null;

  @Column({ type: 'enum', enum: InvitationStatus, enumName: 'invitation_status', default: InvitationStatus.PENDING })
  status: InvitationStatus;

  @ManyToOne(() => User, { onDelete: 'CASCADE' }) invitedBy: User;
  @Column() invitedById: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) acceptedAt: Date | null;
}
