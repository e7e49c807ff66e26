'use client';

import { useTranslations } from 'next-intl';
import { formatGermanDate, formatGermanDateTime, formatGermanNumber, type Operation } from '@wir/shared';
import type { ErrorTranslators } from '@/modules/ui/describe-error.util';
import { describeOperationError, progressFigures, progressTextValues, summaryEntries } from './operation-display.util';

/** The summary keys the catalog names, in the order they are shown. */
const SUMMARY_ORDER = [
  'rows',
  'created',
  'updated',
  'invited',
  'alreadyInvited',
  'noEmail',
  'mailsSent',
  'mailsPending',
  'mailsFailed',
  'tables',
  'files',
];

/** "1,2 MB", "830 kB". */
export function formatFileSize(bytes: number): string {
  const [value, unit] = bytes >= 1_048_576 ? [bytes / 1_048_576, 'MB'] : [bytes / 1024, 'kB'];
  return `${formatGermanNumber(value, { fractionDigits: value < 10 ? 1 : 0 })} ${unit}`;
}

export const formatWhen = (iso: string | null) => (iso ? formatGermanDateTime(new Date(iso)) : '–');

/** An operation's texts in the user's language: kind, status, the progress line, the summary and the error. */
export function useOperationTexts() {
  const t = useTranslations('operations');
  const errors = useTranslations('errors') as unknown as ErrorTranslators['errors'];

  const counts = (operation: Operation) => {
    const values = progressTextValues(progressFigures(operation));
    return values ? t(`counts.${operation.kind}`, values) : null;
  };

  return {
    kind: (operation: Pick<Operation, 'kind'>) => t(`kinds.${operation.kind}`),
    status: (operation: Pick<Operation, 'status'>) => t(`statuses.${operation.status}`),
    /** "312 von 1.000 Zeilen", or what it waits for; "Fertig: …" or "Fehlgeschlagen." at the end. */
    progressLine: (operation: Operation) => {
      switch (operation.status) {
        case 'queued':
          return t('queuedLine');
        case 'running':
          return counts(operation) ?? t('preparing');
        case 'succeeded':
          return t('succeededLine', { counts: counts(operation) ?? formatGermanNumber(operation.progress.done) });
        case 'failed':
          return t('failedLine');
      }
    },
    /** "neu angelegt: 2" per count of the summary. */
    summary: (operation: Operation) =>
      summaryEntries(operation.summary, SUMMARY_ORDER).map(([key, value]) => ({
        key,
        text: t('summaryItem', {
          label: t.has(`summary.${key}` as 'summary.created') ? t(`summary.${key}` as 'summary.created') : key,
          value: formatGermanNumber(value),
        }),
      })),
    error: (operation: Operation) => (operation.error ? describeOperationError(errors, operation.error) : null),
    expires: (operation: Operation) =>
      operation.expiresAt ? t('expires', { date: formatGermanDate(new Date(operation.expiresAt)) }) : null,
    download: (file: NonNullable<Operation['file']>) => t('download', { name: file.name }),
  };
}
