import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'municipalities' })
export class MunicipalityEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 120, unique: true })
  name!: string;

  /** Amtlicher Gemeindeschlüssel; null for the district-wide ("kreisweit") entry. */
  @Column({ name: 'official_key', type: 'varchar', length: 8, nullable: true, unique: true })
  officialKey!: string | null;

  @Column({ name: 'district_wide', type: 'boolean', default: false })
  districtWide!: boolean;
}
