import type { NarrativeReportErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for every code of the Sachbericht; a code added to NARRATIVE_REPORT_ERROR_CODES does not compile until it is mapped here. */
const NARRATIVE_REPORT_PROBLEMS = {
  narrative_report_no_draft: { status: 409, title: 'No draft' },
  narrative_report_version_taken: { status: 409, title: 'Version started by someone else' },
  narrative_report_reasons_missing: { status: 409, title: 'Reasons missing' },
} as const satisfies Record<NarrativeReportErrorCode, ProblemSpec>;

/** A rule of the Sachbericht refused the change. */
export class NarrativeReportError extends DomainError {
  constructor(code: NarrativeReportErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, NARRATIVE_REPORT_PROBLEMS[code]);
  }
}
