import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../modules/users/user.entity';
import { timestampColumn } from '../database/column-types';

/** A server-side login session; only the SHA-256 of the cookie token is stored. */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index()
  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken!: string;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(timestampColumn({ name: 'last_seen_at' }))
  lastSeenAt!: Date;

  @Column(timestampColumn({ name: 'expires_at' }))
  expiresAt!: Date;

  @Column(timestampColumn({ name: 'revoked_at', nullable: true }))
  revokedAt!: Date | null;
}
