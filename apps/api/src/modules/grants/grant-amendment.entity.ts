import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '#api/platform/database/column-types';
import { GrantEntity } from './grant.entity';

/** One notice of a grant: the original Zuwendungsbescheid or a later Änderungsbescheid. Never changed. */
@Entity({ name: 'grant_amendments' })
@Index(['grantId'])
export class GrantAmendmentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'grant_id', type: 'integer' })
  grantId!: number;

  @ManyToOne(() => GrantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant?: GrantEntity;

  @Column({ type: 'varchar', length: 12 })
  kind!: 'original' | 'amendment';

  @Column({ name: 'notice_number', type: 'varchar', length: 80 })
  noticeNumber!: string;

  @Column({ name: 'notice_date', type: 'date' })
  noticeDate!: string;

  @Column({ name: 'awarded_cents', type: 'integer' })
  awardedCents!: number;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note!: string;

  @Column(timestampColumn({ name: 'recorded_at' }))
  recordedAt!: Date;
}
