'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { pickLanguage } from '@wir/shared';
import { EventFeedbackSection } from '@/modules/event-feedback/event-feedback-section';
import { EventStatsSection } from '@/modules/event-stats/event-stats-section';
import { QueryState } from '@/modules/ui/query-state';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useFormatRange } from '@/modules/ui/use-format-range';
import { EventDownloads } from './event-downloads';
import { EVENT_FIELDS, EventForm } from './event-form';
import { EventStatusActions } from './event-status-actions';
import { EventStatusBadge } from './event-status-badge';
import { useEvent, useUpdateEvent } from './events-queries';
import { QuestionsEditor } from './questions-editor';
import { useCanManageEvents } from './use-can-manage-events';
import { WorkshopsSection } from './workshops-section';

export function EventDetailView({ id }: { id: number }) {
  const t = useTranslations('events');
  const locale = useLocale();
  const formatRange = useFormatRange();
  const canManage = useCanManageEvents();
  const query = useEvent(id);
  const update = useUpdateEvent(id);
  const feedback = useFormFeedback(EVENT_FIELDS);
  const event = query.data;

  if (!event) {
    return (
      <>
        <h1>{t('detailTitle')}</h1>
        <QueryState isPending={query.isPending} error={query.error} />
      </>
    );
  }

  const publicPath = `/anmeldung/${event.slug}`;
  return (
    <>
      <p className="eyebrow">
        <Link href="/veranstaltungen">{t('backToList')}</Link>
      </p>
      <h1>{pickLanguage(event.title, locale)}</h1>
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
            <Link href={`/veranstaltungen/${event.id}/anmeldungen`}>
              {t('registrationsLink', { count: event.confirmedCount + event.waitlistedCount })}
            </Link>
          </li>
          {canManage ? (
            <li>
              <Link href={`/einlass?event=${event.id}`}>{t('checkInLink')}</Link>
            </li>
          ) : null}
        </ul>
      </section>

      {canManage ? <EventDownloads eventId={event.id} /> : null}

      <WorkshopsSection event={event} canManage={canManage} />

      {canManage ? <QuestionsEditor key={event.id} event={event} /> : null}

      <EventStatsSection eventId={event.id} />

      {canManage ? <EventFeedbackSection event={event} /> : null}

      {canManage ? (
        <section className="panel" aria-labelledby="edit-event-heading">
          <h2 id="edit-event-heading">{t('editTitle')}</h2>
          <EventForm
            key={event.id}
            event={event}
            label={t('editTitle')}
            feedback={feedback}
            submitLabel={t('save')}
            pending={update.isPending}
            onSubmit={(body) => update.mutate(body, { onSuccess: () => feedback.succeed(t('saved')), onError: feedback.fail })}
          />
        </section>
      ) : null}
    </>
  );
}
