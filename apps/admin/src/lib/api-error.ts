import type { Problem } from '@wir/shared';

/** An error response of the API, carrying its problem+json body (RFC 9457). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from a `Retry-After` header (429, 503), when the API sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  get title(): string {
    return this.problem.title;
  }

  get detail(): string | undefined {
    return this.problem.detail;
  }

  get errors(): { path: string; message: string }[] {
    return this.problem.errors ?? [];
  }

  /** Field errors keyed by the first segment of their path ("roles.0" → "roles"). */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { path, message } of this.errors) {
      const field = path.split(/[.[]/)[0] ?? path;
      byField[field] ??= message;
    }
    return byField;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptional = (value: unknown, check: (v: unknown) => boolean) => value === undefined || check(value);
const isString = (value: unknown) => typeof value === 'string';

/**
 * The problem+json body (RFC 9457) of an error answer, or null when the body is none. The same rules as the
 * shared `problemSchema`, written out so that the browser needs no zod (api-error.spec.ts holds both side by side).
 */
export function problemOf(body: unknown): Problem | null {
  if (!isObject(body)) return null;
  const { type, title, status, detail, instance, code, errors, params } = body;
  const valid =
    isString(type) &&
    isString(title) &&
    Number.isInteger(status) &&
    isOptional(detail, isString) &&
    isOptional(instance, isString) &&
    isOptional(code, isString) &&
    isOptional(
      errors,
      (list) => Array.isArray(list) && list.every((e) => isObject(e) && isString(e['path']) && isString(e['message'])),
    ) &&
    isOptional(
      params,
      (record) =>
        isObject(record) &&
        Object.values(record).every((v) => isString(v) || (typeof v === 'number' && Number.isFinite(v))),
    );
  return valid ? (body as Problem) : null;
}
