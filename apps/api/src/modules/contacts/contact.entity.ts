import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ContactLegalBasis, PublicLanguage } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { OrganisationEntity } from '#api/modules/organisations/organisation.entity';

/** A person of the network (personal data: legal basis, review after inactivity, export and erasure). */
@Entity({ name: 'contacts' })
export class ContactEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Lower case; unique when given (the import matches on it). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 50, default: '' })
  phone!: string;

  @Column({ name: 'function_title', type: 'varchar', length: 200, default: '' })
  functionTitle!: string;

  @Index()
  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId!: number | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Index()
  @Column({ name: 'municipality_id', type: 'integer', nullable: true })
  municipalityId!: number | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  /** Spoken languages (codes). */
  @Column({ type: 'simple-json' })
  languages!: string[];

  /** Mails to the contact go out in this language. */
  @Column({ name: 'preferred_language', type: 'varchar', length: 2, default: 'de' })
  preferredLanguage!: PublicLanguage;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ name: 'legal_basis', type: 'varchar', length: 20 })
  legalBasis!: ContactLegalBasis;

  @Column({ name: 'consent_given_on', type: 'date', nullable: true })
  consentGivenOn!: string | null;

  /** Also in contact_tags (lower case) for filtering. */
  @Column({ type: 'simple-json' })
  tags!: string[];

  @Index()
  @Column(timestampColumn({ name: 'last_activity_at' }))
  lastActivityAt!: Date;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(timestampColumn({ name: 'updated_at' }))
  updatedAt!: Date;
}
