import type { UserErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for every code of the staff accounts; a code added to USER_ERROR_CODES does not compile until it is mapped here. */
const USER_PROBLEMS = {
  user_email_taken: { status: 409, title: 'E-mail taken' },
  user_last_admin: { status: 409, title: 'Last active admin' },
} as const satisfies Record<UserErrorCode, ProblemSpec>;

/** A rule of the staff accounts refused the change. */
export class UserError extends DomainError {
  constructor(code: UserErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, USER_PROBLEMS[code]);
  }
}
