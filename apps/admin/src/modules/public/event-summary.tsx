'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { pickLanguage, type PublicEvent } from '@wir/shared';
import { useFormatRange } from '@/modules/ui/use-format-range';

/** The event as participants see it: when, where, seats left, and what the waiting list means. */
export function EventSummary({ event, showSeats = true }: { event: PublicEvent; showSeats?: boolean }) {
  const t = useTranslations('publicEvent');
  const locale = useLocale();
  const format = useFormatter();
  const formatRange = useFormatRange();
  const description = pickLanguage(event.description, locale);
  const full = event.seatsLeft <= 0;

  return (
    <section aria-labelledby="event-facts-heading" className="panel event-summary">
      <h2 id="event-facts-heading" className="visually-hidden">
        {t('factsHeading')}
      </h2>
      {description ? <p className="event-summary__description">{description}</p> : null}
      <dl className="facts">
        <div>
          <dt>{t('when')}</dt>
          <dd>{formatRange(event.startsAt, event.endsAt)}</dd>
        </div>
        {event.venue ? (
          <div>
            <dt>{t('where')}</dt>
            <dd>{event.venue}</dd>
          </div>
        ) : null}
        {event.registrationClosesAt ? (
          <div>
            <dt>{t('registrationUntil')}</dt>
            <dd>
              {format.dateTime(new Date(event.registrationClosesAt), { dateStyle: 'medium', timeStyle: 'short' })}
            </dd>
          </div>
        ) : null}
        {showSeats ? (
          <div>
            <dt>{t('seats')}</dt>
            <dd>{full ? t('noSeatsLeft') : t('seatsLeft', { count: event.seatsLeft, capacity: event.capacity })}</dd>
          </div>
        ) : null}
      </dl>
      {showSeats ? (
        <div className={full ? 'notice notice--warning' : 'notice'}>
          <p className="notice__title">{t('waitingListTitle')}</p>
          <p>{full ? t('waitingListFull') : t('waitingListExplain')}</p>
        </div>
      ) : null}
    </section>
  );
}
