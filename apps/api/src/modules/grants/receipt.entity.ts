import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { IncomeSource, ReceiptKind } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { EventEntity } from '#api/modules/events/event.entity';
import { UserEntity } from '#api/modules/users/user.entity';
import { BudgetLineEntity } from './budget-line.entity';
import { GrantEntity } from './grant.entity';

/**
 * A receipt (Beleg) booked against a grant. Once signed off it never changes; a correction is a
 * reversal entry (negative amount) that points to it.
 */
@Entity({ name: 'receipts' })
@Index(['grantId', 'receiptNumber'], { unique: true })
// The Belegliste reads each group in date order with keyset pages.
@Index(['grantId', 'budgetLineId', 'date', 'id'])
@Index(['grantId', 'incomeSource', 'date', 'id'])
@Index(['reversesId'], { unique: true })
@Index(['measureId'])
export class ReceiptEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'grant_id', type: 'integer' })
  grantId!: number;

  @ManyToOne(() => GrantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id' })
  grant?: GrantEntity;

  @Column({ name: 'receipt_number', type: 'varchar', length: 40 })
  receiptNumber!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: ReceiptKind;

  @Column({ type: 'varchar', length: 200 })
  payee!: string;

  @Column({ type: 'varchar', length: 500 })
  purpose!: string;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents!: number;

  @Column({ name: 'budget_line_id', type: 'integer', nullable: true })
  budgetLineId!: number | null;

  @ManyToOne(() => BudgetLineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_line_id' })
  budgetLine?: BudgetLineEntity;

  @Column({ name: 'income_source', type: 'varchar', length: 12, nullable: true })
  incomeSource!: IncomeSource | null;

  @Column({ name: 'event_id', type: 'integer', nullable: true })
  eventId!: number | null;

  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  /**
   * The measure an expense was spent on (a measure of the same grant, checked through ReceiptMeasuresPort).
   * The key names the measures table, not its entity: the measures module imports grants, not the reverse.
   */
  @Column({ name: 'measure_id', type: 'integer', nullable: true })
  @ForeignKey('measures', { onDelete: 'RESTRICT' })
  measureId!: number | null;

  @Column({ name: 'factual_by', type: 'integer', nullable: true })
  factualBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'factual_by' })
  factualUser?: UserEntity;

  @Column(timestampColumn({ name: 'factual_at', nullable: true }))
  factualAt!: Date | null;

  @Column({ name: 'arithmetic_by', type: 'integer', nullable: true })
  arithmeticBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'arithmetic_by' })
  arithmeticUser?: UserEntity;

  @Column(timestampColumn({ name: 'arithmetic_at', nullable: true }))
  arithmeticAt!: Date | null;

  @Column({ name: 'reverses_id', type: 'integer', nullable: true })
  reversesId!: number | null;

  @ManyToOne(() => ReceiptEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reverses_id' })
  reverses?: ReceiptEntity;

  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName!: string | null;

  @Column({ name: 'file_type', type: 'varchar', length: 40, nullable: true })
  fileType!: string | null;

  @Column({ name: 'file_size', type: 'integer', nullable: true })
  fileSize!: number | null;

  /** Path under DATA_DIR/receipts; the name is random, never the uploaded one. */
  @Column({ name: 'file_key', type: 'varchar', length: 100, nullable: true })
  fileKey!: string | null;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;
}
