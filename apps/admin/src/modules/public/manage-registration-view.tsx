'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { pickLanguage, type ManageRegistration } from '@wir/shared';
import { publicApiClient } from '@/lib/public-api-client';
import { isApiError } from '@/lib/api-error';
import { queryKeys } from '@/lib/query-keys';
import { WorkshopPicker } from '@/modules/registration-form/workshop-picker';
import { hasClash } from '@/modules/registration-form/workshop-clash.util';
import { ConfirmBox } from '@/modules/ui/confirm-box';
import { useConfirmStep } from '@/modules/ui/use-confirm-step';
import { useFormatRange } from '@/modules/ui/use-format-range';

function activeWorkshopIds(registration: ManageRegistration): Set<number> {
  return new Set(registration.workshops.filter((w) => w.status !== 'cancelled').map((w) => w.workshopId));
}

/** The participant's own registration behind the manage link: status, workshops, cancel, my data. */
export function ManageRegistrationView({ token, initial }: { token: string; initial: ManageRegistration }) {
  const t = useTranslations('manage');
  const tResult = useTranslations('registrationResult');
  const tTypes = useTranslations('organisationTypes');
  const tLang = useTranslations('shell.languageNames');
  const locale = useLocale();
  const formatRange = useFormatRange();
  const queryClient = useQueryClient();
  const { data: registration } = useQuery({
    queryKey: queryKeys.ownRegistration.detail(token),
    queryFn: () => publicApiClient.registration(token),
    initialData: initial,
  });
  const event = registration.event;
  const cancelled = registration.status === 'cancelled';
  const titleOf = (id: number) => {
    const workshop = event.workshops.find((w) => w.id === id);
    return workshop ? pickLanguage(workshop.title, locale) : `#${id}`;
  };
  const statusLine =
    registration.status === 'confirmed'
      ? t('statusConfirmed')
      : registration.status === 'waitlisted'
        ? registration.waitlistPosition
          ? t('statusWaitlistedAt', { position: registration.waitlistPosition })
          : t('statusWaitlisted')
        : t('statusCancelled');

  return (
    <>
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1>{pickLanguage(event.title, locale)}</h1>
      <p>
        {formatRange(event.startsAt, event.endsAt)}
        {event.venue ? ` · ${event.venue}` : ''}
      </p>

      <section className="panel" aria-labelledby="own-status-heading">
        <h2 id="own-status-heading">{t('statusHeading')}</h2>
        <p role="status" className={`status-banner status-banner--${registration.status}`}>
          {statusLine}
        </p>
        {registration.status === 'waitlisted' ? <p>{t('waitlistExplain')}</p> : null}
        <dl className="facts">
          <div>
            <dt>{t('name')}</dt>
            <dd>
              {registration.firstName} {registration.lastName}
            </dd>
          </div>
          <div>
            <dt>{t('email')}</dt>
            <dd dir="ltr">{registration.email}</dd>
          </div>
          {registration.organisationName ? (
            <div>
              <dt>{t('organisation')}</dt>
              <dd>{registration.organisationName}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('organisationType')}</dt>
            <dd>{tTypes(registration.organisationType)}</dd>
          </div>
          <div>
            <dt>{t('language')}</dt>
            <dd>{tLang(registration.language)}</dd>
          </div>
        </dl>
        {registration.workshops.length > 0 ? (
          <>
            <h3>{t('workshopsHeading')}</h3>
            <ul className="result__workshops">
              {registration.workshops.map((w) => (
                <li key={w.workshopId}>
                  <span>{titleOf(w.workshopId)}</span>{' '}
                  <span
                    className={
                      w.status === 'confirmed'
                        ? 'badge badge--success'
                        : w.status === 'waitlisted'
                          ? 'badge badge--warning'
                          : 'badge badge--muted'
                    }
                  >
                    {tResult(`status.${w.status}`)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {!cancelled && event.workshops.length > 0 ? (
        <ChangeWorkshopsSection
          token={token}
          registration={registration}
          onSaved={(saved) => queryClient.setQueryData(queryKeys.ownRegistration.detail(token), saved)}
        />
      ) : null}

      {!cancelled ? (
        <CancelSection
          token={token}
          onCancelled={(saved) => queryClient.setQueryData(queryKeys.ownRegistration.detail(token), saved)}
        />
      ) : null}

      <section className="panel" aria-labelledby="my-data-heading">
        <h2 id="my-data-heading">{t('myDataHeading')}</h2>
        <p>{t('myDataText')}</p>
        <a className="button button--ghost" href={publicApiClient.exportUrl(token)} download>
          {t('myDataDownload')}
        </a>
      </section>
    </>
  );
}

function errorText(t: ReturnType<typeof useTranslations<'manage'>>, error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 0) return t('errorNetwork');
    if (error.status === 409) return t('errorConflict');
    if (error.status === 429) return t('errorTooMany', { seconds: error.retryAfterSeconds ?? 60 });
    if (error.status === 400 && error.errors.some((e) => e.path.startsWith('workshopIds'))) return t('errorWorkshops');
  }
  return t('errorGeneric');
}

function ChangeWorkshopsSection({
  token,
  registration,
  onSaved,
}: {
  token: string;
  registration: ManageRegistration;
  onSaved: (saved: ManageRegistration) => void;
}) {
  const t = useTranslations('manage');
  const tResult = useTranslations('registrationResult');
  const locale = useLocale();
  const [picked, setPicked] = useState<Set<number>>(() => activeWorkshopIds(registration));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const change = useMutation({
    mutationFn: (workshopIds: number[]) => publicApiClient.changeWorkshops(token, { workshopIds }),
  });
  const workshops = registration.event.workshops;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus('');
    if (hasClash(workshops, picked)) {
      setError(t('errorWorkshops'));
      return;
    }
    setError(null);
    change.mutate([...picked], {
      onSuccess: (saved) => {
        onSaved(saved);
        setPicked(activeWorkshopIds(saved));
        const summary = saved.workshops
          .filter((w) => w.status !== 'cancelled')
          .map((w) => {
            const workshop = workshops.find((x) => x.id === w.workshopId);
            return `${workshop ? pickLanguage(workshop.title, locale) : w.workshopId}: ${tResult(`status.${w.status}`)}`;
          })
          .join('; ');
        setStatus(summary ? t('changedTo', { summary }) : t('changedNone'));
      },
      onError: (err) => setError(errorText(t, err)),
    });
  }

  return (
    <section className="panel" aria-labelledby="change-heading">
      <h2 id="change-heading">{t('changeHeading')}</h2>
      <p>{t('changeText')}</p>
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="change-heading">
        <WorkshopPicker
          id="manage-workshops"
          workshops={workshops}
          picked={picked}
          onChange={setPicked}
          error={error ?? undefined}
          heldSeats={new Set(registration.workshops.filter((w) => w.status === 'confirmed').map((w) => w.workshopId))}
        />
        <div role="alert">{error ? <p className="alert">{error}</p> : null}</div>
        <p role="status" className="status">
          {status}
        </p>
        <div>
          <button type="submit" className="button" disabled={change.isPending}>
            {change.isPending ? t('saving') : t('changeSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function CancelSection({ token, onCancelled }: { token: string; onCancelled: (saved: ManageRegistration) => void }) {
  const t = useTranslations('manage');
  const step = useConfirmStep();
  const [error, setError] = useState<string | null>(null);
  const cancel = useMutation({ mutationFn: () => publicApiClient.cancel(token) });

  return (
    <section className="panel" aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">{t('cancelHeading')}</h2>
      {step.confirming ? (
        <ConfirmBox
          titleAs="h3"
          title={t('cancelConfirmTitle')}
          explain={t('cancelConfirmText')}
          error={error}
          confirmLabel={cancel.isPending ? t('cancelling') : t('cancelConfirm')}
          cancelLabel={t('cancelKeep')}
          pending={cancel.isPending}
          onConfirm={() =>
            cancel.mutate(undefined, {
              onSuccess: (saved) => onCancelled(saved),
              onError: (err) => setError(errorText(t, err)),
            })
          }
          onCancel={step.cancel}
        />
      ) : (
        <>
          <p>{t('cancelText')}</p>
          <button
            ref={step.startRef}
            type="button"
            className="button button--ghost button--danger-ghost"
            onClick={() => step.ask(true)}
          >
            {t('cancelStart')}
          </button>
        </>
      )}
    </section>
  );
}
