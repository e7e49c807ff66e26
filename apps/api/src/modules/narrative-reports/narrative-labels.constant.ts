import type { IndicatorStatus, IndicatorUnit, MeasureStatus, NarrativeMeasureSection } from '@wir/shared';

/** German headings of a measure's sections in the Sachbericht. */
export const SECTION_LABELS: Record<NarrativeMeasureSection, string> = {
  done: 'Durchgeführte Aktivitäten',
  results: 'Ergebnisse im Vergleich zu den Zielen',
  deviations: 'Abweichungen und ihre Gründe',
  spending: 'Notwendigkeit und Angemessenheit der Ausgaben',
  outlook: 'Ausblick und Nachhaltigkeit',
};

export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = {
  achieved: 'erreicht',
  on_track: 'im Plan',
  behind: 'im Rückstand',
  no_target: 'ohne Zielwert',
};

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  planned: 'geplant',
  running: 'laufend',
  completed: 'abgeschlossen',
  discontinued: 'abgebrochen',
};

export const UNIT_SUFFIX: Record<IndicatorUnit, string> = {
  count: '',
  percent: ' %',
  cents: '',
  hours: ' Std.',
  score: '',
  yes_no: '',
};
