import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What the grants module needs of the measures (an expense may name the measure it was spent on, which
 * must be one of the same grant) without importing the measures module, which imports grants. The
 * measures module connects itself at start.
 */
export interface ReceiptMeasures {
  /** The grant of a measure (null: it has none); undefined when there is no such measure. */
  grantOf(m: EntityManager, measureId: number): Promise<number | null | undefined>;
}

/** The grants module's handle on the measures; the measures module plugs in with `connect`. */
@Injectable()
export class ReceiptMeasuresPort implements ReceiptMeasures {
  private measures: ReceiptMeasures | null = null;

  connect(measures: ReceiptMeasures): void {
    if (this.measures) throw new Error('a measures module is connected to the grants module already');
    this.measures = measures;
  }

  grantOf(m: EntityManager, measureId: number): Promise<number | null | undefined> {
    if (!this.measures) throw new Error('no measures module is connected to the grants module');
    return this.measures.grantOf(m, measureId);
  }
}
