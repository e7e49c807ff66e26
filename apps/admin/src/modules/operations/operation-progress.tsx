'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef } from 'react';
import { isOperationActive, type Operation } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { progressFigures } from './operation-display.util';
import { useOperation } from './operations-queries';
import { formatFileSize, useOperationTexts } from './use-operation-texts';

interface OperationProgressProps {
  /** The start's answer (202); the component polls it from there. */
  operation: Operation;
  /** Called once when the operation ends (succeeded or failed), e.g. to show the result in the start form's words. */
  onEnd?: (operation: Operation) => void;
}

/**
 * A started operation inline: a progress bar, a status line screen readers hear as it changes, then the
 * download, the summary or the error; while it runs, the note that the page may be left.
 */
export function OperationProgress({ operation: started, onEnd }: OperationProgressProps) {
  const t = useTranslations('operations');
  const texts = useOperationTexts();
  const { data } = useOperation(started.id, started);
  const operation = data ?? started;
  const active = isOperationActive(operation.status);
  const labelId = useId();

  const ended = useRef(!active);
  useEffect(() => {
    if (active || ended.current) return;
    ended.current = true;
    onEnd?.(operation);
  }, [active, onEnd, operation]);

  const summary = operation.status === 'succeeded' ? texts.summary(operation) : [];
  return (
    <div className="operation-progress">
      <p id={labelId} className="operation-progress__label">
        {t('progressLabel', { kind: texts.kind(operation) })}
        {operation.subject ? ` – ${operation.subject}` : ''}
      </p>
      <ProgressBar operation={operation} labelledBy={labelId} valueText={texts.progressLine(operation)} />
      <p role="status" aria-live="polite" className="operation-progress__status">
        {texts.progressLine(operation)}
      </p>
      {operation.status === 'failed' ? (
        <p role="alert" className="alert">
          {texts.error(operation)}
        </p>
      ) : null}
      {summary.length ? (
        <ul className="operation-progress__summary" aria-label={t('summaryLabel', { kind: texts.kind(operation) })}>
          {summary.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
      ) : null}
      {operation.status === 'succeeded' && operation.file ? <OperationDownload operation={operation} /> : null}
      {active ? (
        <p className="field__hint">
          {t.rich('leaveHint', {
            link: (chunks) => (
              <Link href="/vorgaenge" prefetch={false}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
    </div>
  );
}

/** The native bar: its role (progressbar) and values come with it; without a total it is indeterminate. */
export function ProgressBar({
  operation,
  labelledBy,
  valueText,
}: {
  operation: Operation;
  labelledBy: string;
  valueText: string;
}) {
  const figures = progressFigures(operation);
  return (
    <progress
      className="operation-progress__bar"
      aria-labelledby={labelledBy}
      aria-valuetext={valueText}
      max={figures.total === null ? undefined : Math.max(figures.total, 1)}
      value={figures.total === null ? undefined : figures.percent === 100 ? Math.max(figures.total, 1) : figures.done}
    />
  );
}

/** The result file as a plain link (the session cookie goes along), with its size. */
export function OperationDownload({ operation }: { operation: Operation }) {
  const t = useTranslations('operations');
  const texts = useOperationTexts();
  if (!operation.file) return null;
  return (
    <p>
      <a className="button" href={apiClient.operations.fileUrl(operation.id)} download={operation.file.name}>
        {texts.download(operation.file)}
      </a>{' '}
      <span className="field__hint">{t('downloadSize', { size: formatFileSize(operation.file.sizeBytes) })}</span>
    </p>
  );
}
