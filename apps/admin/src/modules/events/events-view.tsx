'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { pickLanguage } from '@wir/shared';
import { ListTable } from '@/modules/ui/list-table';
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
          <ListTable
            caption={t('caption')}
            rows={events.data}
            rowKey={(event) => event.id}
            empty={t('empty')}
            columns={[
              {
                key: 'title',
                header: t('titleField'),
                rowHeader: true,
                cell: (event) => <Link href={`/veranstaltungen/${event.id}`}>{pickLanguage(event.title, locale)}</Link>,
              },
              { key: 'kind', header: t('kind'), cell: (event) => t(`kinds.${event.kind}`) },
              { key: 'dates', header: t('dates'), cell: (event) => formatRange(event.startsAt, event.endsAt) },
              { key: 'status', header: t('status'), cell: (event) => <EventStatusBadge status={event.status} /> },
              {
                key: 'confirmed',
                header: t('confirmedOfCapacity'),
                cell: (event) => t('countOf', { count: event.confirmedCount, capacity: event.capacity }),
              },
              { key: 'waiting', header: t('waiting'), cell: (event) => event.waitlistedCount },
            ]}
          />
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
