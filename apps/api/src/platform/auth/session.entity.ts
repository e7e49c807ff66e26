import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';

/** What a session reads of its staff account, in the same query. */
export type SessionUser = { id: number; email: string; roles: Role[]; active: boolean; mustChangePassword: boolean };

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

  // By table name: the staff accounts (`users`) belong to a module, which platform/ does not import.
  @ManyToOne('users', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: SessionUser;

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
