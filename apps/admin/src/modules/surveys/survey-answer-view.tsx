'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  pickLanguage,
  visibleQuestionKeys,
  type PublicSurvey,
  type SurveyAnswers,
  type SurveyAnswerValue,
} from '@wir/shared';
import { publicApiClient } from '@/lib/public-api-client';
import { isApiError } from '@/lib/api-error';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { SurveyQuestionField } from './survey-question-field';
import { offerRowsToSave } from './offer-rows.util';

/** How long the page waits after the last change before it saves. */
const SAVE_DELAY_MS = 800;

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * The questionnaire behind a personal or anonymous link: answers are saved as the person goes
 * (debounced), so closing the page loses nothing; submitting runs the full check on the server.
 */
export function SurveyAnswerView({ token, initial }: { token: string; initial: PublicSurvey }) {
  const t = useTranslations('surveyAnswer');
  const locale = useLocale();
  const describeError = useDescribeError();
  const [answers, setAnswers] = useState<Partial<SurveyAnswers>>(initial.answers as Partial<SurveyAnswers>);
  const [saveState, setSaveState] = useState<SaveState>(initial.updatedAt ? 'saved' : 'idle');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submittedAt, setSubmittedAt] = useState<string | null>(initial.submittedAt);
  const [submitting, setSubmitting] = useState(false);
  const pending = useRef<Record<string, SurveyAnswerValue | null>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const summaryRef = useRef<HTMLDivElement>(null);
  const definition = initial.definition;
  const visible = useMemo(() => visibleQuestionKeys(definition, answers), [definition, answers]);
  const language = (['de', 'en', 'tr', 'ar'] as const).find((l) => l === locale) ?? 'de';

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const batch = pending.current;
    pending.current = {};
    if (Object.keys(batch).length === 0) return saving.current;
    setSaveState('saving');
    saving.current = saving.current.then(async () => {
      try {
        await publicApiClient.saveSurveyAnswers(token, { answers: batch, language });
        setSaveState('saved');
        setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([key]) => !(key in batch))));
      } catch (error) {
        setSaveState('error');
        if (isApiError(error) && error.errors.length) {
          const byKey: Record<string, string> = {};
          for (const e of error.errors) byKey[e.path.split('.')[1] ?? e.path] ??= e.message;
          setErrors((previous) => ({ ...previous, ...byKey }));
        }
        // Kept for the next try: a later change or the submit sends them again.
        pending.current = { ...batch, ...pending.current };
      }
    });
    return saving.current;
  }, [token, language]);

  useEffect(() => () => clearTimeout(timer.current), []);
  // Leaving the page: send what is still waiting with `keepalive`, so the request outlives the page.
  useEffect(() => {
    const onHide = () => {
      const batch = pending.current;
      if (Object.keys(batch).length === 0) return;
      pending.current = {};
      clearTimeout(timer.current);
      void fetch(`/api/public/surveys/${encodeURIComponent(token)}/answers`, {
        method: 'PUT',
        keepalive: true,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ answers: batch, language }),
      }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [token, language]);

  const change = (key: string, value: SurveyAnswerValue | null, wire: SurveyAnswerValue | null | undefined = value) => {
    setAnswers((previous) => {
      const next = { ...previous };
      if (value === null) delete next[key];
      else next[key] = value;
      return next;
    });
    // `undefined`: nothing savable yet (e.g. a number being typed); the field shows why.
    if (wire !== undefined) {
      pending.current[key] = wire;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitError(null);
    setSubmitting(true);
    try {
      await flush();
      const result = await publicApiClient.submitSurvey(token);
      setSubmittedAt(result.submittedAt);
      window.scrollTo({ top: 0 });
    } catch (error) {
      if (isApiError(error) && error.errors.length) {
        const byKey: Record<string, string> = {};
        for (const e of error.errors)
          byKey[e.path.split('.')[1] ?? e.path] ??= e.message === 'required' ? t('required') : e.message;
        setErrors(byKey);
      }
      setSubmitError(describeError(error));
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSubmitting(false);
    }
  };

  const title = pickLanguage(initial.title, locale);
  const introduction = initial.introduction
    ? pickLanguage({ ...initial.introduction, de: initial.introduction.de ?? '' }, locale)
    : '';

  if (submittedAt) {
    return (
      <>
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{title}</h1>
        <section className="panel" aria-labelledby="survey-thanks">
          <h2 id="survey-thanks">{t('thanksTitle')}</h2>
          <p role="status">{t('thanksText')}</p>
          <p>
            <a className="button" href={publicApiClient.surveyAnswersPdfUrl(token, language)} download>
              {t('downloadPdf')}
            </a>
          </p>
        </section>
      </>
    );
  }

  if (initial.surveyStatus === 'closed') {
    return (
      <>
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{title}</h1>
        <p role="status">{t('problem.closed.text')}</p>
      </>
    );
  }

  const errorEntries = Object.entries(errors).filter(([key]) => visible.has(key));
  return (
    <>
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1>{title}</h1>
      {introduction ? <p className="survey-intro">{introduction}</p> : null}
      <p className="field__hint">{t('autosaveHint')}</p>
      <form className="form form--wide survey-form" onSubmit={submit} noValidate>
        {definition.sections.map((section) => {
          const questions = section.questions.filter((q) => visible.has(q.key));
          if (!questions.length) return null;
          return (
            <section key={section.key} className="panel" aria-labelledby={`section-${section.key}`}>
              <h2 id={`section-${section.key}`}>{pickLanguage(section.title, locale)}</h2>
              {section.description?.de ? (
                <p>{pickLanguage({ ...section.description, de: section.description.de }, locale)}</p>
              ) : null}
              {questions.map((question) => (
                <SurveyQuestionField
                  key={question.key}
                  question={question}
                  value={answers[question.key]}
                  error={errors[question.key]}
                  onChange={(value) => {
                    if (question.type === 'offer_list')
                      change(question.key, value, offerRowsToSave(value as Record<string, unknown>[]));
                    else change(question.key, value);
                  }}
                  onInvalid={(value, message) => {
                    setAnswers((previous) => ({ ...previous, [question.key]: value }) as Partial<SurveyAnswers>);
                    setErrors((previous) => ({ ...previous, [question.key]: message }));
                  }}
                />
              ))}
            </section>
          );
        })}
        {submitError ? (
          <div ref={summaryRef} className="error-summary" role="alert" tabIndex={-1}>
            <p>{submitError}</p>
            {errorEntries.length ? (
              <ul>
                {errorEntries.map(([key, message]) => (
                  <li key={key}>
                    <a href={`#q-${key}`}>{labelOf(definition, key, locale)}</a>: {message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button--large" disabled={submitting}>
            {submitting ? t('submitting') : t('submit')}
          </button>
          <p className="last-saved" role="status" aria-live="polite">
            {saveState === 'saving'
              ? t('saving')
              : saveState === 'saved'
                ? t('saved')
                : saveState === 'error'
                  ? t('saveFailed')
                  : ''}
          </p>
        </div>
      </form>
    </>
  );
}

function labelOf(definition: PublicSurvey['definition'], key: string, locale: string): string {
  for (const section of definition.sections)
    for (const q of section.questions) if (q.key === key) return pickLanguage(q.label, locale);
  return key;
}
