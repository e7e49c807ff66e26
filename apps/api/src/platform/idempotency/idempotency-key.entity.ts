import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '#api/platform/database/column-types';

/** A client's Idempotency-Key and the answer it got, so a retry gets the same answer again. */
@Entity({ name: 'idempotency_keys' })
@Index(['scope', 'key'], { unique: true })
export class IdempotencyKeyEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 120 })
  scope!: string;

  @Column({ type: 'varchar', length: 120 })
  key!: string;

  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash!: string;

  @Column({ type: 'varchar', length: 12 })
  state!: 'running' | 'done';

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus!: number | null;

  @Column({ name: 'response_body', type: 'text', nullable: true })
  responseBody!: string | null;

  @Index()
  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;
}
