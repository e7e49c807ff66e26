import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText, OfferReviewStatus, OfferStatus, OfferTargetGroup } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { ActionFieldEntity } from '#api/modules/action-fields/action-field.entity';
import { MeasureEntity } from '#api/modules/measures/measure.entity';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';

/** An integration offer of the inventory; published ones appear in the public directory. */
@Entity({ name: 'offers' })
@Index(['reviewStatus'])
export class OfferEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'simple-json' })
  title!: LocalizedText;

  @Column({ type: 'simple-json' })
  description!: Partial<LocalizedText>;

  @Column({ name: 'target_groups', type: 'simple-json' })
  targetGroups!: OfferTargetGroup[];

  @Index()
  @Column({ name: 'municipality_id', type: 'integer', nullable: true })
  municipalityId!: number | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ name: 'action_field_id', type: 'integer', nullable: true })
  actionFieldId!: number | null;

  @ManyToOne(() => ActionFieldEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'action_field_id' })
  actionField?: ActionFieldEntity;

  @Column({ type: 'simple-json' })
  languages!: string[];

  @Column({ name: 'contact_name', type: 'varchar', length: 200, default: '' })
  contactName!: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, default: '' })
  contactEmail!: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 50, default: '' })
  contactPhone!: string;

  /** The contact agreed to be shown in the public directory. */
  @Column({ name: 'contact_public', type: 'boolean', default: false })
  contactPublic!: boolean;

  @Column({ type: 'varchar', length: 10 })
  status!: OfferStatus;

  @Column({ name: 'review_status', type: 'varchar', length: 10 })
  reviewStatus!: OfferReviewStatus;

  @Column({ name: 'merged_into_id', type: 'integer', nullable: true })
  mergedIntoId!: number | null;

  @ManyToOne(() => OfferEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: OfferEntity;

  /** survey_responses.id; no foreign key (answers live in the surveys module). */
  @Index()
  @Column({ name: 'source_response_id', type: 'integer', nullable: true })
  sourceResponseId!: number | null;

  @Column({ name: 'source_question_key', type: 'varchar', length: 80, nullable: true })
  sourceQuestionKey!: string | null;

  @Column({ name: 'source_row_index', type: 'integer', nullable: true })
  sourceRowIndex!: number | null;

  @Column({ name: 'measure_id', type: 'integer', nullable: true })
  measureId!: number | null;

  @ManyToOne(() => MeasureEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  /** Lower-case titles and descriptions in every language and the contact's name, for the search (kept by the service). */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText!: string;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(timestampColumn({ name: 'updated_at' }))
  updatedAt!: Date;
}
