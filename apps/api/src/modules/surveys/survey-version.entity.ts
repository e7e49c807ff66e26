import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SurveyDefinition } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { SurveyEntity } from './survey.entity';

/** The questions of a survey as they were at one time; responses keep the version they were started on. */
@Entity({ name: 'survey_versions' })
@Index(['surveyId', 'number'], { unique: true })
export class SurveyVersionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'survey_id', type: 'integer' })
  surveyId!: number;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'simple-json' })
  definition!: SurveyDefinition;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;
}
