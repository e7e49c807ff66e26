import type { OperationErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for the operation codes; `operation_interrupted` and `operation_failed` are only stored on a failed operation. */
const OPERATION_PROBLEMS = {
  operation_not_found: { status: 404, title: 'Operation not found' },
  operation_interrupted: { status: 409, title: 'Operation interrupted' },
  operation_failed: { status: 422, title: 'Operation failed' },
  operation_file_gone: { status: 404, title: 'Operation file gone' },
  operation_limit_reached: { status: 429, title: 'Too many active operations' },
} as const satisfies Record<OperationErrorCode, ProblemSpec>;

export class OperationError extends DomainError {
  constructor(code: OperationErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, OPERATION_PROBLEMS[code]);
  }
}
