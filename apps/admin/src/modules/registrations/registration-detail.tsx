'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  pickLanguage,
  type EventDetail,
  type Municipality,
  type Registration,
  type RegistrationAction,
} from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { WorkshopPicker } from '@/modules/registration-form/workshop-picker';
import { hasClash } from '@/modules/registration-form/workshop-clash.util';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { ConfirmBox } from '@/modules/ui/confirm-box';
import { FormMessages } from '@/modules/ui/form-messages';
import { useConfirmStep } from '@/modules/ui/use-confirm-step';
import { RegistrationStatusBadge } from './registration-status-badge';
import { EraseRegistration } from './erase-registration';
import {
  useCancelRegistration,
  useMoveWorkshops,
  usePromoteRegistration,
  useRegistration,
} from './registrations-queries';
import { toFormEvent } from './to-form-event.util';

interface RegistrationDetailProps {
  id: number;
  event: EventDetail;
  municipalities: readonly Municipality[];
  onClose: () => void;
}

/** One registration: all it holds, and the staff's actions the API allows now (`allowedActions`: cancel, move, move up, erase). */
export function RegistrationDetail({ id, event, municipalities, onClose }: RegistrationDetailProps) {
  const t = useTranslations('registrations');
  const tc = useTranslations('common');
  const describeError = useDescribeError();
  const tTypes = useTranslations('organisationTypes');
  const tLang = useTranslations('shell.languageNames');
  const locale = useLocale();
  const format = useFormatter();
  const query = useRegistration(id);
  const cancel = useCancelRegistration(event.id);
  const promote = usePromoteRegistration(event.id);
  const cancelStep = useConfirmStep();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), [id]);

  const registration = query.data;
  const titleOf = (workshopId: number) => {
    const workshop = event.workshops.find((w) => w.id === workshopId);
    return workshop ? pickLanguage(workshop.title, locale) : `#${workshopId}`;
  };
  const name = registration ? `${registration.firstName} ${registration.lastName}` : '';
  const may = (action: RegistrationAction) => registration?.allowedActions.includes(action) ?? false;

  function failed(err: unknown) {
    setStatus('');
    setError(describeError(err));
  }
  function done(message: string) {
    setError(null);
    setStatus(message);
  }

  return (
    <section className="panel detail-panel" aria-labelledby="registration-detail-heading">
      <div className="detail-panel__head">
        <h2 id="registration-detail-heading" ref={headingRef} tabIndex={-1}>
          {!registration
            ? t('detailLoading')
            : registration.anonymisedAt
              ? t('anonymisedName', { id: registration.id })
              : t('detailTitle', { name })}
        </h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t('closeDetail')}
        </button>
      </div>
      {!registration ? (
        <p role="status">{query.error ? describeError(query.error) : tc('loading')}</p>
      ) : (
        <>
          <dl className="facts facts--grid">
            <div>
              <dt>{t('status')}</dt>
              <dd>
                <RegistrationStatusBadge status={registration.status} />
              </dd>
            </div>
            <div>
              <dt>{t('email')}</dt>
              <dd>{registration.email}</dd>
            </div>
            <div>
              <dt>{t('organisation')}</dt>
              <dd>
                {registration.organisationName || tc('none')} ({tTypes(registration.organisationType)})
              </dd>
            </div>
            <div>
              <dt>{t('municipality')}</dt>
              <dd>{municipalities.find((m) => m.id === registration.municipalityId)?.name ?? tc('none')}</dd>
            </div>
            <div>
              <dt>{t('language')}</dt>
              <dd>{tLang(registration.language)}</dd>
            </div>
            <div>
              <dt>{t('interpretingLanguage')}</dt>
              <dd>{registration.interpretingLanguage || tc('none')}</dd>
            </div>
            <div>
              <dt>{t('accessibilityNeeds')}</dt>
              <dd>{registration.accessibilityNeeds || tc('none')}</dd>
            </div>
            <div>
              <dt>{t('participantList')}</dt>
              <dd>{registration.consentParticipantList ? tc('yes') : tc('no')}</dd>
            </div>
            <div>
              <dt>{t('source')}</dt>
              <dd>{t(`sources.${registration.source}`)}</dd>
            </div>
            <div>
              <dt>{t('createdAt')}</dt>
              <dd>{format.dateTime(new Date(registration.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</dd>
            </div>
            {registration.cancelledAt ? (
              <div>
                <dt>{t('cancelledAt')}</dt>
                <dd>
                  {format.dateTime(new Date(registration.cancelledAt), { dateStyle: 'medium', timeStyle: 'short' })}
                </dd>
              </div>
            ) : null}
            {registration.checkedInAt ? (
              <div>
                <dt>{t('checkedInAt')}</dt>
                <dd>
                  {format.dateTime(new Date(registration.checkedInAt), { dateStyle: 'medium', timeStyle: 'short' })}
                </dd>
              </div>
            ) : null}
            {registration.anonymisedAt ? (
              <div>
                <dt>{t('anonymisedAt')}</dt>
                <dd>
                  {format.dateTime(new Date(registration.anonymisedAt), { dateStyle: 'medium', timeStyle: 'short' })}
                </dd>
              </div>
            ) : null}
            {event.questions.map((question) => {
              const answer = registration.answers[question.key];
              return (
                <div key={question.key}>
                  <dt>{pickLanguage(question.label, locale)}</dt>
                  <dd>
                    {answer === undefined || answer === ''
                      ? tc('none')
                      : typeof answer === 'boolean'
                        ? answer
                          ? tc('yes')
                          : tc('no')
                        : answer}
                  </dd>
                </div>
              );
            })}
          </dl>
          {registration.workshops.length > 0 ? (
            <>
              <h3>{t('workshops')}</h3>
              <ul className="result__workshops">
                {registration.workshops.map((w) => (
                  <li key={w.workshopId}>
                    {titleOf(w.workshopId)} <span className="badge">{t(`statuses.${w.status}`)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          <FormMessages error={error} status={status} />

          {may('promote') || may('cancel') ? (
            <div className="button-row">
              {may('promote') ? (
                <button
                  type="button"
                  className="button"
                  disabled={promote.isPending}
                  onClick={() =>
                    promote.mutate(registration.id, {
                      onSuccess: (saved) => done(t('promoted', { name, status: t(`statuses.${saved.status}`) })),
                      onError: failed,
                    })
                  }
                >
                  {t('promote')}
                </button>
              ) : null}
              {cancelStep.confirming || !may('cancel') ? null : (
                <button
                  ref={cancelStep.startRef}
                  type="button"
                  className="button button--ghost button--danger-ghost"
                  onClick={() => cancelStep.ask(true)}
                >
                  {t('cancel')}
                </button>
              )}
            </div>
          ) : null}

          {cancelStep.confirming && may('cancel') ? (
            <ConfirmBox
              title={t('cancelConfirm', { name })}
              explain={t('cancelExplain')}
              confirmLabel={t('cancelYes')}
              cancelLabel={t('cancelNo')}
              pending={cancel.isPending}
              onConfirm={() =>
                cancel.mutate(registration.id, {
                  onSuccess: () => {
                    cancelStep.cancel();
                    done(t('cancelled', { name }));
                  },
                  onError: failed,
                })
              }
              onCancel={cancelStep.cancel}
            />
          ) : null}

          {registration.checkedInAt && !registration.anonymisedAt ? (
            <p>
              <a
                href={apiClient.events.downloadUrl(event.id, 'certificates.pdf', { registrationId: registration.id })}
                download
              >
                {t('certificate')}
              </a>
            </p>
          ) : null}

          {may('move_workshops') && event.workshops.length > 0 ? (
            <MoveWorkshopsForm
              key={registration.id}
              registration={registration}
              event={event}
              onDone={done}
              onFailed={failed}
            />
          ) : null}

          {may('erase') ? (
            <EraseRegistration
              key={registration.id}
              registration={registration}
              eventId={event.id}
              onDone={done}
              onFailed={failed}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

function MoveWorkshopsForm({
  registration,
  event,
  onDone,
  onFailed,
}: {
  registration: Registration;
  event: EventDetail;
  onDone: (message: string) => void;
  onFailed: (error: unknown) => void;
}) {
  const t = useTranslations('registrations');
  const move = useMoveWorkshops(event.id);
  const formEvent = toFormEvent(event);
  const [picked, setPicked] = useState(
    () => new Set(registration.workshops.filter((w) => w.status !== 'cancelled').map((w) => w.workshopId)),
  );
  const [clash, setClash] = useState(false);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (hasClash(formEvent.workshops, picked)) {
      setClash(true);
      return;
    }
    setClash(false);
    move.mutate(
      { id: registration.id, workshopIds: [...picked] },
      { onSuccess: () => onDone(t('moved')), onError: onFailed },
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="move-heading">
      <h3 id="move-heading">{t('moveTitle')}</h3>
      <WorkshopPicker
        id="move-workshops"
        legend={t('moveLegend')}
        workshops={formEvent.workshops}
        picked={picked}
        onChange={setPicked}
        error={clash ? t('clash') : undefined}
        heldSeats={new Set(registration.workshops.filter((w) => w.status === 'confirmed').map((w) => w.workshopId))}
      />
      <div>
        <button type="submit" className="button button--ghost" disabled={move.isPending}>
          {t('moveSubmit')}
        </button>
      </div>
    </form>
  );
}
