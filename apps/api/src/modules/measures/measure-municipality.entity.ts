import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { MeasureEntity } from './measure.entity';

/** The municipalities a measure works in; none means district-wide. */
@Entity({ name: 'measure_municipalities' })
@Index(['municipalityId'])
export class MeasureMunicipalityEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'integer' })
  measureId!: number;

  @PrimaryColumn({ name: 'municipality_id', type: 'integer' })
  municipalityId!: number;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;
}
