import type { IndicatorValue } from '@wir/shared';

/** A column of the grid: the district (null) or one municipality. */
export type GridColumn = { municipalityId: number | null; label: string };

/** A pending correction: the cell's current entry is superseded by a new value once a reason is given. */
export type GridCorrection = {
  key: string;
  period: string;
  municipalityId: number | null;
  cellLabel: string;
  current: IndicatorValue;
  value: number;
  sampleSize: number | null;
};

/** A cell: one period and one municipality (null: the district as a whole). */
export const gridKeyOf = (period: string, municipalityId: number | null) => `${period}|${municipalityId ?? ''}`;
