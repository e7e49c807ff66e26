import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '#api/platform/database/column-types';
import { bigintCents } from '#api/modules/grants/cents.transformer';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { UserEntity } from '#api/modules/users/user.entity';
import { IndicatorEntity } from './indicator.entity';

/**
 * An actual value of a manual indicator. Append-only: rows are never changed; a correction is a new
 * row that `supersedes` the current one (each row is superseded at most once: unique index).
 */
@Entity({ name: 'indicator_values' })
@Index(['indicatorId', 'period', 'municipalityId'])
@Index(['supersedesId'], { unique: true })
@Index(['municipalityId'])
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'indicator_id', type: 'integer' })
  indicatorId!: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity;

  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ name: 'municipality_id', type: 'integer', nullable: true })
  municipalityId!: number | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ name: 'value_centi', type: 'bigint', transformer: bigintCents })
  valueCenti!: number;

  /** The count a mean or share is taken over; weights the district row. */
  @Column({ name: 'sample_size', type: 'integer', nullable: true })
  sampleSize!: number | null;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  evidence!: string;

  @Column({ name: 'supersedes_id', type: 'integer', nullable: true })
  supersedesId!: number | null;

  // NO ACTION: checked at the end of the statement, so deleting an indicator cascades through a whole correction chain.
  @ManyToOne(() => IndicatorValueEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: IndicatorValueEntity;

  @Column({ type: 'varchar', length: 500, default: '' })
  reason!: string;

  @Column({ name: 'recorded_by', type: 'integer' })
  recordedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: UserEntity;

  @Column(timestampColumn({ name: 'recorded_at' }))
  recordedAt!: Date;
}
