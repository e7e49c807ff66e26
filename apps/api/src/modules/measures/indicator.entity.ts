import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type {
  FeedbackStatistic,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorSourceKind,
  IndicatorUnit,
  ParticipantCount,
  OrganisationType,
} from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { bigintCents } from '#api/modules/grants/cents.transformer';
import { MeasureEntity } from './measure.entity';

/** Options of a derived source: participants and cost per participant (count, types); feedback (the survey, its question, the statistic). */
export type IndicatorSourceOptions = {
  count?: ParticipantCount;
  organisationTypes?: OrganisationType[];
  surveyId?: number;
  questionKey?: string;
  statistic?: FeedbackStatistic;
  threshold?: number | null;
};

/** An indicator (Kennzahl) of a measure. Values are integer hundredths of the unit ("centi"). */
@Entity({ name: 'indicators' })
@Index(['measureId', 'position'])
export class IndicatorEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'measure_id', type: 'integer' })
  measureId!: number;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 10 })
  level!: IndicatorLevel;

  /** Step 1–7 of the Wirkungstreppe; null for input. */
  @Column({ type: 'integer', nullable: true })
  step!: number | null;

  @Column({ type: 'varchar', length: 10 })
  unit!: IndicatorUnit;

  @Column({ type: 'varchar', length: 10 })
  aggregation!: IndicatorAggregation;

  @Column({ type: 'varchar', length: 10 })
  direction!: IndicatorDirection;

  @Column({ name: 'by_municipality', type: 'boolean', default: false })
  byMunicipality!: boolean;

  @Column({ type: 'text', default: '' })
  method!: string;

  @Column({ name: 'baseline_centi', type: 'bigint', nullable: true, transformer: bigintCents })
  baselineCenti!: number | null;

  @Column({ name: 'baseline_date', type: 'date', nullable: true })
  baselineDate!: string | null;

  @Column({ type: 'varchar', length: 30 })
  source!: IndicatorSourceKind;

  @Column({ name: 'source_options', type: 'simple-json' })
  sourceOptions!: IndicatorSourceOptions;

  @Column({ type: 'integer' })
  position!: number;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;
}
