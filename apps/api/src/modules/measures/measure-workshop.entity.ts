import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WorkshopEntity } from '#api/modules/events/workshop.entity';
import { MeasureEntity } from './measure.entity';

/** Workshops that deliver a measure (their bookings count, not the whole event's). */
@Entity({ name: 'measure_workshops' })
@Index(['workshopId'])
export class MeasureWorkshopEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'integer' })
  measureId!: number;

  @PrimaryColumn({ name: 'workshop_id', type: 'integer' })
  workshopId!: number;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: WorkshopEntity;
}
