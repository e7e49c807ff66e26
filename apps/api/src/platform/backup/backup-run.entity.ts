import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '#api/platform/database/column-types';

const bigintNumber = {
  to: (v: number | null) => v,
  from: (v: string | number | null) => (v === null ? null : Number(v)),
};

export type BackupTrigger = 'scheduled' | 'manual';
export type BackupStatus = 'succeeded' | 'failed';

/** One backup taken (scheduled job or `npm run backup`): when, how big, where, or why it failed. */
@Entity({ name: 'backup_runs' })
export class BackupRunEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 20 })
  trigger!: BackupTrigger;

  @Column({ type: 'varchar', length: 20 })
  status!: BackupStatus;

  @Column(timestampColumn({ name: 'started_at' }))
  startedAt!: Date;

  @Index()
  @Column(timestampColumn({ name: 'finished_at' }))
  finishedAt!: Date;

  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName!: string | null;

  @Column({ name: 'size_bytes', type: 'bigint', nullable: true, transformer: bigintNumber })
  sizeBytes!: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;
}
