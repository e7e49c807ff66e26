'use client';

import { useLocale, useTranslations } from 'next-intl';
import {
  OFFER_STATUSES,
  OFFER_TARGET_GROUPS,
  pickLanguage,
  type SurveyAnswerValue,
  type SurveyQuestion,
} from '@wir/shared';
import { RequiredMark } from '@/modules/ui/required-mark';
import type { OfferRowDraft } from './offer-rows.util';

type Props = {
  question: SurveyQuestion;
  value: SurveyAnswerValue | undefined;
  error?: string;
  onChange(value: SurveyAnswerValue | null): void;
  /** A value the page keeps but cannot save yet (e.g. "12,a" in a number field), with the reason. */
  onInvalid(value: string, message: string): void;
};

/** One question of a questionnaire, by its type; ids `q-<key>` are what the error summary links to. */
export function SurveyQuestionField({ question, value, error, onChange, onInvalid }: Props) {
  const t = useTranslations('surveyAnswer');
  const locale = useLocale();
  const id = `q-${question.key}`;
  const label = pickLanguage(question.label, locale);
  const help = question.help?.de ? pickLanguage({ ...question.help, de: question.help.de }, locale) : '';
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const invalid = error ? true : undefined;
  const helpText = help ? (
    <p id={`${id}-help`} className="field__hint">
      {help}
    </p>
  ) : null;
  const errorText = error ? (
    <p id={`${id}-error`} className="field__error">
      {error}
    </p>
  ) : null;
  const fieldLabel = (
    <label htmlFor={id}>
      {label}
      <RequiredMark show={question.required} />
    </label>
  );
  const legend = (
    <legend>
      {label}
      <RequiredMark show={question.required} />
      {question.required ? <span className="visually-hidden"> ({t('requiredHint')})</span> : null}
    </legend>
  );

  switch (question.type) {
    case 'text':
      return (
        <div className="field">
          {fieldLabel}
          {helpText}
          {question.multiline ? (
            <textarea
              id={id}
              rows={5}
              maxLength={question.maxLength}
              required={question.required}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
            />
          ) : (
            <input
              id={id}
              type="text"
              maxLength={question.maxLength}
              required={question.required}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
            />
          )}
          {errorText}
        </div>
      );
    case 'number':
      return (
        <div className="field">
          {fieldLabel}
          {helpText}
          <input
            id={id}
            type="text"
            inputMode={question.integer ? 'numeric' : 'decimal'}
            dir="ltr"
            required={question.required}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            value={value === undefined ? '' : String(value)}
            onChange={(e) => {
              const text = e.target.value.trim();
              if (text === '') return onChange(null);
              const number = Number(text.replace(',', '.'));
              if (!Number.isFinite(number) || (question.integer && !Number.isInteger(number)))
                return onInvalid(e.target.value, question.integer ? t('wholeNumber') : t('notANumber'));
              onChange(number);
            }}
          />
          {errorText}
        </div>
      );
    case 'single_choice':
    case 'yes_no':
    case 'scale': {
      const options: { value: string | number | boolean; label: string }[] =
        question.type === 'single_choice'
          ? question.options.map((o) => ({ value: o.value, label: pickLanguage(o.label, locale) }))
          : question.type === 'yes_no'
            ? [
                { value: true, label: t('yes') },
                { value: false, label: t('no') },
              ]
            : [1, 2, 3, 4, 5].map((n) => ({
                value: n,
                label:
                  n === 1
                    ? `1 – ${pickLanguage(question.minLabel, locale)}`
                    : n === 5
                      ? `5 – ${pickLanguage(question.maxLabel, locale)}`
                      : String(n),
              }));
      return (
        <fieldset className="field" id={id} aria-describedby={describedBy} tabIndex={-1}>
          {legend}
          {helpText}
          <div className={question.type === 'scale' ? 'choice-list choice-list--scale' : 'choice-list'}>
            {options.map((option, index) => (
              <label key={String(option.value)} className="choice">
                <input
                  type="radio"
                  name={question.key}
                  id={index === 0 ? `${id}-first` : undefined}
                  checked={value === option.value}
                  aria-invalid={invalid}
                  onChange={() => onChange(option.value as SurveyAnswerValue)}
                />
                {option.label}
              </label>
            ))}
          </div>
          {errorText}
        </fieldset>
      );
    }
    case 'multiple_choice': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset className="field" id={id} aria-describedby={describedBy} tabIndex={-1}>
          {legend}
          {helpText}
          <div className="choice-list">
            {question.options.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(option.value)}
                  aria-invalid={invalid}
                  onChange={(e) => {
                    const next = e.target.checked
                      ? [...chosen, option.value]
                      : chosen.filter((v) => v !== option.value);
                    onChange(next.length ? next : null);
                  }}
                />
                {pickLanguage(option.label, locale)}
              </label>
            ))}
          </div>
          {errorText}
        </fieldset>
      );
    }
    case 'offer_list':
      return (
        <fieldset className="field offer-rows" id={id} aria-describedby={describedBy} tabIndex={-1}>
          {legend}
          {helpText}
          <OfferRows
            rows={Array.isArray(value) ? (value as OfferRowDraft[]) : []}
            maxRows={question.maxRows}
            questionKey={question.key}
            onChange={(rows) => onChange(rows.length ? (rows as Record<string, unknown>[]) : null)}
          />
          {errorText}
        </fieldset>
      );
  }
}

function OfferRows({
  rows,
  maxRows,
  questionKey,
  onChange,
}: {
  rows: OfferRowDraft[];
  maxRows: number;
  questionKey: string;
  onChange(rows: OfferRowDraft[]): void;
}) {
  const t = useTranslations('surveyAnswer.offer');
  const set = (index: number, patch: Partial<OfferRowDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <>
      {rows.map((row, index) => {
        const base = `${questionKey}-${index}`;
        return (
          <div key={index} className="offer-row" role="group" aria-labelledby={`${base}-heading`}>
            <h3 id={`${base}-heading`}>{t('rowHeading', { number: index + 1 })}</h3>
            <div className="field">
              <label htmlFor={`${base}-title`}>
                {t('title')}
                <RequiredMark show />
              </label>
              <input
                id={`${base}-title`}
                type="text"
                maxLength={200}
                value={row.title ?? ''}
                onChange={(e) => set(index, { title: e.target.value })}
              />
              <p className="field__hint">{t('titleHint')}</p>
            </div>
            <div className="field">
              <label htmlFor={`${base}-description`}>{t('description')}</label>
              <textarea
                id={`${base}-description`}
                rows={3}
                maxLength={4000}
                value={row.description ?? ''}
                onChange={(e) => set(index, { description: e.target.value })}
              />
            </div>
            <fieldset className="field">
              <legend>{t('targetGroups')}</legend>
              <div className="choice-list">
                {OFFER_TARGET_GROUPS.map((group) => (
                  <label key={group} className="checkbox">
                    <input
                      type="checkbox"
                      checked={(row.targetGroups ?? []).includes(group)}
                      onChange={(e) =>
                        set(index, {
                          targetGroups: e.target.checked
                            ? [...(row.targetGroups ?? []), group]
                            : (row.targetGroups ?? []).filter((g) => g !== group),
                        })
                      }
                    />
                    {t(`targetGroup.${group}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor={`${base}-status`}>{t('status')}</label>
              <select
                id={`${base}-status`}
                value={row.status ?? 'running'}
                onChange={(e) => set(index, { status: e.target.value })}
              >
                {OFFER_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`statuses.${status}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${base}-contactName`}>{t('contactName')}</label>
              <input
                id={`${base}-contactName`}
                type="text"
                maxLength={200}
                autoComplete="off"
                value={row.contactName ?? ''}
                onChange={(e) => set(index, { contactName: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${base}-contactEmail`}>{t('contactEmail')}</label>
              <input
                id={`${base}-contactEmail`}
                type="email"
                dir="ltr"
                maxLength={254}
                autoComplete="off"
                value={row.contactEmail ?? ''}
                onChange={(e) => set(index, { contactEmail: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${base}-contactPhone`}>{t('contactPhone')}</label>
              <input
                id={`${base}-contactPhone`}
                type="tel"
                dir="ltr"
                maxLength={50}
                autoComplete="off"
                value={row.contactPhone ?? ''}
                onChange={(e) => set(index, { contactPhone: e.target.value })}
              />
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={row.contactPublic ?? false}
                onChange={(e) => set(index, { contactPublic: e.target.checked })}
              />
              {t('contactPublic')}
            </label>
            <p>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                {t('remove', { number: index + 1 })}
              </button>
            </p>
          </div>
        );
      })}
      {rows.length < maxRows ? (
        <p>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => onChange([...rows, { status: 'running', targetGroups: [], contactPublic: false }])}
          >
            {t('add')}
          </button>
        </p>
      ) : null}
    </>
  );
}
