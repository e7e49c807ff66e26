'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { pickLanguage } from '@wir/shared';
import { EventStatusBadge } from '@/modules/events/event-status-badge';
import { useEvents } from '@/modules/events/events-queries';
import { QueryState } from '@/modules/ui/query-state';
import { useFormatRange } from '@/modules/ui/use-format-range';

/** /anmeldungen: registrations are kept per event; pick the event. */
export function RegistrationsOverview() {
  const t = useTranslations('registrations');
  const te = useTranslations('events');
  const locale = useLocale();
  const formatRange = useFormatRange();
  const events = useEvents();

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('overviewIntro')}</p>
      <QueryState isPending={events.isPending} error={events.error} />
      {events.data ? (
        <div className="table-wrap panel">
          <table>
            <caption>{t('overviewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{te('titleField')}</th>
                <th scope="col">{te('dates')}</th>
                <th scope="col">{te('status')}</th>
                <th scope="col">{te('confirmedOfCapacity')}</th>
                <th scope="col">{te('waiting')}</th>
              </tr>
            </thead>
            <tbody>
              {events.data.length === 0 ? (
                <tr>
                  <td colSpan={5}>{te('empty')}</td>
                </tr>
              ) : null}
              {events.data.map((event) => (
                <tr key={event.id}>
                  <th scope="row">
                    <Link href={`/veranstaltungen/${event.id}/anmeldungen`}>
                      {t('registrationsOf', { title: pickLanguage(event.title, locale) })}
                    </Link>
                  </th>
                  <td>{formatRange(event.startsAt, event.endsAt)}</td>
                  <td>
                    <EventStatusBadge status={event.status} />
                  </td>
                  <td>{te('countOf', { count: event.confirmedCount, capacity: event.capacity })}</td>
                  <td>{event.waitlistedCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
