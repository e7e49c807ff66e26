import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { NarrativeReportBody, NarrativeReportStatus } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { GrantEntity } from '#api/modules/grants/grant.entity';
import { UserEntity } from '#api/modules/users/user.entity';

/** One version of a grant's Sachbericht (narrative report): a draft, or a frozen final. */
@Entity({ name: 'narrative_reports' })
@Index(['grantId', 'version'], { unique: true })
export class NarrativeReportEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'grant_id', type: 'integer' })
  grantId!: number;

  @ManyToOne(() => GrantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id' })
  grant?: GrantEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 10 })
  status!: NarrativeReportStatus;

  /** The day the figures in `body` are as of. */
  @Column({ name: 'data_as_of', type: 'date' })
  dataAsOf!: string;

  /** Texts and the figures they were written against (see narrativeReportBodySchema). */
  @Column({ type: 'simple-json' })
  body!: NarrativeReportBody;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(timestampColumn({ name: 'updated_at' }))
  updatedAt!: Date;

  @Column(timestampColumn({ name: 'finalised_at', nullable: true }))
  finalisedAt!: Date | null;

  @Column({ name: 'finalised_by_id', type: 'integer', nullable: true })
  finalisedById!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'finalised_by_id' })
  finalisedBy?: UserEntity;
}
