'use client';

import { useTranslations } from 'next-intl';
import { TextAreaField } from '@/modules/ui/text-area-field';
import { TextField } from '@/modules/ui/text-field';
import { QuestionField } from './question-field';
import { fieldId, type FieldKey, type RegistrationFormEvent } from './registration-form-values.util';

/** What the participant needs (interpreting, accessibility) and the event's own questions. */
export function RegistrationExtraFields({
  event,
  err,
}: {
  event: RegistrationFormEvent;
  err: (key: FieldKey) => string | undefined;
}) {
  const t = useTranslations('registrationForm');
  return (
    <>
      <fieldset className="form__group">
        <legend>{t('support')}</legend>
        <TextField
          id={fieldId('interpretingLanguage')}
          name="interpretingLanguage"
          label={t('interpretingLanguage')}
          hint={t('interpretingLanguageHint')}
          optional
          maxLength={100}
          error={err('interpretingLanguage')}
        />
        <TextAreaField
          id={fieldId('accessibilityNeeds')}
          name="accessibilityNeeds"
          label={t('accessibilityNeeds')}
          hint={t('accessibilityNeedsHint')}
          maxLength={1000}
          error={err('accessibilityNeeds')}
        />
      </fieldset>
      {event.questions.length > 0 ? (
        <fieldset className="form__group">
          <legend>{t('questions')}</legend>
          {event.questions.map((question) => (
            <QuestionField
              key={question.key}
              question={question}
              id={fieldId(`answers.${question.key}`)}
              error={err(`answers.${question.key}`)}
            />
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
