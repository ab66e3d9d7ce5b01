import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/schema';
import { OrganizationRole } from '../organization-role';
import { Organization } from './organization.entity';

/** `expired` is also how a `pending` row past its `expires_at` is shown; it is stored when a new invitation replaces it. */
export enum InvitationStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  REVOKED = 'revoked',
  EXPIRED = 'expired',
}

/**
 * An invitation belongs to an email address, not to an account: whoever holds (or later registers) the
 * address may accept it. One pending invitation per (organization, address), by a unique index.
 */
@Entity('organization_invitations')
@Index('uq_organization_invitations_pending', { synchronize: false })
@Index('ix_organization_invitations_email_pending', { synchronize: false })
@Index('ix_organization_invitations_org_created', ['organizationId', 'createdAt', 'id'])
export class OrganizationInvitation {
  @PrimaryGeneratedColumn() id: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' }) organization: Organization;
  @Column({ type: 'uuid' }) organizationId: string;

  @Column({ type: 'varchar', length: 254 }) email: string;

  @Column({ type: 'enum', enum: OrganizationRole, enumName: 'organization_role' }) role: OrganizationRole;

  @Column({ type: 'varchar', length: 500, nullable: true }) description: string | null;

  @Column({ type: 'enum', enum: InvitationStatus, enumName: 'invitation_status', default: InvitationStatus.PENDING })
  status: InvitationStatus;

  @ManyToOne(() => User, { onDelete: 'CASCADE' }) invitedBy: User;
  @Column() invitedById: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Column({ type: 'timestamptz', precision: 3 }) expiresAt: Date;
  /** When it stopped being pending: accepted, declined or revoked. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) closedAt: Date | null;
}
