import type { MeasureErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for every code of the measures module; a code added to MEASURE_ERROR_CODES does not compile until it is mapped here. */
const MEASURE_PROBLEMS = {
  measure_code_taken: { status: 409, title: 'Measure code taken' },
  measure_has_receipts_of_grant: { status: 409, title: 'Receipts of the grant booked on the measure' },
  measure_period_strands_figures: { status: 409, title: 'Figures outside the new period' },
  indicator_figures_frozen: { status: 409, title: 'Figures reported in a proof of use' },
  indicator_unit_locked: { status: 409, title: 'Unit and split fixed by existing figures' },
  indicator_values_computed: { status: 409, title: 'Values are computed' },
  indicator_value_exists: { status: 409, title: 'Value exists for the period' },
  indicator_value_corrected_already: { status: 409, title: 'Value corrected already' },
} as const satisfies Record<MeasureErrorCode, ProblemSpec>;

/** A rule of measures, indicators, targets or values refused the change. */
export class MeasureError extends DomainError {
  constructor(code: MeasureErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, MEASURE_PROBLEMS[code]);
  }
}
