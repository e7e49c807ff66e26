'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { pickLanguage, type CheckInCard } from '@wir/shared';
import { RegistrationStatusBadge } from '@/modules/registrations/registration-status-badge';
import type { CardState } from './check-in-state.util';

const SYMBOL: Record<CardState, string> = {
  ready: '→',
  checkedInNow: '✓',
  alreadyCheckedIn: '!',
  waitlisted: '✕',
  cancelled: '✕',
  otherEvent: '!',
};

const TONE: Record<CardState, string> = {
  ready: 'info',
  checkedInNow: 'success',
  alreadyCheckedIn: 'warning',
  waitlisted: 'danger',
  cancelled: 'danger',
  otherEvent: 'danger',
};

interface CheckInResultProps {
  card: CheckInCard;
  state: CardState;
  pending: boolean;
  onCheckIn: () => void;
}

/** The person behind a code: who, for which event and workshops, and whether to let them in. */
export function CheckInResult({ card, state, pending, onCheckIn }: CheckInResultProps) {
  const t = useTranslations('checkIn');
  const locale = useLocale();
  const format = useFormatter();
  const name = `${card.firstName} ${card.lastName}`;
  const time = card.checkedInAt ? format.dateTime(new Date(card.checkedInAt), { hour: '2-digit', minute: '2-digit' }) : '';

  return (
    <article className={`check-in-card check-in-card--${TONE[state]}`} aria-labelledby="check-in-card-state">
      <p className="check-in-card__state" id="check-in-card-state" tabIndex={-1}>
        <span className="check-in-card__symbol" aria-hidden="true">
          {SYMBOL[state]}
        </span>
        <span>{t(`states.${state}`, { time })}</span>
      </p>
      {state === 'waitlisted' || state === 'cancelled' || state === 'alreadyCheckedIn' || state === 'otherEvent' ? (
        <p className="check-in-card__advice">{t(`advice.${state}`, { time, event: pickLanguage(card.eventTitle, locale) })}</p>
      ) : null}
      <h2 className="check-in-card__name">{name}</h2>
      <dl className="facts check-in-card__facts">
        <div>
          <dt>{t('organisation')}</dt>
          <dd>{card.organisationName || t('noOrganisation')}</dd>
        </div>
        <div>
          <dt>{t('event')}</dt>
          <dd>{pickLanguage(card.eventTitle, locale)}</dd>
        </div>
        <div>
          <dt>{t('status')}</dt>
          <dd>
            <RegistrationStatusBadge status={card.status} />
          </dd>
        </div>
      </dl>
      <h3>{t('workshops')}</h3>
      {card.workshops.length === 0 ? (
        <p>{t('noWorkshops')}</p>
      ) : (
        <ul className="check-in-card__workshops">
          {card.workshops.map((w) => (
            <li key={w.workshopId}>
              <span className="check-in-card__workshop-title">{pickLanguage(w.title, locale)}</span>
              <span className="check-in-card__workshop-details">
                <span>{format.dateTime(new Date(w.startsAt), { weekday: 'short', hour: '2-digit', minute: '2-digit' })}</span>
                {w.room ? (
                  <span>
                    <span className="visually-hidden">{t('room')} </span>
                    {w.room}
                  </span>
                ) : null}
                <RegistrationStatusBadge status={w.status} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {state === 'ready' ? (
        <button type="button" className="button button--large button--success check-in-card__action" onClick={onCheckIn} aria-disabled={pending || undefined}>
          {pending ? t('checkingIn') : t('checkInButton')}
        </button>
      ) : null}
    </article>
  );
}
