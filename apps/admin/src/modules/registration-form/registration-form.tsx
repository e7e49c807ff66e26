'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ORGANISATION_TYPES, PUBLIC_LANGUAGES, pickLanguage, type CreateRegistration, type PublicLanguage, type RegistrationCreated } from '@wir/shared';
import { isApiError } from '@/lib/api-error';
import { CheckboxField } from '@/modules/ui/checkbox-field';
import { SelectField } from '@/modules/ui/select-field';
import { TextAreaField } from '@/modules/ui/text-area-field';
import { TextField } from '@/modules/ui/text-field';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { ErrorSummary, type SummaryItem } from './error-summary';
import { newIdempotencyKey } from './idempotency-key.util';
import { QuestionField } from './question-field';
import { registrationConflictOf } from './registration-conflict.util';
import {
  fieldId,
  fieldKeyOfPath,
  fieldOrder,
  readRegistrationForm,
  type ClientProblem,
  type FieldKey,
  type RegistrationFormEvent,
} from './registration-form-values.util';
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

export function RegistrationForm({ event, mode, municipalities, submit, onRegistered, resendLink, onClosed }: RegistrationFormProps) {
  const t = useTranslations('registrationForm');
  const tTypes = useTranslations('organisationTypes');
  const tLang = useTranslations('shell.languageNames');
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
    if (key.startsWith('answers.')) return t('errors.requiredAnswer', { label: questionLabel(key.slice('answers.'.length)) });
    const field = key === 'consent.dataProcessing' ? 'consent' : key === 'consent.participantList' ? 'participantList' : key;
    return t(`errors.${field as 'firstName'}.${PROBLEM_KEYS[problem] as 'required'}`);
  }

  function fail(fields: Partial<Record<FieldKey, string>>, general: string[]) {
    setFieldErrors(fields);
    setFormErrors(general);
    setFocusTick((n) => n + 1);
  }

  function serverFailure(error: unknown, body: CreateRegistration) {
    const conflict = registrationConflictOf(error);
    if (conflict === 'duplicate') {
      setDuplicateEmail(body.email);
      setResendState('idle');
      return fail({ email: t('errors.email.duplicate') }, []);
    }
    if (conflict === 'closed') {
      onClosed?.();
      return fail({}, [t('errors.closed')]);
    }
    if (conflict === 'inProgress') return fail({}, [t('errors.inProgress')]);
    if (conflict === 'other') return fail({}, [describeError(error)]);
    if (!isApiError(error)) return fail({}, [t('errors.unexpected')]);
    if (error.status === 0) return fail({}, [t('errors.network')]);
    if (error.status === 429) return fail({}, [t('errors.tooMany', { seconds: error.retryAfterSeconds ?? 60 })]);
    if (error.status >= 500) return fail({}, [t('errors.server')]);
    if (error.status === 403) return fail({}, [t('errors.forbidden')]);

    const questionKeys = event.questions.map((q) => q.key);
    const fields: Partial<Record<FieldKey, string>> = {};
    const general: string[] = [];
    for (const { path, message } of error.errors) {
      const key = fieldKeyOfPath(path, questionKeys);
      if (!key) general.push(path ? `${path}: ${message}` : message);
      else if (key === 'workshopIds') fields[key] ??= t('errors.workshopIds.server');
      else if (key.startsWith('answers.')) fields[key] ??= t('errors.answerServer', { label: questionLabel(key.slice(8)) });
      else if (key === 'email') fields[key] ??= t('errors.email.email');
      else if (key === 'consent.dataProcessing' || key === 'firstName' || key === 'lastName' || key === 'organisationType')
        fields[key] ??= messageFor(key, 'required');
      else fields[key] ??= t('errors.check', { message });
    }
    if (Object.keys(fields).length === 0 && general.length === 0) general.push(t('errors.unexpected'));
    fail(fields, general);
  }

  async function onSubmit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    if (pending) return;
    const data = new FormData(formEvent.currentTarget);
    const language = (mode === 'staff' ? data.get('language') : locale) as PublicLanguage;
    const { body, problems } = readRegistrationForm(data, event, (PUBLIC_LANGUAGES as readonly string[]).includes(language) ? language : 'de');
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
    <form method="post" className="form registration-form" onSubmit={onSubmit} noValidate aria-labelledby="registration-form-title">
      <div className="registration-form__head">
      <h2 id="registration-form-title">{isStaff ? t('staffTitle') : t('title')}</h2>
      <p className="field__hint">{t('requiredNote')}</p>
      <ErrorSummary ref={summaryRef} title={t('summaryTitle')} items={summaryItems}>
        {duplicateEmail && resendLink ? (
          <div className="error-summary__action">
            <p>{t('duplicateExplain')}</p>
            <button type="button" className="button button--small" onClick={onResend} disabled={resendState === 'sending'}>
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

      <fieldset className="form__group">
        <legend>{t('aboutYou')}</legend>
        <div className="form__row">
          <TextField id={fieldId('firstName')} name="firstName" label={t('firstName')} autoComplete={isStaff ? 'off' : 'given-name'} required markRequired maxLength={100} error={err('firstName')} />
          <TextField id={fieldId('lastName')} name="lastName" label={t('lastName')} autoComplete={isStaff ? 'off' : 'family-name'} required markRequired maxLength={100} error={err('lastName')} />
        </div>
        <TextField
          id={fieldId('email')}
          name="email"
          type="email"
          dir="ltr"
          label={t('email')}
          hint={isStaff ? undefined : t('emailHint')}
          autoComplete={isStaff ? 'off' : 'email'}
          required
          markRequired
          maxLength={254}
          error={err('email')}
        />
        <TextField id={fieldId('organisationName')} name="organisationName" label={t('organisationName')} autoComplete={isStaff ? 'off' : 'organization'} optional maxLength={200} error={err('organisationName')} />
        <SelectField
          id={fieldId('organisationType')}
          name="organisationType"
          label={t('organisationType')}
          required
          markRequired
          defaultValue=""
          options={[{ value: '', label: t('choose') }, ...ORGANISATION_TYPES.map((type) => ({ value: type, label: tTypes(type) }))]}
          error={err('organisationType')}
        />
        {municipalities && municipalities.length > 0 ? (
          <SelectField
            id={fieldId('municipalityId')}
            name="municipalityId"
            label={t('municipality')}
            defaultValue=""
            options={[{ value: '', label: t('municipalityNone') }, ...municipalities.map((m) => ({ value: String(m.id), label: m.name }))]}
            error={err('municipalityId')}
          />
        ) : null}
        {isStaff ? (
          <SelectField
            id={fieldId('language')}
            name="language"
            label={t('language')}
            hint={t('languageHint')}
            defaultValue={event.languages.includes('de') ? 'de' : event.languages[0]}
            options={event.languages.map((code) => ({ value: code, label: tLang(code) }))}
            error={err('language')}
          />
        ) : null}
      </fieldset>

      {event.workshops.length > 0 ? (
        <WorkshopPicker id={fieldId('workshopIds')} workshops={event.workshops} picked={picked} onChange={setPicked} error={err('workshopIds')} />
      ) : null}

      <fieldset className="form__group">
        <legend>{t('support')}</legend>
        <TextField id={fieldId('interpretingLanguage')} name="interpretingLanguage" label={t('interpretingLanguage')} hint={t('interpretingLanguageHint')} optional maxLength={100} error={err('interpretingLanguage')} />
        <TextAreaField id={fieldId('accessibilityNeeds')} name="accessibilityNeeds" label={t('accessibilityNeeds')} hint={t('accessibilityNeedsHint')} maxLength={1000} error={err('accessibilityNeeds')} />
      </fieldset>

      {event.questions.length > 0 ? (
        <fieldset className="form__group">
          <legend>{t('questions')}</legend>
          {event.questions.map((question) => (
            <QuestionField key={question.key} question={question} id={fieldId(`answers.${question.key}`)} error={err(`answers.${question.key}`)} />
          ))}
        </fieldset>
      ) : null}

      <fieldset className="form__group">
        <legend>{t('privacy')}</legend>
        <p className="privacy-text">
          {isStaff ? t('privacyStaff') : t('privacyText')}{' '}
          {event.retentionDays !== undefined ? t('retention', { days: event.retentionDays }) : t('retentionUnknown')} {t('privacyRights')}
        </p>
        <CheckboxField
          id={fieldId('consent.dataProcessing')}
          name="consent.dataProcessing"
          label={isStaff ? t('consentDataProcessingStaff') : t('consentDataProcessing')}
          required
          markRequired
          error={err('consent.dataProcessing')}
        />
        <CheckboxField
          id={fieldId('consent.participantList')}
          name="consent.participantList"
          label={isStaff ? t('consentParticipantListStaff') : t('consentParticipantList')}
          hint={t('consentParticipantListHint')}
          error={err('consent.participantList')}
        />
      </fieldset>

      <div>
        <button type="submit" className="button" disabled={!hydrated} aria-disabled={pending || undefined}>
          {pending ? t('submitting') : isStaff ? t('submitStaff') : t('submit')}
        </button>
      </div>
    </form>
  );
}
