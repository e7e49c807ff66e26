import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintCents } from '#api/modules/grants/cents.transformer';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { IndicatorEntity } from './indicator.entity';

/** A target of an indicator for one reporting period, for a municipality or (null) the district. */
@Entity({ name: 'indicator_targets' })
@Index(['indicatorId', 'period'])
@Index(['municipalityId'])
export class IndicatorTargetEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'indicator_id', type: 'integer' })
  indicatorId!: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity;

  /** `2014`, `2014-H1` or `2014-Q3`, by the measure's reporting interval. */
  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ name: 'municipality_id', type: 'integer', nullable: true })
  municipalityId!: number | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ name: 'value_centi', type: 'bigint', transformer: bigintCents })
  valueCenti!: number;
}
