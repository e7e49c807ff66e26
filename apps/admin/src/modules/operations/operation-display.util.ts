import {
  OPERATION_POLL_MS,
  formatGermanNumber,
  isOperationActive,
  type Operation,
  type OperationStatus,
} from '@wir/shared';
import { errorTextValues, type ErrorTranslators } from '@/modules/ui/describe-error.util';

/** Mails of a finished invitation run still on their way: asked for less often, they go out at the outbox's pace. */
export const MAIL_DELIVERY_POLL_MS = 5 * OPERATION_POLL_MS;

type Polled = Pick<Operation, 'status' | 'summary'>;

/**
 * How long react-query waits before asking for an operation again: the poll interval while it moves; after it,
 * only while mails it queued are still pending (their delivery counts are live); else never.
 */
export function operationPollInterval(operation: Polled | undefined): number | false {
  if (!operation) return false;
  if (isOperationActive(operation.status)) return OPERATION_POLL_MS;
  return operation.status === 'succeeded' && (operation.summary.mailsPending ?? 0) > 0 ? MAIL_DELIVERY_POLL_MS : false;
}

/** Where a start point starts its operations: their kind and the page the API names as their subject. */
export type StartPoint = Pick<Operation, 'kind'> & { subjectPath: string };

/**
 * The operation a start point shows again when its page is opened while one it started is still active (the
 * newest such; the API lists newest first), so leaving the page does not lose its progress.
 */
export function resumedOperation(active: readonly Operation[], at: StartPoint): Operation | undefined {
  return active.find((o) => o.kind === at.kind && o.subjectPath === at.subjectPath && isOperationActive(o.status));
}

/** A list polls at the pace of its most urgent operation. */
export function operationsPollInterval(items: readonly Polled[] | undefined): number | false {
  const intervals = (items ?? []).map(operationPollInterval).filter((ms): ms is number => ms !== false);
  return intervals.length ? Math.min(...intervals) : false;
}

export interface ProgressFigures {
  done: number;
  /** Null while the total is not known yet (the bar is then indeterminate). */
  total: number | null;
  /** 0–100, whole; null while the total is not known. */
  percent: number | null;
}

/** The figures of the progress bar: a finished operation is full, whatever it counted. */
export function progressFigures({ status, progress }: Pick<Operation, 'status' | 'progress'>): ProgressFigures {
  const { done, total } = progress;
  if (status === 'succeeded') {
    const whole = total ?? done;
    return { done: whole, total: whole, percent: 100 };
  }
  if (total === null) return { done, total: null, percent: null };
  if (total === 0) return { done: 0, total: 0, percent: 0 };
  const percent = Math.min(100, Math.max(0, Math.floor((done / total) * 100)));
  return { done: Math.min(done, total), total, percent };
}

/** The values of the status line "312 von 1.000 Zeilen": counts in German format, `count` (the total) for the plural. */
export function progressTextValues(figures: ProgressFigures): { done: string; total: string; count: number } | null {
  if (figures.total === null) return null;
  return { done: formatGermanNumber(figures.done), total: formatGermanNumber(figures.total), count: figures.total };
}

/** The badge of a status (the same colours as the other lists' badges). */
export function statusBadgeClass(status: OperationStatus): string {
  switch (status) {
    case 'queued':
      return 'badge badge--muted';
    case 'running':
      return 'badge badge--warning';
    case 'succeeded':
      return 'badge badge--success';
    case 'failed':
      return 'badge badge--danger';
  }
}

/** The counts of a summary in a stable order: the known keys first (in the given order), then the rest by name. */
export function summaryEntries(summary: Operation['summary'], knownOrder: readonly string[]): [string, number][] {
  const rank = (key: string) => {
    const index = knownOrder.indexOf(key);
    return index === -1 ? knownOrder.length : index;
  };
  return Object.entries(summary).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Why an operation failed, in the user's language: the catalog text of its code, or of the module's code it
 * names (`operation_failed` with `params.code`, e.g. an import row's error); ISO days and cents formatted.
 */
export function describeOperationError(errors: ErrorTranslators['errors'], error: NonNullable<Operation['error']>) {
  const { code: inner, ...rest } = error.params ?? {};
  if (error.code === 'operation_failed' && typeof inner === 'string' && errors.has(inner))
    return errors(inner, errorTextValues(rest));
  if (errors.has(error.code)) return errors(error.code, errorTextValues(error.params));
  return errors('unknown', { status: 500 });
}

/** A path of this site ("/netzwerk"), never another origin ("//host", "/\\host", "https://…"): the only links a list follows. */
export function isSitePath(path: string | null): path is string {
  return path !== null && /^\/(?![/\\])/.test(path);
}
