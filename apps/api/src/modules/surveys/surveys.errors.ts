import type { SurveyErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for every code of the surveys module; a code added to SURVEY_ERROR_CODES does not compile until it is mapped here. */
const SURVEY_PROBLEMS = {
  survey_status_invalid: { status: 409, title: 'Not possible in the survey status' },
  survey_mode_locked: { status: 409, title: 'Mode fixed once the survey was opened' },
  survey_wrong_mode: { status: 409, title: 'Not possible in this survey mode' },
  survey_not_open: { status: 409, title: 'Survey not open yet' },
  survey_closed: { status: 409, title: 'Survey closed' },
  survey_link_revoked: { status: 403, title: 'Link revoked' },
  survey_submitted_already: { status: 409, title: 'Answers submitted already' },
  survey_not_submitted: { status: 409, title: 'Answers not submitted yet' },
  survey_invitation_no_email: { status: 409, title: 'Contact without an e-mail address' },
} as const satisfies Record<SurveyErrorCode, ProblemSpec>;

/** A rule of surveys, invitations or answering refused the request. */
export class SurveyError extends DomainError {
  constructor(code: SurveyErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, SURVEY_PROBLEMS[code]);
  }
}
