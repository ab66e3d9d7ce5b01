import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
@Index('uq_users_email_lower', { synchronize: false })
export class User {
  @PrimaryGeneratedColumn() id: number;

  @Index('uq_users_username', { unique: true })
  @Column({ type: 'varchar', length: 50 })
  username: string;

  /** Unique case-insensitively through the expression index `uq_users_email_lower`. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** argon2id; a bcrypt hash brought over from the original until its first login; null: no password yet. */
  @Column({ type: 'text', nullable: true }) passwordHash: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true }) avatarUrl: string | null;

  @Column({ type: 'boolean', default: true }) isActive: boolean;

  /** Access tokens carry the version they were issued under; revoking every session increments it. */
  @Column({ type: 'integer', default: 0 }) sessionVersion: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
