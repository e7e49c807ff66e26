'use client';

import { useTranslations } from 'next-intl';
import { TextField } from '@/modules/ui/text-field';
import { labelErrorOf } from './question-error-paths.util';
import { valueFromLabel, type OptionDraft } from './question-drafts.util';
import { QuestionLabelInputs } from './question-label-inputs';

interface QuestionOptionFieldsProps {
  option: OptionDraft;
  /** Error path of the option (`questions.1.options.0`). */
  path: string;
  number: number;
  errors: Record<string, string>;
  onChange: (change: (o: OptionDraft) => OptionDraft) => void;
  onRemove: () => void;
}

/** One answer option of a choice question: its text per language and its stored value (derived from the German text until typed). */
export function QuestionOptionFields({ option, path, number, errors, onChange, onRemove }: QuestionOptionFieldsProps) {
  const t = useTranslations('events.questions');
  return (
    <fieldset className="form__group">
      <legend>{t('option', { number })}</legend>
      <QuestionLabelInputs
        legend={t('optionLabel')}
        value={option.label}
        maxLength={200}
        errorOf={labelErrorOf(errors, path)}
        onChange={(code, text) =>
          onChange((current) => ({
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
            onChange((current) => ({ ...current, value, valueTouched: value !== '' }));
          }}
          error={errors[`${path}.value`]}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button button--ghost button--small" onClick={onRemove}>
          {t('removeOption', { number })}
        </button>
      </div>
    </fieldset>
  );
}
