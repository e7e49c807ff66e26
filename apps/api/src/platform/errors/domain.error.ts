import type { ErrorCode, PlatformErrorCode } from '@wir/shared';
import { PLATFORM_PROBLEMS, type ProblemSpec } from './problem-mapping.util';

export type FieldError = { path: string; message: string };

/** Values the admin's catalog text for the code interpolates; ISO dates and cents, never formatted text. */
export type ErrorParams = Record<string, string | number>;

export type DomainErrorExtra = { errors?: FieldError[]; retryAfterSeconds?: number; params?: ErrorParams };

/**
 * An error a service raises on purpose. Platform codes map to HTTP here; a module raises its own codes through
 * its `<module>.errors.ts` (e.g. `GrantError`), which passes the module's mapping.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly title: string;
  readonly extra: DomainErrorExtra;

  constructor(code: PlatformErrorCode, message: string, extra?: DomainErrorExtra);
  constructor(code: ErrorCode, message: string, extra: DomainErrorExtra, problem: ProblemSpec);
  constructor(code: ErrorCode, message: string, extra: DomainErrorExtra = {}, problem?: ProblemSpec) {
    super(message);
    this.name = 'DomainError';
    const spec = problem ?? PLATFORM_PROBLEMS[code as PlatformErrorCode];
    if (!spec) throw new TypeError(`error code ${code} has no HTTP mapping`);
    this.code = code;
    this.status = spec.status;
    this.title = spec.title;
    this.extra = extra;
  }
}
