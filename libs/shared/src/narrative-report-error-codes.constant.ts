/** What the Sachbericht (narrative report) refuses, by code. */
export const NARRATIVE_REPORT_ERROR_CODES = [
  'narrative_report_no_draft',
  'narrative_report_version_taken',
  'narrative_report_reasons_missing',
] as const;
export type NarrativeReportErrorCode = (typeof NARRATIVE_REPORT_ERROR_CODES)[number];
