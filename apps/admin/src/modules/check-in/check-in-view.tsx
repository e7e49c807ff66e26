'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { pickLanguage, type CheckInCard } from '@wir/shared';
import { isApiError } from '@/lib/api-error';
import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';
import { useEvents } from '@/modules/events/events-queries';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { PageState } from '@/modules/ui/page-state';
import { CheckInResult } from './check-in-result';
import { normaliseCheckInCode } from './check-in-code.util';
import { useCheckInLookup, useDoorWorkshops, useMarkCheckedIn } from './check-in-queries';
import { cardStateOf, checkedInAtOf, type CardState } from './check-in-state.util';
import { QrScanner } from './qr-scanner';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'card'; code: string; card: CheckInCard; justMarked: boolean; source: Source }
  | { kind: 'unknown'; code: string }
  | { kind: 'malformed' }
  | { kind: 'error'; message: string };

const CODE_INPUT_ID = 'check-in-code';

/**
 * Where a code came from. Typed or from a hand scanner: the field gets the focus back for the next
 * code. From the camera: the focus stays off the field, so a tablet's on-screen keyboard does not
 * cover the camera picture.
 */
type Source = 'field' | 'camera';

/** The address of this door: its event and, in a workshop's room, the workshop. */
function doorUrl(eventId: number | null, workshopId: number | null): string {
  if (eventId === null) return '/einlass';
  return workshopId === null ? `/einlass?event=${eventId}` : `/einlass?event=${eventId}&workshop=${workshopId}`;
}

/**
 * The door: scan or type a code, see who it is, let them in; then the next person.
 * `initialEventId` (from `/einlass?event=`): the event this door admits to; codes of other events are refused.
 * `initialWorkshopId` (`&workshop=`): room mode, people are checked in at that workshop of the event.
 */
export function CheckInView({
  initialEventId,
  initialWorkshopId = null,
}: {
  initialEventId: number | null;
  initialWorkshopId?: number | null;
}) {
  const t = useTranslations('checkIn');
  const describeError = useDescribeError();
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const me = useCurrentUser();
  const events = useEvents();
  const [doorEventId, setDoorEventId] = useState<number | null>(initialEventId);
  const [roomWorkshopId, setRoomWorkshopId] = useState<number | null>(
    initialEventId === null ? null : initialWorkshopId,
  );
  const doorWorkshops = useDoorWorkshops(doorEventId);
  const roomWorkshop = doorWorkshops.data?.find((w) => w.id === roomWorkshopId) ?? null;
  const room =
    roomWorkshopId === null
      ? null
      : {
          workshopId: roomWorkshopId,
          title: roomWorkshop ? pickLanguage(roomWorkshop.title, locale) : `#${roomWorkshopId}`,
        };
  const lookup = useCheckInLookup();
  const mark = useMarkCheckedIn();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState({ text: '', tick: 0 });
  const inputRef = useRef<HTMLInputElement>(null);
  const busy = lookup.isPending || mark.isPending;
  const allowed = hasAnyRole(me.data, ['checkin', 'coordinator', 'admin']);

  useEffect(() => {
    if (allowed) inputRef.current?.focus();
  }, [allowed]);

  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, tick: a.tick + 1 })), []);

  const describeCard = useCallback(
    (card: CheckInCard, state: CardState) => {
      const name = `${card.firstName} ${card.lastName}`;
      const checkedInAt = checkedInAtOf(card, room?.workshopId ?? null);
      const time = checkedInAt ? format.dateTime(new Date(checkedInAt), { hour: '2-digit', minute: '2-digit' }) : '';
      return t(`announce.${state}`, {
        name,
        time,
        event: pickLanguage(card.eventTitle, locale),
        workshop: room?.title ?? '',
      });
    },
    [format, locale, room, t],
  );

  /** After every answer the code field is ready for the next person (cleared when the code was found). */
  const readyForNext = useCallback((clear: boolean, source: Source) => {
    const input = inputRef.current;
    if (!input) return;
    if (clear) input.value = '';
    if (source === 'camera') return;
    input.focus();
    if (!clear) input.select();
  }, []);

  const showCard = useCallback(
    (code: string, card: CheckInCard, justMarked: boolean, source: Source) => {
      setOutcome({ kind: 'card', code, card, justMarked, source });
      announce(describeCard(card, cardStateOf(card, justMarked, doorEventId, roomWorkshopId)));
    },
    [announce, describeCard, doorEventId, roomWorkshopId],
  );

  const find = useCallback(
    (raw: string, source: Source) => {
      if (busy) return;
      const code = normaliseCheckInCode(raw);
      if (!code) {
        setOutcome({ kind: 'malformed' });
        announce(t('malformed'));
        readyForNext(false, source);
        return;
      }
      lookup.mutate(code, {
        onSuccess: (card) => {
          showCard(code, card, false, source);
          readyForNext(true, source);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 404) {
            setOutcome({ kind: 'unknown', code });
            announce(t('unknown', { code }));
          } else if (isApiError(error) && error.status === 400) {
            setOutcome({ kind: 'malformed' });
            announce(t('malformed'));
          } else {
            const message = describeError(error);
            setOutcome({ kind: 'error', message });
            announce(message);
          }
          readyForNext(false, source);
        },
      });
    },
    [announce, busy, describeError, lookup, readyForNext, showCard, t],
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    find(String(new FormData(event.currentTarget).get('code') ?? ''), 'field');
  }

  function checkIn() {
    if (outcome.kind !== 'card' || busy) return;
    const { code, card, source } = outcome;
    // The code proves the person is here; the event is the door's, or (a door for every event) the one on the card.
    // In a workshop's room the check-in is the workshop's (and the event's, when it is missing).
    const body =
      roomWorkshopId === null
        ? { code, eventId: doorEventId ?? card.eventId }
        : { code, eventId: doorEventId ?? card.eventId, workshopId: roomWorkshopId };
    mark.mutate(body, {
      onSuccess: (saved) => showCard(code, saved, true, source),
      onError: (error) => {
        // 409: the registration or the workshop place changed since the look-up (cancelled, waiting list) or is for another event.
        if (isApiError(error) && (error.status === 409 || error.status === 404)) {
          find(code, source);
          return;
        }
        const message = describeError(error);
        setOutcome({ kind: 'error', message });
        announce(message);
      },
      onSettled: () => {
        readyForNext(true, source);
        // The pressed button is gone; from the camera, the focus goes to the result instead of the field.
        if (source === 'camera') document.getElementById('check-in-card-state')?.focus();
      },
    });
  }

  function chooseDoorEvent(value: string) {
    const id = value ? Number(value) : null;
    setDoorEventId(id);
    setRoomWorkshopId(null);
    setOutcome({ kind: 'idle' });
    router.replace(doorUrl(id, null), { scroll: false });
  }

  function chooseRoom(value: string) {
    const id = value ? Number(value) : null;
    setRoomWorkshopId(id);
    setOutcome({ kind: 'idle' });
    router.replace(doorUrl(doorEventId, id), { scroll: false });
  }

  if (me.data && !allowed) return <PageState title={t('title')} notice={t('notAllowed')} />;

  return (
    <div className="check-in">
      <h1>{t('title')}</h1>
      <div className="check-in__layout">
        <div className="check-in__input">
          <div className="field check-in__door">
            <label htmlFor="door-event">{t('doorEvent')}</label>
            <span id="door-event-hint" className="field__hint">
              {t('doorEventHint')}
            </span>
            <select
              id="door-event"
              value={doorEventId ?? ''}
              onChange={(e) => chooseDoorEvent(e.target.value)}
              aria-describedby="door-event-hint"
            >
              <option value="">{t('doorEventAll')}</option>
              {(events.data ?? [])
                .filter((e) => e.status !== 'archived' || e.id === doorEventId)
                .map((e) => (
                  <option key={e.id} value={e.id}>
                    {pickLanguage(e.title, locale)} (
                    {format.dateTime(new Date(e.startsAt), { day: '2-digit', month: '2-digit', year: 'numeric' })})
                  </option>
                ))}
              {doorEventId !== null && events.data && !events.data.some((e) => e.id === doorEventId) ? (
                <option value={doorEventId}>#{doorEventId}</option>
              ) : null}
            </select>
          </div>
          {doorEventId !== null && (roomWorkshopId !== null || (doorWorkshops.data?.length ?? 0) > 0) ? (
            <div className="field check-in__door">
              <label htmlFor="door-room">{t('doorRoom')}</label>
              <span id="door-room-hint" className="field__hint">
                {t('doorRoomHint')}
              </span>
              <select
                id="door-room"
                value={roomWorkshopId ?? ''}
                onChange={(e) => chooseRoom(e.target.value)}
                aria-describedby="door-room-hint"
              >
                <option value="">{t('doorRoomEntrance')}</option>
                {(doorWorkshops.data ?? []).map((w) => (
                  <option key={w.id} value={w.id}>
                    {pickLanguage(w.title, locale)} (
                    {format.dateTime(new Date(w.startsAt), { hour: '2-digit', minute: '2-digit' })}
                    {w.room ? `, ${w.room}` : ''})
                  </option>
                ))}
                {roomWorkshopId !== null && doorWorkshops.data && !roomWorkshop ? (
                  <option value={roomWorkshopId}>#{roomWorkshopId}</option>
                ) : null}
              </select>
            </div>
          ) : null}
          <section className="panel" aria-labelledby="code-heading">
            <h2 id="code-heading">{t('codeTitle')}</h2>
            <form className="check-in__form" onSubmit={onSubmit} noValidate aria-labelledby="code-heading">
              <div className="field">
                <label htmlFor={CODE_INPUT_ID}>{t('codeLabel')}</label>
                <span id={`${CODE_INPUT_ID}-hint`} className="field__hint">
                  {t.rich('codeHint', { code: (chunks) => <code className="nowrap">{chunks}</code> })}
                </span>
                <input
                  ref={inputRef}
                  id={CODE_INPUT_ID}
                  name="code"
                  type="text"
                  dir="ltr"
                  className="check-in__code"
                  autoComplete="off"
                  autoCorrect="off"
                  autoCapitalize="off"
                  spellCheck={false}
                  enterKeyHint="search"
                  aria-describedby={`${CODE_INPUT_ID}-hint`}
                  aria-invalid={outcome.kind === 'malformed' || outcome.kind === 'unknown' || undefined}
                />
              </div>
              <button type="submit" className="button button--large" aria-disabled={busy || undefined}>
                {lookup.isPending ? t('searching') : t('search')}
              </button>
            </form>
          </section>
          <QrScanner onCode={(raw) => find(raw, 'camera')} paused={busy} />
        </div>

        <section className="check-in__result" aria-labelledby="result-heading" aria-busy={busy || undefined}>
          <h2 id="result-heading" className="visually-hidden">
            {t('resultTitle')}
          </h2>
          <p role="status" aria-live="polite" className="visually-hidden">
            <span key={announcement.tick}>{announcement.text}</span>
          </p>
          {outcome.kind === 'idle' ? (
            <p className="check-in__placeholder">{lookup.isPending ? t('searching') : t('idle')}</p>
          ) : null}
          {outcome.kind === 'card' ? (
            <CheckInResult
              card={outcome.card}
              state={cardStateOf(outcome.card, outcome.justMarked, doorEventId, roomWorkshopId)}
              pending={mark.isPending}
              onCheckIn={checkIn}
              room={room}
            />
          ) : null}
          {outcome.kind === 'unknown' ? (
            <div className="check-in-card check-in-card--danger">
              <p className="check-in-card__state">
                <span className="check-in-card__symbol" aria-hidden="true">
                  ?
                </span>
                <span>{t('states.unknown')}</span>
              </p>
              <p className="check-in-card__advice">{t('unknown', { code: outcome.code })}</p>
            </div>
          ) : null}
          {outcome.kind === 'malformed' ? (
            <div className="check-in-card check-in-card--danger">
              <p className="check-in-card__state">
                <span className="check-in-card__symbol" aria-hidden="true">
                  ?
                </span>
                <span>{t('states.malformed')}</span>
              </p>
              <p className="check-in-card__advice">{t('malformed')}</p>
            </div>
          ) : null}
          {outcome.kind === 'error' ? <p className="alert">{outcome.message}</p> : null}
        </section>
      </div>
    </div>
  );
}
