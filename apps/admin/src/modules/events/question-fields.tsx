'use client';

import { useTranslations } from 'next-intl';
import { QUESTION_KINDS } from '@wir/shared';
import { CheckboxField } from '@/modules/ui/checkbox-field';
import { FieldError } from '@/modules/ui/field-error';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { labelErrorOf } from './question-error-paths.util';
import { MAX_OPTIONS, emptyOption, keyFromLabel, type OptionDraft, type QuestionDraft } from './question-drafts.util';
import { QuestionLabelInputs } from './question-label-inputs';
import { QuestionOptionFields } from './question-option-fields';

interface QuestionFieldsProps {
  draft: QuestionDraft;
  index: number;
  count: number;
  errors: Record<string, string>;
  /** A change of this question's fields (errors stay). */
  onChange: (change: (d: QuestionDraft) => QuestionDraft) => void;
  /** A change of order or count (options or questions): the indexed errors go. */
  onRestructure: (change: (d: QuestionDraft) => QuestionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One question of the registration form: text, key, kind, required, the options of a choice, and its place in the list. */
export function QuestionFields({
  draft,
  index,
  count,
  errors,
  onChange,
  onRestructure,
  onMove,
  onRemove,
}: QuestionFieldsProps) {
  const t = useTranslations('events.questions');
  const p = `questions.${index}`;
  const number = index + 1;
  const changeOption = (optionIndex: number, change: (o: OptionDraft) => OptionDraft) =>
    onChange((d) => ({ ...d, options: d.options.map((o, j) => (j === optionIndex ? change(o) : o)) }));
  const small = 'button button--ghost button--small';

  return (
    <fieldset className="form__group">
      <legend>{t('question', { number })}</legend>
      <QuestionLabelInputs
        legend={t('label')}
        value={draft.label}
        maxLength={300}
        errorOf={labelErrorOf(errors, p)}
        onChange={(code, text) =>
          onChange((d) => ({
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
            onChange((d) => ({ ...d, key, keyTouched: key !== '' }));
          }}
          error={errors[`${p}.key`]}
        />
        <SelectField
          name="kind"
          label={t('kind')}
          value={draft.kind}
          onChange={(e) => {
            const kind = e.target.value as QuestionDraft['kind'];
            onChange((d) => ({
              ...d,
              kind,
              options: kind === 'choice' && d.options.length === 0 ? [emptyOption()] : d.options,
            }));
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
          onChange((d) => ({ ...d, required }));
        }}
        error={errors[`${p}.required`]}
      />
      {draft.kind === 'choice' ? (
        <fieldset
          className="field"
          aria-describedby={errors[`${p}.options`] ? `questions-${draft.uid}-options-error` : undefined}
        >
          <legend>{t('options')}</legend>
          <FieldError id={`questions-${draft.uid}-options-error`} message={errors[`${p}.options`]} />
          {draft.options.map((option, optionIndex) => (
            <QuestionOptionFields
              key={option.uid}
              option={option}
              path={`${p}.options.${optionIndex}`}
              number={optionIndex + 1}
              errors={errors}
              onChange={(change) => changeOption(optionIndex, change)}
              onRemove={() => onRestructure((d) => ({ ...d, options: d.options.filter((_, j) => j !== optionIndex) }))}
            />
          ))}
          <div className="button-row">
            <button
              type="button"
              className={small}
              disabled={draft.options.length >= MAX_OPTIONS}
              onClick={() => onRestructure((d) => ({ ...d, options: [...d.options, emptyOption()] }))}
            >
              {t('addOption')}
            </button>
          </div>
        </fieldset>
      ) : null}
      <div className="button-row">
        <button type="button" className={small} disabled={index === 0} onClick={() => onMove(-1)}>
          {t('moveUp', { number })}
        </button>
        <button type="button" className={small} disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('moveDown', { number })}
        </button>
        <button type="button" className={small} onClick={onRemove}>
          {t('remove', { number })}
        </button>
      </div>
    </fieldset>
  );
}
