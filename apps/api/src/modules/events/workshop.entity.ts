import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { EventEntity } from './event.entity';

@Entity({ name: 'workshops' })
export class WorkshopEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ name: 'event_id', type: 'integer' })
  eventId!: number;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'simple-json' })
  title!: LocalizedText;

  @Column({ type: 'simple-json' })
  description!: LocalizedText;

  @Column(timestampColumn({ name: 'starts_at' }))
  startsAt!: Date;

  @Column(timestampColumn({ name: 'ends_at' }))
  endsAt!: Date;

  @Column({ type: 'varchar', length: 120, default: '' })
  room!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  /** Seats taken; see EventEntity.confirmedCount. */
  @Column({ name: 'confirmed_count', type: 'integer', default: 0 })
  confirmedCount!: number;

  @Column({ type: 'varchar', length: 200, default: '' })
  facilitator!: string;

  @Column({ name: 'target_audience', type: 'varchar', length: 300, default: '' })
  targetAudience!: string;
}
