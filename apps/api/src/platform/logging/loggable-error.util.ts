import { QueryFailedError } from 'typeorm';

const MAX_QUERY = 500;
// Values a driver quotes into its message ('invalid input syntax for type integer: "Ayşe"'); names of
// tables and constraints come separately.
const QUOTED = /"[^"]*"|'[^']*'/g;
const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+\.[A-Za-z]{2,}/g;

/**
 * What a log line may say about an error: its type, a message without quoted values or e-mail
 * addresses, the stack frames, and for a database error the SQL text and the driver's code, table
 * and constraint — never the query's parameters or the driver's detail ("Failing row contains …"),
 * which hold names, e-mail addresses and accessibility needs.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const summary: Record<string, unknown> = {
    type: error.constructor?.name ?? error.name,
    message: error.message.replace(QUOTED, '"…"').replace(EMAIL, '…@…'),
  };
  if (error instanceof QueryFailedError) {
    const driver = ((error as QueryFailedError & { driverError?: Record<string, unknown> }).driverError ??
      {}) as Record<string, unknown>;
    for (const field of ['code', 'table', 'constraint', 'column', 'routine'] as const) {
      if (typeof driver[field] === 'string') summary[field] = driver[field];
    }
    summary.query = error.query.slice(0, MAX_QUERY);
  } else if (typeof (error as { code?: unknown }).code === 'string') {
    summary.code = (error as unknown as { code: string }).code;
  }
  summary.stack = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
  return summary;
}
