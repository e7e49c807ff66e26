import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '#api/platform/database/column-types';
import { SurveyEntity } from './survey.entity';

/**
 * An anonymous response link (one-link start, per-registration feedback). Deliberately without
 * any registration or person column: nothing ties the response to someone.
 */
@Entity({ name: 'survey_access_tokens' })
export class SurveyAccessTokenEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'survey_id', type: 'integer' })
  surveyId!: number;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;
}
