import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'simple-json' })
  roles!: Role[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The password was set by someone else (an admin, or generated at first start): it must be changed before anything else. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(timestampColumn({ name: 'last_login_at', nullable: true }))
  lastLoginAt!: Date | null;
}
