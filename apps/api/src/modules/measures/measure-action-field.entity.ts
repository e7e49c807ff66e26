import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ActionFieldEntity } from '#api/modules/action-fields/action-field.entity';
import { MeasureEntity } from './measure.entity';

/** The action fields (Handlungsfelder) a measure belongs to; at least one. */
@Entity({ name: 'measure_action_fields' })
@Index(['actionFieldId'])
export class MeasureActionFieldEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'integer' })
  measureId!: number;

  @PrimaryColumn({ name: 'action_field_id', type: 'integer' })
  actionFieldId!: number;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @ManyToOne(() => ActionFieldEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'action_field_id' })
  actionField?: ActionFieldEntity;
}
