import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MeasureStatus, ReportingInterval, TargetGroup } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { GrantEntity } from '#api/modules/grants/grant.entity';
import { OrganisationEntity } from '#api/modules/organisations/organisation.entity';

/** A measure (Maßnahme): goal, period, who is responsible, its grant; links and indicators in their own tables. */
@Entity({ name: 'measures' })
@Index(['grantId'])
export class MeasureEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The Wirkungsziel. */
  @Column({ type: 'text', default: '' })
  goal!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: MeasureStatus;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'reporting_interval', type: 'varchar', length: 10 })
  reportingInterval!: ReportingInterval;

  @Column({ name: 'responsible_organisation_id', type: 'integer', nullable: true })
  responsibleOrganisationId!: number | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsible_organisation_id' })
  responsibleOrganisation?: OrganisationEntity;

  @Column({ name: 'target_groups', type: 'simple-json' })
  targetGroups!: TargetGroup[];

  @Column({ name: 'target_groups_other', type: 'varchar', length: 500, default: '' })
  targetGroupsOther!: string;

  @Column({ name: 'grant_id', type: 'integer', nullable: true })
  grantId!: number | null;

  @ManyToOne(() => GrantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id' })
  grant?: GrantEntity;

  @Column({ name: 'good_practice', type: 'boolean', default: false })
  goodPractice!: boolean;

  @Column({ type: 'boolean', default: false })
  sustained!: boolean;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(timestampColumn({ name: 'updated_at' }))
  updatedAt!: Date;
}
