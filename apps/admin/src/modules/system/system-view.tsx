'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import type { BackupRun } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';
import { OperationStart, useStartedOperation } from '@/modules/operations/operation-start';
import { useStartDataExport } from '@/modules/operations/operations-queries';
import { PageState } from '@/modules/ui/page-state';
import { useDescribeError } from '@/modules/ui/use-describe-error';

/** Sizes as German readers expect them: 1,2 MB. */
function useFormatBytes() {
  const format = useFormatter();
  return (bytes: number | null) => {
    if (bytes === null) return '–';
    const [value, unit] = bytes >= 1_048_576 ? [bytes / 1_048_576, 'MB'] : [bytes / 1024, 'kB'];
    return `${format.number(value, { maximumFractionDigits: 1 })} ${unit}`;
  };
}

/** The admin's system page: version and schema, the backups (last one, schedule, "back up now") and the district's data export. */
export function SystemView() {
  const t = useTranslations('system');
  const format = useFormatter();
  const formatBytes = useFormatBytes();
  const describeError = useDescribeError();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const isAdmin = hasAnyRole(me.data, ['admin']);
  const status = useQuery({ queryKey: queryKeys.system.status(), queryFn: apiClient.system.status, enabled: isAdmin });
  const backupNow = useMutation({
    mutationFn: apiClient.system.backupNow,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.system.all }),
  });

  if (me.data && !isAdmin) return <PageState title={t('title')} notice={t('adminOnly')} />;
  if (!status.data) return <PageState title={t('title')} query={status} />;
  const { backup } = status.data;
  const at = (run: BackupRun) =>
    format.dateTime(new Date(run.at), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });

  return (
    <>
      <h1>{t('title')}</h1>
      <section className="panel" aria-labelledby="system-version">
        <h2 id="system-version">{t('versionHeading')}</h2>
        <dl className="facts">
          <dt>{t('version')}</dt>
          <dd>{status.data.version}</dd>
          <dt>{t('database')}</dt>
          <dd>{status.data.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}</dd>
          <dt>{t('lastMigration')}</dt>
          <dd>
            <code>{status.data.lastMigration ?? '–'}</code>
          </dd>
        </dl>
      </section>

      <section className="panel" aria-labelledby="system-backups">
        <h2 id="system-backups">{t('backupsHeading')}</h2>
        {backup.overdue ? (
          <p className="notice notice--warning" role="status">
            {backup.lastSucceeded ? t('overdue', { at: at(backup.lastSucceeded) }) : t('none')}
          </p>
        ) : null}
        <dl className="facts">
          <dt>{t('lastBackup')}</dt>
          <dd>
            {backup.lastSucceeded
              ? t('lastBackupValue', {
                  at: at(backup.lastSucceeded),
                  size: formatBytes(backup.lastSucceeded.sizeBytes),
                })
              : t('never')}
          </dd>
          <dt>{t('schedule')}</dt>
          <dd>
            {backup.intervalHours === 0
              ? t('scheduleOff')
              : t('scheduleEvery', { hours: backup.intervalHours, keep: backup.keep })}
          </dd>
          <dt>{t('directory')}</dt>
          <dd>
            <code>{backup.directory}</code>
          </dd>
        </dl>
        <p>
          <button type="button" className="button" onClick={() => backupNow.mutate()} disabled={backupNow.isPending}>
            {backupNow.isPending ? t('backingUp') : t('backupNow')}
          </button>
        </p>
        <p role="status" aria-live="polite">
          {backupNow.isSuccess
            ? t('backupDone', { file: backupNow.data.fileName ?? '', size: formatBytes(backupNow.data.sizeBytes) })
            : null}
        </p>
        {backupNow.isError ? (
          <p className="alert" role="alert">
            {describeError(backupNow.error)}
          </p>
        ) : null}
        <div className="table-wrap">
          <table>
            <caption>{t('recentCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('at')}</th>
                <th scope="col">{t('trigger')}</th>
                <th scope="col">{t('result')}</th>
                <th scope="col">{t('file')}</th>
                <th scope="col">{t('size')}</th>
              </tr>
            </thead>
            <tbody>
              {backup.recent.length === 0 ? (
                <tr>
                  <td colSpan={5}>{t('never')}</td>
                </tr>
              ) : (
                backup.recent.map((run, i) => (
                  <tr key={`${run.at}-${i}`}>
                    <td>{at(run)}</td>
                    <td>{t(`triggers.${run.trigger}`)}</td>
                    <td>{run.status === 'succeeded' ? t('succeeded') : t('failed', { error: run.error ?? '' })}</td>
                    <td>{run.fileName ? <code>{run.fileName}</code> : '–'}</td>
                    <td>{formatBytes(run.sizeBytes)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="system-export">
        <h2 id="system-export">{t('exportHeading')}</h2>
        <p id="system-export-hint">{t('exportHint')}</p>
        <a
          className="button button--ghost"
          href={apiClient.system.exportUrl()}
          download
          aria-describedby="system-export-hint"
        >
          {t('exportLink')}
        </a>
        <DataExportStart />
      </section>
    </>
  );
}

/** The same export as a long operation: the ZIP is made in the background and can be fetched later under "Vorgänge". */
function DataExportStart() {
  const t = useTranslations('operations.start');
  const start = useStartDataExport();
  const operation = useStartedOperation(start.data, { kind: 'data_export', subjectPath: '/system' });
  return (
    <OperationStart
      id="data-export-run"
      label={t('dataExport')}
      hint={t('dataExportHint')}
      pending={start.isPending}
      error={start.error}
      operation={operation}
      onStart={() => start.mutate()}
    />
  );
}
