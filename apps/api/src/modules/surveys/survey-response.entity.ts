import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationType, PublicLanguage, SurveyAnswers } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { SurveyAccessTokenEntity } from './survey-access-token.entity';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyVersionEntity } from './survey-version.entity';
import { SurveyEntity } from './survey.entity';

/**
 * The answers given through one invitation or one anonymous access token, on the version it was
 * started on. Snapshot columns are copied from the invitation (null for anonymous responses).
 */
@Entity({ name: 'survey_responses' })
@Index(['surveyId', 'submittedAt'])
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'survey_id', type: 'integer' })
  surveyId!: number;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;

  @Column({ name: 'version_id', type: 'integer' })
  versionId!: number;

  @ManyToOne(() => SurveyVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  version?: SurveyVersionEntity;

  @Column({ name: 'invitation_id', type: 'integer', nullable: true, unique: true })
  invitationId!: number | null;

  @ManyToOne(() => SurveyInvitationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invitation_id' })
  invitation?: SurveyInvitationEntity;

  @Column({ name: 'access_token_id', type: 'integer', nullable: true, unique: true })
  accessTokenId!: number | null;

  @ManyToOne(() => SurveyAccessTokenEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'access_token_id' })
  accessToken?: SurveyAccessTokenEntity;

  @Column({ type: 'simple-json' })
  answers!: SurveyAnswers;

  @Column({ type: 'varchar', length: 5 })
  language!: PublicLanguage;

  @Column({ name: 'municipality_id', type: 'integer', nullable: true })
  municipalityId!: number | null;

  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId!: number | null;

  @Column({ name: 'organisation_type', type: 'varchar', length: 40, nullable: true })
  organisationType!: OrganisationType | null;

  @Column({ type: 'simple-json', nullable: true })
  tags!: string[] | null;

  @Column(timestampColumn({ name: 'started_at' }))
  startedAt!: Date;

  @Column(timestampColumn({ name: 'updated_at' }))
  updatedAt!: Date;

  @Column(timestampColumn({ name: 'submitted_at', nullable: true }))
  submittedAt!: Date | null;
}
