import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GrantEntity } from './grant.entity';

/** A drawdown (Mittelabruf): requested from the funder, later received. */
@Entity({ name: 'drawdowns' })
@Index(['grantId'])
export class DrawdownEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'grant_id', type: 'integer' })
  grantId!: number;

  @ManyToOne(() => GrantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant?: GrantEntity;

  @Column({ name: 'requested_cents', type: 'integer' })
  requestedCents!: number;

  @Column({ name: 'requested_on', type: 'date' })
  requestedOn!: string;

  @Column({ name: 'received_cents', type: 'integer', nullable: true })
  receivedCents!: number | null;

  @Column({ name: 'received_on', type: 'date', nullable: true })
  receivedOn!: string | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  note!: string;
}
