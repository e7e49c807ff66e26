import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationType } from '@wir/shared';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';

@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: OrganisationType;

  @Index()
  @Column({ name: 'municipality_id', type: 'integer', nullable: true })
  municipalityId!: number | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;
}
