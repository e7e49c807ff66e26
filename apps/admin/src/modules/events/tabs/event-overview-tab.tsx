'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useFormatRange } from '@/modules/ui/use-format-range';
import { EventDownloads } from '../event-downloads';
import { EventStatusActions } from '../event-status-actions';
import { EventStatusBadge } from '../event-status-badge';
import { EventTabPage } from './event-tab-page';

/** /veranstaltungen/[id]: the facts, status changes, links and downloads. */
export function EventOverviewTab({ id }: { id: number }) {
  const t = useTranslations('events');
  const formatRange = useFormatRange();
  return (
    <EventTabPage id={id}>
      {(event, canManage) => {
        const publicPath = `/anmeldung/${event.slug}`;
        return (
          <>
            <section className="panel" aria-labelledby="overview-heading">
              <h2 id="overview-heading">{t('overview')}</h2>
              <dl className="facts">
                <div>
                  <dt>{t('status')}</dt>
                  <dd>
                    <EventStatusBadge status={event.status} />
                  </dd>
                </div>
                <div>
                  <dt>{t('kind')}</dt>
                  <dd>{t(`kinds.${event.kind}`)}</dd>
                </div>
                <div>
                  <dt>{t('dates')}</dt>
                  <dd>{formatRange(event.startsAt, event.endsAt)}</dd>
                </div>
                <div>
                  <dt>{t('confirmedOfCapacity')}</dt>
                  <dd>{t('countOf', { count: event.confirmedCount, capacity: event.capacity })}</dd>
                </div>
                <div>
                  <dt>{t('waiting')}</dt>
                  <dd>{event.waitlistedCount}</dd>
                </div>
              </dl>
              {canManage ? <EventStatusActions event={event} /> : null}
              <ul className="link-list">
                <li>
                  <a href={publicPath} target="_blank" rel="noopener">
                    {t('publicForm')} <span className="visually-hidden">{t('opensInNewTab')}</span>
                  </a>{' '}
                  <code dir="ltr">{publicPath}</code>
                  {event.status !== 'published' ? <span className="field__hint"> {t('publicFormHidden')}</span> : null}
                </li>
                <li>
                  <Link href={`/veranstaltungen/${event.id}/anmeldungen`} prefetch={false}>
                    {t('registrationsLink', { count: event.confirmedCount + event.waitlistedCount })}
                  </Link>
                </li>
                {canManage ? (
                  <li>
                    <Link href={`/einlass?event=${event.id}`} prefetch={false}>
                      {t('checkInLink')}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </section>
            {canManage ? <EventDownloads eventId={event.id} /> : null}
          </>
        );
      }}
    </EventTabPage>
  );
}
