import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { OperationKind, OperationStatus } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';

const bigintNumber = {
  to: (v: number | null) => v,
  from: (v: string | number | null) => (v === null ? null : Number(v)),
};

/**
 * One long operation (export, import, mail send) started by a user: its state, live progress, summary
 * counts, why it failed, and the result file under DATA_DIR/operations/<id>/. Deleted with its file
 * OPERATION_RETENTION_DAYS after it finished.
 */
@Entity({ name: 'operations' })
@Index(['ownerUserId', 'createdAt'])
export class OperationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: OperationKind;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  status!: OperationStatus;

  @Column({ name: 'owner_user_id', type: 'integer' })
  ownerUserId!: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject!: string | null;

  @Column({ name: 'subject_path', type: 'varchar', length: 300, nullable: true })
  subjectPath!: string | null;

  @Column({ name: 'progress_done', type: 'integer', default: 0 })
  progressDone!: number;

  @Column({ name: 'progress_total', type: 'integer', nullable: true })
  progressTotal!: number | null;

  @Column({ type: 'simple-json' })
  summary!: Record<string, number>;

  @Column({ name: 'error_code', type: 'varchar', length: 80, nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_params', type: 'simple-json', nullable: true })
  errorParams!: Record<string, string | number> | null;

  @Column({ name: 'file_name', type: 'varchar', length: 300, nullable: true })
  fileName!: string | null;

  @Column({ name: 'file_type', type: 'varchar', length: 200, nullable: true })
  fileType!: string | null;

  @Column({ name: 'file_size', type: 'bigint', nullable: true, transformer: bigintNumber })
  fileSize!: number | null;

  /** Relative to DATA_DIR, e.g. `operations/<id>/result`. */
  @Column({ name: 'file_path', type: 'varchar', length: 300, nullable: true })
  filePath!: string | null;

  @Column(timestampColumn({ name: 'heartbeat_at', nullable: true }))
  heartbeatAt!: Date | null;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(timestampColumn({ name: 'started_at', nullable: true }))
  startedAt!: Date | null;

  @Index()
  @Column(timestampColumn({ name: 'finished_at', nullable: true }))
  finishedAt!: Date | null;
}
