import type { SurveyResultErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for every code of the survey results; a code added to SURVEY_RESULT_ERROR_CODES does not compile until it is mapped here. */
const SURVEY_RESULT_PROBLEMS = {
  survey_results_too_many: { status: 409, title: 'Too many answers in this group' },
  survey_results_group_too_small: { status: 409, title: 'Group too small in an anonymous survey' },
} as const satisfies Record<SurveyResultErrorCode, ProblemSpec>;

/** The survey results refused to count or show the answers asked for. */
export class SurveyResultError extends DomainError {
  constructor(code: SurveyResultErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, SURVEY_RESULT_PROBLEMS[code]);
  }
}
