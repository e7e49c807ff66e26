import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GrantEntity } from './grant.entity';

/** A budget line (Einzelansatz) of a grant's finance plan. */
@Entity({ name: 'budget_lines' })
@Index(['grantId', 'code'], { unique: true })
export class BudgetLineEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'grant_id', type: 'integer' })
  grantId!: number;

  @ManyToOne(() => GrantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant?: GrantEntity;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'planned_cents', type: 'integer' })
  plannedCents!: number;

  /** Order in the finance plan and in the reports. */
  @Column({ type: 'integer' })
  position!: number;

  /** The funder's prior consent to exceed the line beyond 20 % (ANBest-P Nr. 1.2): when, its reference, up to what amount. */
  @Column({ name: 'consented_on', type: 'date', nullable: true })
  consentedOn!: string | null;

  @Column({ name: 'consent_reference', type: 'varchar', length: 120, default: '' })
  consentReference!: string;

  @Column({ name: 'consented_up_to_cents', type: 'integer', nullable: true })
  consentedUpToCents!: number | null;
}
