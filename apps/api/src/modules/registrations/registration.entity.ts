import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationType, PublicLanguage, RegistrationStatus } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { EventEntity } from '#api/modules/events/event.entity';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';

/** One person's registration for one event. Personal fields are blanked by the retention job. */
@Entity({ name: 'registrations' })
@Index(['eventId', 'status'])
// One live registration per e-mail and event; a cancelled one does not count.
@Index('UQ_registrations_event_email_live', ['eventId', 'email'], { unique: true, where: "status <> 'cancelled'" })
export class RegistrationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'event_id', type: 'integer' })
  eventId!: number;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 20 })
  status!: RegistrationStatus;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'organisation_name', type: 'varchar', length: 200, default: '' })
  organisationName!: string;

  @Column({ name: 'organisation_type', type: 'varchar', length: 40 })
  organisationType!: OrganisationType;

  @Index()
  @Column({ name: 'municipality_id', type: 'integer', nullable: true })
  municipalityId!: number | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 5 })
  language!: PublicLanguage;

  @Column({ name: 'accessibility_needs', type: 'text', default: '' })
  accessibilityNeeds!: string;

  @Column({ name: 'interpreting_language', type: 'varchar', length: 100, default: '' })
  interpretingLanguage!: string;

  @Column({ type: 'simple-json' })
  answers!: Record<string, string | boolean>;

  @Column({ name: 'consent_participant_list', type: 'boolean', default: false })
  consentParticipantList!: boolean;

  @Column(timestampColumn({ name: 'consent_given_at' }))
  consentGivenAt!: Date;

  /** SHA-256 of the manage link's token; the token itself is only in the participant's mail. */
  @Column({ name: 'manage_token_hash', type: 'varchar', length: 64, unique: true })
  manageTokenHash!: string;

  /**
   * SHA-256 of a token sent by "resend link" and not used yet. Until its first use the old link and
   * QR code keep working; that first use makes it the manage token and retires the old one.
   */
  @Column({ name: 'pending_manage_token_hash', type: 'varchar', length: 64, nullable: true, unique: true })
  pendingManageTokenHash!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'public' })
  source!: 'public' | 'staff';

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(timestampColumn({ name: 'cancelled_at', nullable: true }))
  cancelledAt!: Date | null;

  @Column(timestampColumn({ name: 'checked_in_at', nullable: true }))
  checkedInAt!: Date | null;

  @Column(timestampColumn({ name: 'anonymised_at', nullable: true }))
  anonymisedAt!: Date | null;

  /** When the feedback link of the event's feedback form was mailed (once); which link is recorded nowhere. Optional: written only by the feedback job. */
  @Column(timestampColumn({ name: 'feedback_mailed_at', nullable: true }))
  feedbackMailedAt?: Date | null;
}
