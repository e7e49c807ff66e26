import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText, PublicLanguage, Question } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';

@Entity({ name: 'events' })
export class EventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: 'conference' | 'training';

  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  @Column({ type: 'simple-json' })
  title!: LocalizedText;

  @Column({ type: 'simple-json' })
  description!: LocalizedText;

  @Column({ type: 'varchar', length: 300, default: '' })
  venue!: string;

  @Column(timestampColumn({ name: 'starts_at' }))
  startsAt!: Date;

  @Column(timestampColumn({ name: 'ends_at' }))
  endsAt!: Date;

  @Column({ type: 'integer' })
  capacity!: number;

  /** Seats taken; only changed by a guarded UPDATE (`confirmed_count < capacity`) inside the booking transaction. */
  @Column({ name: 'confirmed_count', type: 'integer', default: 0 })
  confirmedCount!: number;

  @Column(timestampColumn({ name: 'registration_opens_at', nullable: true }))
  registrationOpensAt!: Date | null;

  @Column(timestampColumn({ name: 'registration_closes_at', nullable: true }))
  registrationClosesAt!: Date | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: 'draft' | 'published' | 'closed' | 'archived';

  @Column({ type: 'simple-json' })
  languages!: PublicLanguage[];

  @Column({ name: 'retention_days', type: 'integer', default: 180 })
  retentionDays!: number;

  @Column({ type: 'simple-json' })
  questions!: Question[];

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;
}
