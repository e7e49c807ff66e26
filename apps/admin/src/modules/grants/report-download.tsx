'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { apiClient, type GrantReport } from '@/lib/api-client';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { useHydrated } from '@/modules/ui/use-hydrated';
import {
  fileNameOf,
  readWithProgress,
  saveBlob,
  type DownloadProgress,
} from '@/modules/ui/download-with-progress.util';
import { useFormatBytes } from './use-format-bytes';

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; progress: DownloadProgress }
  | { kind: 'done'; fileName: string; size: number }
  | { kind: 'error'; message: string };

interface ReportDownloadProps {
  grantId: number;
  report: GrantReport;
  label: string;
  hint: string;
  fallbackName: string;
  /** Figures up to this day (ISO), for an interim report; `blocked` while the day typed is not a date. */
  asOf?: string;
  blocked?: boolean;
}

/**
 * One report as a button: the file is fetched as a stream with its progress shown (per cent when
 * the size is known, bytes otherwise), then saved under the name the API gives it. Failures say so.
 */
export function ReportDownload({
  grantId,
  report,
  label,
  hint,
  fallbackName,
  asOf,
  blocked = false,
}: ReportDownloadProps) {
  const t = useTranslations('grantReports');
  const tc = useTranslations('common');
  const describeError = useDescribeError();
  const formatBytes = useFormatBytes();
  const id = useId();
  // Disabled in the server's HTML until React has hydrated: an early click would do nothing.
  const hydrated = useHydrated();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  async function download() {
    if (blocked) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ kind: 'loading', progress: { received: 0, total: null } });
    try {
      const response = await apiClient.grants.report(grantId, report, controller.signal, asOf);
      const blob = await readWithProgress(response, (progress) => setState({ kind: 'loading', progress }));
      const fileName = fileNameOf(response, fallbackName);
      saveBlob(blob, fileName);
      setState({ kind: 'done', fileName, size: blob.size });
    } catch (error) {
      if (controller.signal.aborted) setState({ kind: 'error', message: t('cancelled') });
      else setState({ kind: 'error', message: t('failed', { report: label, reason: describeError(error) }) });
    } finally {
      abortRef.current = null;
    }
  }

  const progress = state.kind === 'loading' ? state.progress : null;
  const percent = progress?.total ? Math.min(100, Math.round((progress.received / progress.total) * 100)) : null;

  return (
    <li className="downloads__item">
      <button
        type="button"
        className="button button--ghost downloads__link"
        disabled={!hydrated || state.kind === 'loading'}
        aria-disabled={blocked || undefined}
        aria-describedby={`${id}-hint`}
        onClick={download}
      >
        {label}
      </button>
      <span id={`${id}-hint`} className="field__hint">
        {hint}
      </span>
      {progress ? (
        <div className="download-progress">
          <progress
            id={`${id}-progress`}
            aria-label={t('progressLabel', { report: label })}
            max={progress.total ?? undefined}
            value={progress.total ? progress.received : undefined}
          />
          <span className="field__hint">
            {percent !== null
              ? t('progressPercent', {
                  percent,
                  received: formatBytes(progress.received),
                  total: formatBytes(progress.total!),
                })
              : t('progressBytes', { received: formatBytes(progress.received) })}
          </span>
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={`${tc('cancel')}: ${label}`}
            onClick={() => abortRef.current?.abort()}
          >
            {tc('cancel')}
          </button>
        </div>
      ) : null}
      <p role="status" className={state.kind === 'done' ? 'status' : 'visually-hidden'}>
        {state.kind === 'loading'
          ? t('started', { report: label })
          : state.kind === 'done'
            ? t('done', { name: state.fileName, size: formatBytes(state.size) })
            : ''}
      </p>
      <div role="alert">{state.kind === 'error' ? <p className="alert">{state.message}</p> : null}</div>
    </li>
  );
}
