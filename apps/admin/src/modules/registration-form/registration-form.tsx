'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  PUBLIC_LANGUAGES,
  pickLanguage,
  type CreateRegistration,
  type PublicLanguage,
  type RegistrationCreated,
} from '@wir/shared';
import { isApiError } from '@/lib/api-error';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { ErrorSummary, type SummaryItem } from './error-summary';
import { newIdempotencyKey } from './idempotency-key.util';
import { RegistrationExtraFields } from './registration-extra-fields';
import { registrationFailureOf } from './registration-failure.util';
import {
  fieldId,
  fieldOrder,
  readRegistrationForm,
  type ClientProblem,
  type FieldKey,
  type RegistrationFormEvent,
} from './registration-form-values.util';
import { RegistrationPersonFields } from './registration-person-fields';
import { RegistrationPrivacyFields } from './registration-privacy-fields';
import { WorkshopPicker } from './workshop-picker';

interface RegistrationFormProps {
  event: RegistrationFormEvent;
  /** `public`: the participant fills it in; `staff`: an office worker registers someone (e.g. by phone). */
  mode: 'public' | 'staff';
  /** Municipalities for the optional select; the select is left out when there are none. */
  municipalities?: readonly { id: number; name: string }[];
  submit: (body: CreateRegistration, idempotencyKey: string) => Promise<RegistrationCreated>;
  onRegistered: (result: RegistrationCreated, body: CreateRegistration) => void;
  /** Offered in the error summary when the e-mail is registered already. */
  resendLink?: (email: string) => Promise<void>;
  /** Called after a 409 `registration_closed`, so the page can show the event's current state. */
  onClosed?: () => void;
}

const PROBLEM_KEYS: Record<ClientProblem, 'required' | 'email' | 'clash' | 'requiredAnswer'> = {
  required: 'required',
  email: 'email',
  clash: 'clash',
  requiredAnswer: 'requiredAnswer',
};

export function RegistrationForm({
  event,
  mode,
  municipalities,
  submit,
  onRegistered,
  resendLink,
  onClosed,
}: RegistrationFormProps) {
  const t = useTranslations('registrationForm');
  const describeError = useDescribeError();
  const locale = useLocale();
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [duplicateEmail, setDuplicateEmail] = useState<string | null>(null);
  const [resendState, setResendState] = useState<'idle' | 'sending' | 'sent' | 'failed'>('idle');
  const [pending, setPending] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  // Until React has hydrated, a click would submit natively (personal data in a GET URL).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const summaryRef = useRef<HTMLDivElement>(null);
  // One key per submission attempt: kept while the same body is retried, new when the body changes.
  const attempt = useRef<{ key: string; json: string } | null>(null);

  useEffect(() => {
    if (focusTick > 0) summaryRef.current?.focus();
  }, [focusTick]);

  const questionLabel = (key: string) => {
    const question = event.questions.find((q) => q.key === key);
    return question ? pickLanguage(question.label, locale) : key;
  };

  function messageFor(key: FieldKey, problem: ClientProblem): string {
    if (key.startsWith('answers.'))
      return t('errors.requiredAnswer', { label: questionLabel(key.slice('answers.'.length)) });
    const field =
      key === 'consent.dataProcessing' ? 'consent' : key === 'consent.participantList' ? 'participantList' : key;
    return t(`errors.${field as 'firstName'}.${PROBLEM_KEYS[problem] as 'required'}`);
  }

  function fail(fields: Partial<Record<FieldKey, string>>, general: string[]) {
    setFieldErrors(fields);
    setFormErrors(general);
    setFocusTick((n) => n + 1);
  }

  function serverFailure(error: unknown, body: CreateRegistration) {
    const failure = registrationFailureOf(
      error,
      event.questions.map((q) => q.key),
      {
        duplicateEmail: t('errors.email.duplicate'),
        closed: t('errors.closed'),
        inProgress: t('errors.inProgress'),
        unexpected: t('errors.unexpected'),
        network: t('errors.network'),
        tooMany: (seconds) => t('errors.tooMany', { seconds }),
        server: t('errors.server'),
        forbidden: t('errors.forbidden'),
        workshopsRefused: t('errors.workshopIds.server'),
        answerRefused: (key) => t('errors.answerServer', { label: questionLabel(key) }),
        emailInvalid: t('errors.email.email'),
        required: (key) => messageFor(key, 'required'),
        check: (message) => t('errors.check', { message }),
        otherConflict: describeError,
      },
    );
    if (failure.duplicate) {
      setDuplicateEmail(body.email);
      setResendState('idle');
    }
    if (failure.closed) onClosed?.();
    fail(failure.fields, failure.general);
  }

  async function onSubmit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    if (pending) return;
    const data = new FormData(formEvent.currentTarget);
    const language = (mode === 'staff' ? data.get('language') : locale) as PublicLanguage;
    const { body, problems } = readRegistrationForm(
      data,
      event,
      (PUBLIC_LANGUAGES as readonly string[]).includes(language) ? language : 'de',
    );
    const entries = Object.entries(problems) as [FieldKey, ClientProblem][];
    setDuplicateEmail(null);
    if (entries.length > 0) {
      return fail(Object.fromEntries(entries.map(([key, problem]) => [key, messageFor(key, problem)])), []);
    }

    const json = JSON.stringify(body);
    if (attempt.current?.json !== json) attempt.current = { key: newIdempotencyKey(), json };
    setPending(true);
    try {
      const result = await submit(body, attempt.current.key);
      attempt.current = null;
      onRegistered(result, body);
    } catch (error) {
      // A definite answer about this body gets a fresh key next time; a retry after a network
      // error, 429 or 5xx reuses the key so the API can tell it is the same registration.
      const retryable = !isApiError(error) || error.status === 0 || error.status === 429 || error.status >= 500;
      if (!retryable) attempt.current = null;
      serverFailure(error, body);
    } finally {
      setPending(false);
    }
  }

  async function onResend() {
    if (!duplicateEmail || !resendLink) return;
    setResendState('sending');
    try {
      await resendLink(duplicateEmail);
      setResendState('sent');
    } catch {
      setResendState('failed');
    }
  }

  const summaryItems: SummaryItem[] = [
    ...formErrors.map((message) => ({ message })),
    ...(Object.entries(fieldErrors) as [FieldKey, string][])
      .sort(([a], [b]) => fieldOrder(a) - fieldOrder(b))
      .map(([key, message]) => ({
        targetId: key === 'workshopIds' ? `${fieldId('workshopIds')}-first` : fieldId(key),
        message,
      })),
  ];
  const err = (key: FieldKey) => fieldErrors[key];
  const isStaff = mode === 'staff';

  return (
    <form
      method="post"
      className="form registration-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="registration-form-title"
    >
      <div className="registration-form__head">
        <h2 id="registration-form-title">{isStaff ? t('staffTitle') : t('title')}</h2>
        <p className="field__hint">{t('requiredNote')}</p>
        <ErrorSummary ref={summaryRef} title={t('summaryTitle')} items={summaryItems}>
          {duplicateEmail && resendLink ? (
            <div className="error-summary__action">
              <p>{t('duplicateExplain')}</p>
              <button
                type="button"
                className="button button--small"
                onClick={onResend}
                disabled={resendState === 'sending'}
              >
                {t('resendLink')}
              </button>
            </div>
          ) : null}
        </ErrorSummary>
        <p role="status" className="status">
          {resendState === 'sent' && duplicateEmail ? t('resendSent', { email: duplicateEmail }) : ''}
          {resendState === 'failed' ? t('resendFailed') : ''}
        </p>
      </div>

      <RegistrationPersonFields event={event} isStaff={isStaff} municipalities={municipalities} err={err} />

      {event.workshops.length > 0 ? (
        <WorkshopPicker
          id={fieldId('workshopIds')}
          workshops={event.workshops}
          picked={picked}
          onChange={setPicked}
          error={err('workshopIds')}
        />
      ) : null}

      <RegistrationExtraFields event={event} err={err} />
      <RegistrationPrivacyFields event={event} isStaff={isStaff} err={err} />

      <div>
        <button type="submit" className="button" disabled={!hydrated} aria-disabled={pending || undefined}>
          {pending ? t('submitting') : isStaff ? t('submitStaff') : t('submit')}
        </button>
      </div>
    </form>
  );
}
