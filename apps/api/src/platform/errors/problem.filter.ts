import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { QueryFailedError } from 'typeorm';
import type { Problem } from '@wir/shared';
import { loggableError } from '#api/platform/logging/loggable-error.util';
import { DomainError, FieldError } from './domain.error';
import { problemType } from './problem-mapping.util';

type ZodIssueLike = { path: PropertyKey[]; message: string; code?: string; keys?: string[] };

/** Turns zod issues into `errors[]`, one entry per bad field (unknown keys each named). */
export function fieldErrorsFromIssues(issues: ZodIssueLike[]): FieldError[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((k) => ({ path: base ? `${base}.${k}` : k, message: 'unknown field' }));
    }
    return [{ path: base || '(body)', message: issue.message }];
  });
}

const HTTP_TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  503: 'Service unavailable',
};

const DB_UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|terminating connection|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|SQLITE_BUSY/i;

/** Maps every error to RFC 9457 problem+json; never leaks a stack trace. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const problem = toProblem(exception);
    if (problem.status >= 500) {
      // Without query parameters and row values: a failed INSERT's parameters are a person's data.
      this.logger.error({ error: loggableError(exception), reqId: (req as { id?: unknown }).id }, 'request failed');
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    const retryAfter = exception instanceof DomainError ? exception.extra.retryAfterSeconds : undefined;
    if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
    if (problem.status === 503 && retryAfter === undefined) res.setHeader('Retry-After', '2');
    res
      .status(problem.status)
      .type('application/problem+json')
      .send(JSON.stringify({ ...problem, instance: req.originalUrl?.split('?')[0] }));
  }
}

/** The problem+json for any error; 5xx only for what is not the client's fault. */
export function toProblem(exception: unknown): Problem {
  if (exception instanceof DomainError) {
    const { code, status, title, extra } = exception;
    return {
      type: problemType(code),
      title,
      status,
      detail: exception.message,
      code,
      ...(extra.errors ? { errors: extra.errors } : {}),
      ...(extra.params ? { params: extra.params } : {}),
    };
  }
  if (exception instanceof ZodValidationException) {
    const zodError = exception.getZodError() as { issues?: ZodIssueLike[] };
    const errors = fieldErrorsFromIssues(zodError.issues ?? []);
    return {
      type: problemType('validation_failed'),
      title: 'Validation failed',
      status: 400,
      detail: `Invalid request: ${errors.map((e) => e.path).join(', ')}`,
      code: 'validation_failed',
      errors,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = status === 404 ? 'not_found' : `http_${status}`;
    return {
      type: problemType(code),
      title: HTTP_TITLES[status] ?? (status >= 500 ? 'Internal server error' : 'Request error'),
      status,
      detail: status >= 500 ? 'The server could not complete the request.' : exception.message,
      code,
    };
  }
  // body-parser and other Express middleware errors carry a 4xx status of their own.
  const httpish = exception as { status?: number; statusCode?: number; type?: string; message?: string };
  const status = httpish?.status ?? httpish?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const detail =
      httpish.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : (httpish.message ?? 'Bad request');
    return {
      type: problemType(`http_${status}`),
      title: HTTP_TITLES[status] ?? 'Bad request',
      status,
      detail,
      code: `http_${status}`,
    };
  }
  if (exception instanceof QueryFailedError) {
    const driverError = (exception as QueryFailedError & { driverError?: { code?: string } }).driverError;
    const dbCode = driverError?.code ?? '';
    if (dbCode === '23505' || dbCode === 'SQLITE_CONSTRAINT_UNIQUE' || dbCode === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return {
        type: problemType('conflict'),
        title: 'Conflict',
        status: 409,
        detail: 'An entry with these values exists already.',
        code: 'conflict',
      };
    }
    if (dbCode === '23503' || dbCode === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return {
        type: problemType('conflict'),
        title: 'Conflict',
        status: 409,
        detail: 'A referenced entry does not exist or is still in use.',
        code: 'conflict',
      };
    }
    if (dbCode === '55P03' || dbCode === '57014') {
      return {
        type: problemType('unavailable'),
        title: 'Service unavailable',
        status: 503,
        detail: 'The database is busy; please retry.',
        code: 'unavailable',
      };
    }
  }
  const message = exception instanceof Error ? exception.message : String(exception);
  if (DB_UNAVAILABLE.test(message)) {
    return {
      type: problemType('unavailable'),
      title: 'Service unavailable',
      status: 503,
      detail: 'The database is not reachable; please retry.',
      code: 'unavailable',
    };
  }
  return {
    type: problemType('internal'),
    title: 'Internal server error',
    status: 500,
    detail: 'The server could not complete the request.',
    code: 'internal',
  };
}
