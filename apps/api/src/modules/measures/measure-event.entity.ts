import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EventEntity } from '#api/modules/events/event.entity';
import { MeasureEntity } from './measure.entity';

/** Events that deliver a measure: their registrations and check-ins feed `participants` indicators. */
@Entity({ name: 'measure_events' })
@Index(['eventId'])
export class MeasureEventEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'integer' })
  measureId!: number;

  @PrimaryColumn({ name: 'event_id', type: 'integer' })
  eventId!: number;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
}
