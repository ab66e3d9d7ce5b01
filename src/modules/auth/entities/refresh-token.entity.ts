import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/schema';

/** One row per issued refresh token; only its SHA-256 is stored. Rotation keeps the family. */
@Entity('refresh_tokens')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid') id: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user: User;
  @Index('ix_refresh_tokens_user') @Column() userId: number;

  @Index('ix_refresh_tokens_family') @Column({ type: 'uuid' }) familyId: string;

  @Index('uq_refresh_tokens_hash', { unique: true }) @Column({ type: 'bytea' }) tokenHash: Buffer;

  @Column({ type: 'timestamptz', precision: 3 }) expiresAt: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) usedAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
