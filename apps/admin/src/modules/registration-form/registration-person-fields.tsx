'use client';

import { useTranslations } from 'next-intl';
import { ORGANISATION_TYPES } from '@wir/shared';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { fieldId, type FieldKey, type RegistrationFormEvent } from './registration-form-values.util';

interface RegistrationPersonFieldsProps {
  event: RegistrationFormEvent;
  isStaff: boolean;
  municipalities?: readonly { id: number; name: string }[];
  err: (key: FieldKey) => string | undefined;
}

/** Who registers: name, e-mail, organisation, municipality, and (staff only) the language of the mails. */
export function RegistrationPersonFields({ event, isStaff, municipalities, err }: RegistrationPersonFieldsProps) {
  const t = useTranslations('registrationForm');
  const tTypes = useTranslations('organisationTypes');
  const tLang = useTranslations('shell.languageNames');
  // Staff type in someone else's data: the browser should not offer the staff member's own.
  const auto = (token: string) => (isStaff ? 'off' : token);
  return (
    <fieldset className="form__group">
      <legend>{t('aboutYou')}</legend>
      <div className="form__row">
        <TextField
          id={fieldId('firstName')}
          name="firstName"
          label={t('firstName')}
          autoComplete={auto('given-name')}
          required
          markRequired
          maxLength={100}
          error={err('firstName')}
        />
        <TextField
          id={fieldId('lastName')}
          name="lastName"
          label={t('lastName')}
          autoComplete={auto('family-name')}
          required
          markRequired
          maxLength={100}
          error={err('lastName')}
        />
      </div>
      <TextField
        id={fieldId('email')}
        name="email"
        type="email"
        dir="ltr"
        label={t('email')}
        hint={isStaff ? undefined : t('emailHint')}
        autoComplete={auto('email')}
        required
        markRequired
        maxLength={254}
        error={err('email')}
      />
      <TextField
        id={fieldId('organisationName')}
        name="organisationName"
        label={t('organisationName')}
        autoComplete={auto('organization')}
        optional
        maxLength={200}
        error={err('organisationName')}
      />
      <SelectField
        id={fieldId('organisationType')}
        name="organisationType"
        label={t('organisationType')}
        required
        markRequired
        defaultValue=""
        options={[
          { value: '', label: t('choose') },
          ...ORGANISATION_TYPES.map((type) => ({ value: type, label: tTypes(type) })),
        ]}
        error={err('organisationType')}
      />
      {municipalities && municipalities.length > 0 ? (
        <SelectField
          id={fieldId('municipalityId')}
          name="municipalityId"
          label={t('municipality')}
          defaultValue=""
          options={[
            { value: '', label: t('municipalityNone') },
            ...municipalities.map((m) => ({ value: String(m.id), label: m.name })),
          ]}
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
  );
}
