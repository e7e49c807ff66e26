import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BudgetLineEntity } from '#api/modules/grants/budget-line.entity';
import { MeasureEntity } from './measure.entity';

/** Planned cents of a measure on a budget line of its grant. */
@Entity({ name: 'measure_budget_allocations' })
@Index(['measureId', 'budgetLineId'], { unique: true })
@Index(['budgetLineId'])
export class MeasureBudgetAllocationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'measure_id', type: 'integer' })
  measureId!: number;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Column({ name: 'budget_line_id', type: 'integer' })
  budgetLineId!: number;

  @ManyToOne(() => BudgetLineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_line_id' })
  budgetLine?: BudgetLineEntity;

  @Column({ name: 'planned_cents', type: 'integer' })
  plannedCents!: number;
}
