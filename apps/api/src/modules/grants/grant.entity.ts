import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FinancingType } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { FundingProgrammeEntity } from './funding-programme.entity';

/** A grant (Zuwendung) as its latest notice states it; the notices' history is in grant_amendments. */
@Entity({ name: 'grants' })
@Index(['programmeId'])
export class GrantEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'programme_id', type: 'integer' })
  programmeId!: number;

  @ManyToOne(() => FundingProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: FundingProgrammeEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  recipient!: string;

  @Column({ name: 'notice_number', type: 'varchar', length: 80 })
  noticeNumber!: string;

  @Column({ name: 'notice_date', type: 'date' })
  noticeDate!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'awarded_cents', type: 'integer' })
  awardedCents!: number;

  @Column({ name: 'financing_type', type: 'varchar', length: 20 })
  financingType!: FinancingType;

  @Column({ name: 'share_percent', type: 'integer', nullable: true })
  sharePercent!: number | null;

  @Column({ type: 'text', default: '' })
  purpose!: string;

  @Column({ name: 'own_share_cents', type: 'integer', default: 0 })
  ownShareCents!: number;

  @Column({ name: 'third_party_cents', type: 'integer', default: 0 })
  thirdPartyCents!: number;

  @Column({ name: 'proof_submitted_on', type: 'date', nullable: true })
  proofSubmittedOn!: string | null;

  /** Who recorded the proof-of-use date: the receipts' erasure must be confirmed by somebody else. */
  @Column({ name: 'proof_recorded_by', type: 'integer', nullable: true })
  proofRecordedBy!: number | null;

  @Column(timestampColumn({ name: 'proof_recorded_at', nullable: true }))
  proofRecordedAt!: Date | null;

  /** The second person who confirmed the due erasure of the receipts' personal data. */
  @Column({ name: 'erasure_confirmed_by', type: 'integer', nullable: true })
  erasureConfirmedBy!: number | null;

  @Column(timestampColumn({ name: 'erasure_confirmed_at', nullable: true }))
  erasureConfirmedAt!: Date | null;

  @Column(timestampColumn({ name: 'receipts_purged_at', nullable: true }))
  receiptsPurgedAt!: Date | null;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;
}
