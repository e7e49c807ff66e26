'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  SURVEY_QUESTION_TYPES,
  type SurveyDefinition,
  type SurveyQuestion,
  type SurveyQuestionType,
  type SurveySection,
} from '@wir/shared';
import { isApiError } from '@/lib/api-error';
import { FormMessages } from '@/modules/ui/form-messages';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { allKeys, changeType, locateProblem, move, newQuestion } from './definition-draft.util';
import { cleanLocalized, LocalizedInputs, type LocalizedDraft } from './localized-inputs';

type Props = {
  definition: SurveyDefinition;
  frozen: boolean;
  versionNumber: number;
  pending: boolean;
  onSave(definition: SurveyDefinition, done: { onSuccess(): void; onError(error: unknown): void }): void;
};

/**
 * The questions of a survey: sections, question types, required, show-if, four-language texts.
 * Once the survey was opened its version is frozen: saving a change creates version n+1.
 */
export function DefinitionEditor({ definition, frozen, versionNumber, pending, onSave }: Props) {
  const t = useTranslations('surveys.editor');
  const describeError = useDescribeError();
  const [draft, setDraft] = useState<SurveyDefinition>(definition);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const setSection = (index: number, section: SurveySection) =>
    setDraft({ sections: draft.sections.map((s, i) => (i === index ? section : s)) });
  const setQuestion = (s: number, q: number, question: SurveyQuestion) =>
    setSection(s, {
      ...draft.sections[s],
      questions: draft.sections[s].questions.map((x, i) => (i === q ? question : x)),
    });

  const save = () => {
    setStatus('');
    setError(null);
    setProblems([]);
    onSave(clean(draft), {
      onSuccess: () => setStatus(frozen ? t('savedNewVersion') : t('saved')),
      onError: (e) => {
        setError(describeError(e));
        if (isApiError(e)) {
          setProblems(
            e.errors.map((p) => {
              const where = locateProblem(p.path);
              const place =
                where.section === null
                  ? ''
                  : where.question === null
                    ? t('atSection', { section: where.section })
                    : t('atQuestion', { section: where.section, question: where.question });
              return `${place}${where.field ? ` ${where.field}` : ''}: ${p.message}`;
            }),
          );
        }
      },
    });
  };

  return (
    <section className="panel definition-editor" aria-labelledby="definition-heading">
      <h2 id="definition-heading">{t('heading', { version: versionNumber })}</h2>
      {frozen ? <p className="notice notice--warning">{t('frozenNotice', { next: versionNumber + 1 })}</p> : null}
      {draft.sections.map((section, s) => (
        <fieldset key={s} className="survey-section-editor">
          <legend>{t('sectionLegend', { number: s + 1 })}</legend>
          <div className="field">
            <label htmlFor={`section-${s}-key`}>{t('key')}</label>
            <input
              id={`section-${s}-key`}
              dir="ltr"
              value={section.key}
              onChange={(e) => setSection(s, { ...section, key: e.target.value })}
            />
          </div>
          <LocalizedInputs
            id={`section-${s}-title`}
            legend={t('sectionTitle')}
            required
            value={section.title}
            onChange={(title) => setSection(s, { ...section, title: title as SurveySection['title'] })}
          />
          {section.questions.map((question, q) => (
            <QuestionEditor
              key={q}
              id={`q-${s}-${q}`}
              number={q + 1}
              question={question}
              earlier={[...draft.sections.slice(0, s).flatMap((x) => x.questions), ...section.questions.slice(0, q)]}
              onChange={(next) => setQuestion(s, q, next)}
              onMove={(by) => setSection(s, { ...section, questions: move(section.questions, q, by) })}
              onRemove={() => setSection(s, { ...section, questions: section.questions.filter((_, i) => i !== q) })}
            />
          ))}
          <div className="button-row">
            <AddQuestion
              onAdd={(type) =>
                setSection(s, { ...section, questions: [...section.questions, newQuestion(type, allKeys(draft))] })
              }
              id={`add-${s}`}
            />
            <button
              type="button"
              className="button button--ghost button--small button--danger-ghost"
              onClick={() => setDraft({ sections: draft.sections.filter((_, i) => i !== s) })}
              disabled={draft.sections.length === 1}
            >
              {t('removeSection', { number: s + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button button--ghost"
          onClick={() =>
            setDraft({
              sections: [
                ...draft.sections,
                {
                  key: `abschnitt_${draft.sections.length + 1}`,
                  title: { de: '' },
                  questions: [newQuestion('text', allKeys(draft))],
                },
              ],
            })
          }
        >
          {t('addSection')}
        </button>
        <button type="button" className="button" onClick={save} disabled={pending}>
          {frozen ? t('saveNewVersion', { next: versionNumber + 1 }) : t('save')}
        </button>
      </div>
      <FormMessages error={error} status={status} />
      {problems.length ? (
        <ul className="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function AddQuestion({ id, onAdd }: { id: string; onAdd(type: SurveyQuestionType): void }) {
  const t = useTranslations('surveys.editor');
  const [type, setType] = useState<SurveyQuestionType>('text');
  return (
    <span className="form--inline">
      <label htmlFor={id} className="visually-hidden">
        {t('newQuestionType')}
      </label>
      <select id={id} value={type} onChange={(e) => setType(e.target.value as SurveyQuestionType)}>
        {SURVEY_QUESTION_TYPES.map((x) => (
          <option key={x} value={x}>
            {t(`types.${x}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button button--ghost button--small" onClick={() => onAdd(type)}>
        {t('addQuestion')}
      </button>
    </span>
  );
}

function QuestionEditor({
  id,
  number,
  question,
  earlier,
  onChange,
  onMove,
  onRemove,
}: {
  id: string;
  number: number;
  question: SurveyQuestion;
  earlier: SurveyQuestion[];
  onChange(q: SurveyQuestion): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}) {
  const t = useTranslations('surveys.editor');
  const conditions = earlier.filter((q) => q.type !== 'offer_list');
  const target = conditions.find((q) => q.key === question.showIf?.questionKey);
  return (
    <fieldset className="question-editor">
      <legend>{t('questionLegend', { number, type: t(`types.${question.type}`) })}</legend>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('type')}</label>
        <select
          id={`${id}-type`}
          value={question.type}
          onChange={(e) => onChange(changeType(question, e.target.value as SurveyQuestionType))}
        >
          {SURVEY_QUESTION_TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`types.${x}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-key`}>{t('key')}</label>
        <input
          id={`${id}-key`}
          dir="ltr"
          value={question.key}
          onChange={(e) => onChange({ ...question, key: e.target.value })}
          aria-describedby={`${id}-key-hint`}
        />
        <p id={`${id}-key-hint`} className="field__hint">
          {t('keyHint')}
        </p>
      </div>
      <LocalizedInputs
        id={`${id}-label`}
        legend={t('label')}
        required
        value={question.label}
        onChange={(label) => onChange({ ...question, label: label as SurveyQuestion['label'] })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={question.required}
          onChange={(e) => onChange({ ...question, required: e.target.checked })}
        />
        {t('required')}
      </label>
      <TypeFields id={id} question={question} onChange={onChange} />
      <fieldset className="field">
        <legend>{t('showIf')}</legend>
        <div className="form--inline">
          <label htmlFor={`${id}-showif`} className="visually-hidden">
            {t('showIfQuestion')}
          </label>
          <select
            id={`${id}-showif`}
            value={question.showIf?.questionKey ?? ''}
            onChange={(e) => {
              const next = conditions.find((q) => q.key === e.target.value);
              onChange({
                ...question,
                showIf: next ? { questionKey: next.key, equals: defaultEquals(next) } : undefined,
              });
            }}
          >
            <option value="">{t('always')}</option>
            {conditions.map((q) => (
              <option key={q.key} value={q.key}>
                {t('whenAnswerOf', { label: q.label.de || q.key })}
              </option>
            ))}
          </select>
          {target && question.showIf ? (
            <EqualsInput
              id={`${id}-equals`}
              target={target}
              value={question.showIf.equals}
              onChange={(equals) => onChange({ ...question, showIf: { questionKey: target.key, equals } })}
            />
          ) : null}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="button" className="button button--ghost button--small" onClick={() => onMove(-1)}>
          {t('moveUp')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => onMove(1)}>
          {t('moveDown')}
        </button>
        <button type="button" className="button button--ghost button--small button--danger-ghost" onClick={onRemove}>
          {t('removeQuestion', { number })}
        </button>
      </div>
    </fieldset>
  );
}

function defaultEquals(q: SurveyQuestion): string | number | boolean {
  if (q.type === 'yes_no') return true;
  if (q.type === 'scale') return 5;
  if (q.type === 'number') return 0;
  if (q.type === 'single_choice' || q.type === 'multiple_choice') return q.options[0]?.value ?? '';
  return '';
}

function EqualsInput({
  id,
  target,
  value,
  onChange,
}: {
  id: string;
  target: SurveyQuestion;
  value: string | number | boolean;
  onChange(v: string | number | boolean): void;
}) {
  const t = useTranslations('surveys.editor');
  const label = (
    <label htmlFor={id} className="visually-hidden">
      {t('showIfValue')}
    </label>
  );
  if (target.type === 'yes_no')
    return (
      <>
        {label}
        <select id={id} value={String(value)} onChange={(e) => onChange(e.target.value === 'true')}>
          <option value="true">{t('equalsYes')}</option>
          <option value="false">{t('equalsNo')}</option>
        </select>
      </>
    );
  if (target.type === 'single_choice' || target.type === 'multiple_choice')
    return (
      <>
        {label}
        <select id={id} value={String(value)} onChange={(e) => onChange(e.target.value)}>
          {target.options.map((o) => (
            <option key={o.value} value={o.value}>
              {t('equalsOption', { label: o.label.de || o.value })}
            </option>
          ))}
        </select>
      </>
    );
  if (target.type === 'scale')
    return (
      <>
        {label}
        <select id={id} value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {t('equalsValue', { value: n })}
            </option>
          ))}
        </select>
      </>
    );
  return (
    <>
      {label}
      <input
        id={id}
        dir="ltr"
        value={String(value)}
        onChange={(e) =>
          onChange(target.type === 'number' ? Number(e.target.value.replace(',', '.')) || 0 : e.target.value)
        }
      />
    </>
  );
}

function TypeFields({
  id,
  question,
  onChange,
}: {
  id: string;
  question: SurveyQuestion;
  onChange(q: SurveyQuestion): void;
}) {
  const t = useTranslations('surveys.editor');
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return (
        <fieldset className="field">
          <legend>{t('options')}</legend>
          {question.options.map((option, i) => (
            <div key={i} className="option-editor">
              <div className="field">
                <label htmlFor={`${id}-opt-${i}-value`}>{t('optionValue', { number: i + 1 })}</label>
                <input
                  id={`${id}-opt-${i}-value`}
                  dir="ltr"
                  value={option.value}
                  onChange={(e) =>
                    onChange({
                      ...question,
                      options: question.options.map((o, j) => (j === i ? { ...o, value: e.target.value } : o)),
                    })
                  }
                />
              </div>
              <LocalizedInputs
                id={`${id}-opt-${i}-label`}
                legend={t('optionLabel', { number: i + 1 })}
                required
                value={option.label}
                onChange={(label) =>
                  onChange({
                    ...question,
                    options: question.options.map((o, j) => (j === i ? { ...o, label: label as typeof o.label } : o)),
                  })
                }
              />
              <button
                type="button"
                className="button button--ghost button--small button--danger-ghost"
                disabled={question.options.length === 1}
                onClick={() => onChange({ ...question, options: question.options.filter((_, j) => j !== i) })}
              >
                {t('removeOption', { number: i + 1 })}
              </button>
            </div>
          ))}
          <p>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() =>
                onChange({
                  ...question,
                  options: [...question.options, { value: `option_${question.options.length + 1}`, label: { de: '' } }],
                })
              }
            >
              {t('addOption')}
            </button>
          </p>
        </fieldset>
      );
    case 'text':
      return (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={question.multiline}
              onChange={(e) => onChange({ ...question, multiline: e.target.checked })}
            />
            {t('multiline')}
          </label>
          <NumberInput
            id={`${id}-max-length`}
            label={t('maxLength')}
            value={question.maxLength}
            onChange={(v) => onChange({ ...question, maxLength: v ?? 2000 })}
          />
        </>
      );
    case 'number':
      return (
        <>
          <NumberInput
            id={`${id}-min`}
            label={t('min')}
            value={question.min}
            onChange={(v) => onChange({ ...question, min: v })}
          />
          <NumberInput
            id={`${id}-max`}
            label={t('max')}
            value={question.max}
            onChange={(v) => onChange({ ...question, max: v })}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={question.integer}
              onChange={(e) => onChange({ ...question, integer: e.target.checked })}
            />
            {t('integer')}
          </label>
        </>
      );
    case 'scale':
      return (
        <>
          <LocalizedInputs
            id={`${id}-min-label`}
            legend={t('minLabel')}
            required
            value={question.minLabel}
            onChange={(v) => onChange({ ...question, minLabel: v as typeof question.minLabel })}
          />
          <LocalizedInputs
            id={`${id}-max-label`}
            legend={t('maxLabel')}
            required
            value={question.maxLabel}
            onChange={(v) => onChange({ ...question, maxLabel: v as typeof question.maxLabel })}
          />
        </>
      );
    case 'offer_list':
      return (
        <NumberInput
          id={`${id}-max-rows`}
          label={t('maxRows')}
          value={question.maxRows}
          onChange={(v) => onChange({ ...question, maxRows: v ?? 20 })}
        />
      );
    case 'yes_no':
      return null;
  }
}

function NumberInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number | undefined;
  onChange(v: number | undefined): void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        dir="ltr"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </div>
  );
}

/** Blank translations out, so "given" means "not blank". */
function clean(definition: SurveyDefinition): SurveyDefinition {
  const text = (v: LocalizedDraft | undefined) => cleanLocalized(v);
  return {
    sections: definition.sections.map((section) => ({
      ...section,
      title: text(section.title),
      questions: section.questions.map((q) => {
        const base = { ...q, label: text(q.label), ...(q.help ? { help: text(q.help) } : {}) };
        if (q.type === 'single_choice' || q.type === 'multiple_choice')
          return { ...base, options: q.options.map((o) => ({ ...o, label: text(o.label) })) } as SurveyQuestion;
        if (q.type === 'scale')
          return { ...base, minLabel: text(q.minLabel), maxLabel: text(q.maxLabel) } as SurveyQuestion;
        return base as SurveyQuestion;
      }),
    })),
  };
}
