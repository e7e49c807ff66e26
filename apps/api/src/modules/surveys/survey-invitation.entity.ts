import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationType, PublicLanguage } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { ContactEntity } from '#api/modules/contacts/contact.entity';
import { SurveyEntity } from './survey.entity';

/**
 * A contact's personal link to a survey. The token is stored only as its SHA-256. The snapshot
 * columns (municipality, organisation, its type, tags) group the results and survive the contact's erasure.
 */
@Entity({ name: 'survey_invitations' })
@Index(['surveyId', 'contactId'])
export class SurveyInvitationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'survey_id', type: 'integer' })
  surveyId!: number;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;

  @Column({ name: 'contact_id', type: 'integer', nullable: true })
  contactId!: number | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 5 })
  language!: PublicLanguage;

  @Column({ name: 'municipality_id', type: 'integer', nullable: true })
  municipalityId!: number | null;

  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId!: number | null;

  @Column({ name: 'organisation_type', type: 'varchar', length: 40, nullable: true })
  organisationType!: OrganisationType | null;

  @Column({ type: 'simple-json' })
  tags!: string[];

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(timestampColumn({ name: 'opened_at', nullable: true }))
  openedAt!: Date | null;

  @Column(timestampColumn({ name: 'last_reminded_at', nullable: true }))
  lastRemindedAt!: Date | null;

  @Column({ name: 'reminder_count', type: 'integer', default: 0 })
  reminderCount!: number;

  /** Set by the automatic reminder job: it reminds each invitation once. */
  @Column(timestampColumn({ name: 'auto_reminded_at', nullable: true }))
  autoRemindedAt!: Date | null;

  @Column(timestampColumn({ name: 'revoked_at', nullable: true }))
  revokedAt!: Date | null;

  /** The background run (operation) that created it, if one did. */
  @Index()
  @Column({ name: 'operation_id', type: 'varchar', length: 36, nullable: true })
  operationId!: string | null;
}
