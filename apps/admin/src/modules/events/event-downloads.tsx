'use client';

import { useTranslations } from 'next-intl';
import { apiClient, type EventDownload } from '@/lib/api-client';
import { useEventStats } from '@/modules/event-stats/use-event-stats';
import { OperationStart, useStartedOperation } from '@/modules/operations/operation-start';
import { useStartParticipantsExport } from '@/modules/operations/operations-queries';

const FILES: { file: EventDownload; key: 'csv' | 'badges' | 'certificates' }[] = [
  { file: 'participants.csv', key: 'csv' },
  { file: 'badges.pdf', key: 'badges' },
  { file: 'certificates.pdf', key: 'certificates' },
];

/**
 * The event's files (coordinators and admins): plain links, the session cookie goes along. A file
 * the API would refuse (badges without confirmed people, certificates before anyone came in) is
 * shown with the reason instead of a link, so nobody downloads an error. The XLSX list is made as a
 * long operation (progress, can be left and found under "Vorgänge").
 */
export function EventDownloads({ eventId }: { eventId: number }) {
  const t = useTranslations('eventDownloads');
  const { data: stats } = useEventStats(eventId);
  const unavailable = (key: (typeof FILES)[number]['key']): string | null => {
    if (!stats) return null;
    if (key === 'badges' && stats.confirmed === 0) return t('noConfirmed');
    if (key === 'certificates' && stats.checkedIn === 0) return t('noCheckedIn');
    return null;
  };

  return (
    <section className="panel" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('title')}</h2>
      <p>{t('intro')}</p>
      <ul className="downloads">
        {FILES.map(({ file, key }) => {
          const reason = unavailable(key);
          return (
            <li key={file} className="downloads__item">
              {reason ? (
                <span className="downloads__link downloads__link--unavailable">{t(`${key}.label`)}</span>
              ) : (
                <a
                  className="button button--ghost downloads__link"
                  href={apiClient.events.downloadUrl(eventId, file)}
                  download
                  aria-describedby={`download-${key}-hint`}
                >
                  {t(`${key}.label`)}
                </a>
              )}
              <span id={`download-${key}-hint`} className="field__hint">
                {reason ?? t(`${key}.hint`)}
              </span>
            </li>
          );
        })}
        <li className="downloads__item">
          <ParticipantListStart eventId={eventId} />
        </li>
      </ul>
    </section>
  );
}

function ParticipantListStart({ eventId }: { eventId: number }) {
  const t = useTranslations('operations.start');
  const start = useStartParticipantsExport(eventId);
  const operation = useStartedOperation(start.data, {
    kind: 'participants_export',
    subjectPath: `/veranstaltungen/${eventId}/anmeldungen`,
  });
  return (
    <OperationStart
      id="participants-xlsx"
      label={t('participantsXlsx')}
      hint={t('participantsXlsxHint')}
      pending={start.isPending}
      error={start.error}
      operation={operation}
      onStart={() => start.mutate({ format: 'xlsx' })}
    />
  );
}
