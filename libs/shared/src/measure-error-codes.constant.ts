/** What the measures module (measures, indicators, targets, values) refuses, by code. */
export const MEASURE_ERROR_CODES = [
  'measure_code_taken',
  'measure_has_receipts_of_grant',
  'measure_period_strands_figures',
  'indicator_figures_frozen',
  'indicator_unit_locked',
  'indicator_values_computed',
  'indicator_value_exists',
  'indicator_value_corrected_already',
] as const;
export type MeasureErrorCode = (typeof MEASURE_ERROR_CODES)[number];
