import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText, SurveyMode, SurveyStatus } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { EventEntity } from '#api/modules/events/event.entity';

/** A questionnaire: an Erhebungsbogen sent to contacts, or an anonymous form (e.g. an event's feedback). */
@Entity({ name: 'surveys' })
export class SurveyEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'simple-json' })
  title!: LocalizedText;

  @Column({ type: 'simple-json', nullable: true })
  introduction!: Partial<LocalizedText> | null;

  @Column({ type: 'varchar', length: 10 })
  mode!: SurveyMode;

  @Column({ name: 'event_id', type: 'integer', nullable: true })
  eventId!: number | null;

  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 10 })
  status!: SurveyStatus;

  @Column(timestampColumn({ name: 'opens_at', nullable: true }))
  opensAt!: Date | null;

  @Column(timestampColumn({ name: 'closes_at', nullable: true }))
  closesAt!: Date | null;

  @Column({ name: 'auto_reminder_days_before_close', type: 'integer', nullable: true })
  autoReminderDaysBeforeClose!: number | null;

  /** Anonymous one-link mode: SHA-256 of the shared link's token. */
  @Column({ name: 'public_link_token_hash', type: 'varchar', length: 64, nullable: true, unique: true })
  publicLinkTokenHash!: string | null;

  /** The version new responses get; frozen once the survey was opened (a change makes a new one). */
  @Column({ name: 'current_version_id', type: 'integer', nullable: true })
  currentVersionId!: number | null;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(timestampColumn({ name: 'updated_at' }))
  updatedAt!: Date;
}
