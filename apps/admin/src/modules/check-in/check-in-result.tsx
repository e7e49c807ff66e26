'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { pickLanguage, type CheckInCard } from '@wir/shared';
import { RegistrationStatusBadge } from '@/modules/registrations/registration-status-badge';
import { checkedInAtOf, type CardState } from './check-in-state.util';

const SYMBOL: Record<CardState, string> = {
  ready: '→',
  checkedInNow: '✓',
  alreadyCheckedIn: '!',
  waitlisted: '✕',
  cancelled: '✕',
  otherEvent: '!',
  workshopWaitlisted: '✕',
  notBooked: '✕',
};

const TONE: Record<CardState, string> = {
  ready: 'info',
  checkedInNow: 'success',
  alreadyCheckedIn: 'warning',
  waitlisted: 'danger',
  cancelled: 'danger',
  otherEvent: 'danger',
  workshopWaitlisted: 'danger',
  notBooked: 'danger',
};

interface CheckInResultProps {
  card: CheckInCard;
  state: CardState;
  pending: boolean;
  onCheckIn: () => void;
  /** In a workshop's room: that workshop (its check-in is the one shown and made). */
  room?: { workshopId: number; title: string } | null;
}

/** The person behind a code: who, for which event and workshops, and whether to let them in. */
export function CheckInResult({ card, state, pending, onCheckIn, room = null }: CheckInResultProps) {
  const t = useTranslations('checkIn');
  const locale = useLocale();
  const format = useFormatter();
  const name = `${card.firstName} ${card.lastName}`;
  const checkedInAt = checkedInAtOf(card, room?.workshopId ?? null);
  const time = checkedInAt ? format.dateTime(new Date(checkedInAt), { hour: '2-digit', minute: '2-digit' }) : '';
  const clock = (iso: string) => format.dateTime(new Date(iso), { hour: '2-digit', minute: '2-digit' });

  return (
    <article className={`check-in-card check-in-card--${TONE[state]}`} aria-labelledby="check-in-card-state">
      <p className="check-in-card__state" id="check-in-card-state" tabIndex={-1}>
        <span className="check-in-card__symbol" aria-hidden="true">
          {SYMBOL[state]}
        </span>
        <span>{t(`states.${state}`, { time })}</span>
      </p>
      {room ? <p className="check-in-card__room">{t('roomCheckIn', { workshop: room.title })}</p> : null}
      {state === 'waitlisted' ||
      state === 'cancelled' ||
      state === 'alreadyCheckedIn' ||
      state === 'otherEvent' ||
      state === 'workshopWaitlisted' ||
      state === 'notBooked' ? (
        <p className="check-in-card__advice">
          {t(`advice.${state}`, { time, event: pickLanguage(card.eventTitle, locale), workshop: room?.title ?? '' })}
        </p>
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
                <span>
                  {format.dateTime(new Date(w.startsAt), { weekday: 'short', hour: '2-digit', minute: '2-digit' })}
                </span>
                {w.room ? (
                  <span>
                    <span className="visually-hidden">{t('room')} </span>
                    {w.room}
                  </span>
                ) : null}
                <RegistrationStatusBadge status={w.status} />
                {w.checkedInAt ? (
                  <span className="check-in-card__workshop-present">
                    {t('workshopCheckedIn', { time: clock(w.checkedInAt) })}
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {state === 'ready' ? (
        <button
          type="button"
          className="button button--large button--success check-in-card__action"
          onClick={onCheckIn}
          aria-disabled={pending || undefined}
        >
          {pending ? t('checkingIn') : t('checkInButton')}
        </button>
      ) : null}
    </article>
  );
}
