import type { ContactErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for every code of the contacts module. */
const CONTACT_PROBLEMS = {
  contact_email_taken: { status: 409, title: 'E-mail belongs to another contact' },
} as const satisfies Record<ContactErrorCode, ProblemSpec>;

/** A rule of the contacts refused the change. */
export class ContactError extends DomainError {
  constructor(code: ContactErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, CONTACT_PROBLEMS[code]);
  }
}
