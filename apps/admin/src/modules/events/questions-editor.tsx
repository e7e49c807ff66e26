'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Event } from '@wir/shared';
import { isApiError } from '@/lib/api-error';
import { FormMessages } from '@/modules/ui/form-messages';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useUpdateEvent } from './events-queries';
import { shownErrorPaths } from './question-error-paths.util';
import {
  MAX_QUESTIONS,
  draftErrors,
  emptyQuestion,
  move,
  toDrafts,
  toQuestions,
  type QuestionDraft,
} from './question-drafts.util';
import { QuestionFields } from './question-fields';

/** The one field that `useFormFeedback` sees; the per-field errors are kept here by full path. */
const FEEDBACK_FIELDS = ['questions'] as const;

/** The event's own questions on the registration form: add, edit, reorder, remove; saved in one PATCH. */
export function QuestionsEditor({ event }: { event: Event }) {
  const t = useTranslations('events.questions');
  const tc = useTranslations('common');
  const update = useUpdateEvent(event.id);
  const feedback = useFormFeedback(FEEDBACK_FIELDS);
  const [drafts, setDrafts] = useState<QuestionDraft[]>(() => toDrafts(event.questions));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusError, setFocusError] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // After a failed save, the first marked field gets the focus.
  useEffect(() => {
    if (focusError === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusError]);

  /** Any change of order or count makes the indexed errors stale. */
  function restructure(next: QuestionDraft[]) {
    setDrafts(next);
    setErrors({});
    feedback.clear();
  }
  const changeAt = (index: number, change: (d: QuestionDraft) => QuestionDraft) =>
    drafts.map((d, i) => (i === index ? change(d) : d));

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const local = draftErrors(drafts, {
      duplicateKey: t('duplicateKey'),
      duplicateValue: t('duplicateValue'),
      noOptions: t('noOptions'),
    });
    if (Object.keys(local).length > 0) {
      setErrors(local);
      feedback.failWith(tc('errorValidation'));
      setFocusError((n) => n + 1);
      return;
    }
    update.mutate(
      { questions: toQuestions(drafts) },
      {
        onSuccess: (saved) => {
          setErrors({});
          setDrafts(toDrafts(saved.questions));
          feedback.succeed(t('saved'));
        },
        onError: (error) => {
          const byPath: Record<string, string> = {};
          if (isApiError(error)) for (const { path, message } of error.errors) byPath[path] ??= message;
          setErrors(byPath);
          feedback.fail(error);
          setFocusError((n) => n + 1);
        },
      },
    );
  }

  // Errors the API names on a path no field shows are added to the form's message.
  const shown = shownErrorPaths(drafts);
  const leftOver = Object.entries(errors)
    .filter(([path]) => !shown.has(path))
    .map(([path, message]) => `${path}: ${message}`);
  const formError = feedback.formError ? [feedback.formError, ...leftOver].join(' ') : null;

  return (
    <section className="panel" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t('title')}</h2>
      <p>{t('intro')}</p>
      <form ref={formRef} className="form form--wide" onSubmit={submit} noValidate aria-label={t('title')}>
        {drafts.length === 0 ? <p>{t('empty')}</p> : null}
        {drafts.map((draft, index) => (
          <QuestionFields
            key={draft.uid}
            draft={draft}
            index={index}
            count={drafts.length}
            errors={errors}
            onChange={(change) => setDrafts((list) => list.map((d, i) => (i === index ? change(d) : d)))}
            onRestructure={(change) => restructure(changeAt(index, change))}
            onMove={(by) => restructure(move(drafts, index, by))}
            onRemove={() => restructure(drafts.filter((_, i) => i !== index))}
          />
        ))}
        <div>
          <button
            type="button"
            className="button button--ghost"
            disabled={drafts.length >= MAX_QUESTIONS}
            onClick={() => restructure([...drafts, emptyQuestion()])}
          >
            {t('add')}
          </button>
          {drafts.length >= MAX_QUESTIONS ? (
            <span className="field__hint"> {t('tooMany', { max: MAX_QUESTIONS })}</span>
          ) : null}
        </div>
        <FormMessages error={formError} status={feedback.status} />
        <div>
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? tc('saving') : t('save')}
          </button>
        </div>
      </form>
    </section>
  );
}
