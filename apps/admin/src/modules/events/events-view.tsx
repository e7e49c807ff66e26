'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { pickLanguage } from '@wir/shared';
import { QueryState } from '@/modules/ui/query-state';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useFormatRange } from '@/modules/ui/use-format-range';
import { EVENT_FIELDS, EventForm } from './event-form';
import { EventStatusBadge } from './event-status-badge';
import { useCreateEvent, useEvents } from './events-queries';
import { useCanManageEvents } from './use-can-manage-events';

export function EventsView() {
  const t = useTranslations('events');
  const locale = useLocale();
  const router = useRouter();
  const formatRange = useFormatRange();
  const canManage = useCanManageEvents();
  const events = useEvents();
  const create = useCreateEvent();
  const feedback = useFormFeedback(EVENT_FIELDS);

  return (
    <>
      <h1>{t('title')}</h1>
      <section className="panel" aria-labelledby="events-heading">
        <h2 id="events-heading" className="visually-hidden">
          {t('caption')}
        </h2>
        <QueryState isPending={events.isPending} error={events.error} />
        {events.data ? (
          <div className="table-wrap">
            <table>
              <caption>{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('titleField')}</th>
                  <th scope="col">{t('kind')}</th>
                  <th scope="col">{t('dates')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('confirmedOfCapacity')}</th>
                  <th scope="col">{t('waiting')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.length === 0 ? (
                  <tr>
                    <td colSpan={6}>{t('empty')}</td>
                  </tr>
                ) : null}
                {events.data.map((event) => (
                  <tr key={event.id}>
                    <th scope="row">
                      <Link href={`/veranstaltungen/${event.id}`}>{pickLanguage(event.title, locale)}</Link>
                    </th>
                    <td>{t(`kinds.${event.kind}`)}</td>
                    <td>{formatRange(event.startsAt, event.endsAt)}</td>
                    <td>
                      <EventStatusBadge status={event.status} />
                    </td>
                    <td>{t('countOf', { count: event.confirmedCount, capacity: event.capacity })}</td>
                    <td>{event.waitlistedCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      {canManage ? (
        <section className="panel" aria-labelledby="create-event-heading">
          <h2 id="create-event-heading">{t('createTitle')}</h2>
          <EventForm
            label={t('createTitle')}
            feedback={feedback}
            submitLabel={t('create')}
            pending={create.isPending}
            onSubmit={(body) =>
              create.mutate(body, {
                onSuccess: (created) => {
                  feedback.succeed(t('created', { title: created.title.de }));
                  router.push(`/veranstaltungen/${created.id}`);
                },
                onError: feedback.fail,
              })
            }
          />
        </section>
      ) : null}
    </>
  );
}
