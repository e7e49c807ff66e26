import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintCents } from './cents.transformer';

/** A state funding programme such as WIR, with its statewide volume for one year. */
@Entity({ name: 'funding_programmes' })
export class FundingProgrammeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  funder!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'volume_cents', type: 'bigint', transformer: bigintCents })
  volumeCents!: number;
}
