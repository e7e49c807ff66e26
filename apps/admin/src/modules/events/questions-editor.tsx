'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { PUBLIC_LANGUAGES, QUESTION_KINDS, type Event, type PublicLanguage } from '@wir/shared';
import { isApiError } from '@/lib/api-error';
import { CheckboxField } from '@/modules/ui/checkbox-field';
import { FieldError } from '@/modules/ui/field-error';
import { FormMessages } from '@/modules/ui/form-messages';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useUpdateEvent } from './events-queries';
import {
  MAX_OPTIONS,
  MAX_QUESTIONS,
  draftErrors,
  emptyOption,
  emptyQuestion,
  keyFromLabel,
  move,
  toDrafts,
  toQuestions,
  valueFromLabel,
  type OptionDraft,
  type QuestionDraft,
  type TextDraft,
} from './question-drafts.util';

/** The one field that `useFormFeedback` sees; the per-field errors are kept here by full path. */
const FEEDBACK_FIELDS = ['questions'] as const;
const LANGUAGE_SUFFIXES = PUBLIC_LANGUAGES.map((code) => `.${code}`);

/** Every error path a field of the editor shows (`questions.0.key`, `questions.1.options.0.label.de`, …). */
function shownPaths(drafts: readonly QuestionDraft[]): Set<string> {
  const paths = new Set<string>();
  drafts.forEach((d, i) => {
    const p = `questions.${i}`;
    for (const field of ['key', 'kind', 'required', 'options', 'label', ...LANGUAGE_SUFFIXES.map((s) => `label${s}`)]) paths.add(`${p}.${field}`);
    d.options.forEach((_, j) => {
      for (const field of ['value', 'label', ...LANGUAGE_SUFFIXES.map((s) => `label${s}`)]) paths.add(`${p}.options.${j}.${field}`);
    });
  });
  return paths;
}

interface LabelInputsProps {
  legend: string;
  value: TextDraft;
  onChange: (code: PublicLanguage, text: string) => void;
  maxLength: number;
  /** Errors by language ('de' also takes an error of the whole text). */
  errorOf: (code: PublicLanguage) => string | undefined;
}

function LabelInputs({ legend, value, onChange, maxLength, errorOf }: LabelInputsProps) {
  const tLang = useTranslations('shell.languageNames');
  return (
    <fieldset className="field localized-text">
      <legend>{legend}</legend>
      {PUBLIC_LANGUAGES.map((code) => (
        <TextField
          key={code}
          name={`label.${code}`}
          label={tLang(code)}
          lang={code}
          dir={code === 'ar' ? 'rtl' : undefined}
          value={value[code]}
          onChange={(e) => onChange(code, e.target.value)}
          maxLength={maxLength}
          required={code === 'de'}
          markRequired={code === 'de'}
          optional={code !== 'de'}
          error={errorOf(code)}
        />
      ))}
    </fieldset>
  );
}

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

  function patch(index: number, change: (d: QuestionDraft) => QuestionDraft) {
    setDrafts((list) => list.map((d, i) => (i === index ? change(d) : d)));
  }

  function patchOption(index: number, optionIndex: number, change: (o: OptionDraft) => OptionDraft) {
    patch(index, (d) => ({ ...d, options: d.options.map((o, j) => (j === optionIndex ? change(o) : o)) }));
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const local = draftErrors(drafts, { duplicateKey: t('duplicateKey'), duplicateValue: t('duplicateValue'), noOptions: t('noOptions') });
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

  const shown = shownPaths(drafts);
  const leftOver = Object.entries(errors)
    .filter(([path]) => !shown.has(path))
    .map(([path, message]) => `${path}: ${message}`);
  const formError = feedback.formError ? [feedback.formError, ...leftOver].join(' ') : null;
  const labelError = (prefix: string) => (code: PublicLanguage) => errors[`${prefix}.label.${code}`] ?? (code === 'de' ? errors[`${prefix}.label`] : undefined);

  return (
    <section className="panel" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t('title')}</h2>
      <p>{t('intro')}</p>
      <form ref={formRef} className="form form--wide" onSubmit={submit} noValidate aria-label={t('title')}>
        {drafts.length === 0 ? <p>{t('empty')}</p> : null}
        {drafts.map((draft, index) => {
          const p = `questions.${index}`;
          const number = index + 1;
          return (
            <fieldset key={draft.uid} className="form__group">
              <legend>{t('question', { number })}</legend>
              <LabelInputs
                legend={t('label')}
                value={draft.label}
                maxLength={300}
                errorOf={labelError(p)}
                onChange={(code, text) =>
                  patch(index, (d) => ({
                    ...d,
                    label: { ...d.label, [code]: text },
                    key: code === 'de' && !d.keyTouched ? keyFromLabel(text) : d.key,
                  }))
                }
              />
              <div className="form__row">
                <TextField
                  name="key"
                  label={t('key')}
                  hint={t('keyHint')}
                  dir="ltr"
                  maxLength={40}
                  required
                  markRequired
                  value={draft.key}
                  onChange={(e) => {
                    const key = e.target.value;
                    patch(index, (d) => ({ ...d, key, keyTouched: key !== '' }));
                  }}
                  error={errors[`${p}.key`]}
                />
                <SelectField
                  name="kind"
                  label={t('kind')}
                  value={draft.kind}
                  onChange={(e) => {
                    const kind = e.target.value as QuestionDraft['kind'];
                    patch(index, (d) => ({ ...d, kind, options: kind === 'choice' && d.options.length === 0 ? [emptyOption()] : d.options }));
                  }}
                  options={QUESTION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
                  error={errors[`${p}.kind`]}
                />
              </div>
              <CheckboxField
                name="required"
                label={t('required')}
                checked={draft.required}
                onChange={(e) => {
                  const required = e.target.checked;
                  patch(index, (d) => ({ ...d, required }));
                }}
                error={errors[`${p}.required`]}
              />
              {draft.kind === 'choice' ? (
                <fieldset className="field" aria-describedby={errors[`${p}.options`] ? `questions-${draft.uid}-options-error` : undefined}>
                  <legend>{t('options')}</legend>
                  <FieldError id={`questions-${draft.uid}-options-error`} message={errors[`${p}.options`]} />
                  {draft.options.map((option, optionIndex) => {
                    const o = `${p}.options.${optionIndex}`;
                    const optionNumber = optionIndex + 1;
                    return (
                      <fieldset key={option.uid} className="form__group">
                        <legend>{t('option', { number: optionNumber })}</legend>
                        <LabelInputs
                          legend={t('optionLabel')}
                          value={option.label}
                          maxLength={200}
                          errorOf={labelError(o)}
                          onChange={(code, text) =>
                            patchOption(index, optionIndex, (current) => ({
                              ...current,
                              label: { ...current.label, [code]: text },
                              value: code === 'de' && !current.valueTouched ? valueFromLabel(text) : current.value,
                            }))
                          }
                        />
                        <div className="form__row">
                          <TextField
                            name="value"
                            label={t('optionValue')}
                            hint={t('optionValueHint')}
                            dir="ltr"
                            maxLength={40}
                            required
                            markRequired
                            value={option.value}
                            onChange={(e) => {
                              const value = e.target.value;
                              patchOption(index, optionIndex, (current) => ({ ...current, value, valueTouched: value !== '' }));
                            }}
                            error={errors[`${o}.value`]}
                          />
                        </div>
                        <div className="button-row">
                          <button
                            type="button"
                            className="button button--ghost button--small"
                            onClick={() => restructure(drafts.map((d, i) => (i === index ? { ...d, options: d.options.filter((_, j) => j !== optionIndex) } : d)))}
                          >
                            {t('removeOption', { number: optionNumber })}
                          </button>
                        </div>
                      </fieldset>
                    );
                  })}
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      disabled={draft.options.length >= MAX_OPTIONS}
                      onClick={() => restructure(drafts.map((d, i) => (i === index ? { ...d, options: [...d.options, emptyOption()] } : d)))}
                    >
                      {t('addOption')}
                    </button>
                  </div>
                </fieldset>
              ) : null}
              <div className="button-row">
                <button type="button" className="button button--ghost button--small" disabled={index === 0} onClick={() => restructure(move(drafts, index, -1))}>
                  {t('moveUp', { number })}
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={index === drafts.length - 1}
                  onClick={() => restructure(move(drafts, index, 1))}
                >
                  {t('moveDown', { number })}
                </button>
                <button type="button" className="button button--ghost button--small" onClick={() => restructure(drafts.filter((_, i) => i !== index))}>
                  {t('remove', { number })}
                </button>
              </div>
            </fieldset>
          );
        })}
        <div>
          <button type="button" className="button button--ghost" disabled={drafts.length >= MAX_QUESTIONS} onClick={() => restructure([...drafts, emptyQuestion()])}>
            {t('add')}
          </button>
          {drafts.length >= MAX_QUESTIONS ? <span className="field__hint"> {t('tooMany', { max: MAX_QUESTIONS })}</span> : null}
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
