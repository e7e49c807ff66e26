import type { ExportErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for every code of the participant exports; a code added to EXPORT_ERROR_CODES does not compile until it is mapped here. */
const EXPORT_PROBLEMS = {
  export_no_confirmed_registrations: { status: 409, title: 'No confirmed registrations' },
  export_not_checked_in: { status: 409, title: 'Not checked in' },
  export_nobody_checked_in: { status: 409, title: 'Nobody checked in' },
} as const satisfies Record<ExportErrorCode, ProblemSpec>;

/** An export has nothing to print. */
export class ExportError extends DomainError {
  constructor(code: ExportErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, EXPORT_PROBLEMS[code]);
  }
}
