import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '#api/platform/database/column-types';

@Entity({ name: 'audit_log' })
@Index(['entity', 'entityId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column(timestampColumn())
  at!: Date;

  @Index()
  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId!: number | null;

  /** Kept beside the id so the entry still says who it was after the user is gone. */
  @Column({ name: 'user_email', type: 'varchar', length: 254, nullable: true })
  userEmail!: string | null;

  @Column({ type: 'varchar', length: 10 })
  action!: 'create' | 'update' | 'delete';

  @Column({ type: 'varchar', length: 60 })
  entity!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 60 })
  entityId!: string;

  @Column({ type: 'simple-json', nullable: true })
  before!: unknown;

  @Column({ type: 'simple-json', nullable: true })
  after!: unknown;
}
