'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import {
  OFFER_STATUSES,
  OFFER_TARGET_GROUPS,
  PUBLIC_LANGUAGES,
  type CreateOffer,
  type Offer,
  type OfferStatus,
  type OfferTargetGroup,
} from '@wir/shared';
import { useActionFields, useMunicipalities } from '@/modules/master-data/master-data-queries';
import { CheckboxField } from '@/modules/ui/checkbox-field';
import { optionalIdOf, textOf } from '@/modules/ui/form-data.util';
import { FormMessages } from '@/modules/ui/form-messages';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextAreaField } from '@/modules/ui/text-area-field';
import { TextField } from '@/modules/ui/text-field';
import type { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { entryOptions, placesOf } from '@/modules/master-data/entry-options.util';

export const OFFER_FIELDS = [
  'title.de',
  'title.en',
  'title.tr',
  'title.ar',
  'description.de',
  'description.en',
  'description.tr',
  'description.ar',
  'targetGroups',
  'municipalityId',
  'actionFieldId',
  'languages',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactPublic',
  'status',
] as const;

const list = (text: string) =>
  text
    .toLowerCase()
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

interface OfferFormProps {
  offer?: Offer;
  /** With translations (the detail page); the inventory's quick entry asks for German only. */
  translations: boolean;
  feedback: ReturnType<typeof useFormFeedback>;
  pending: boolean;
  submitLabel: string;
  onSubmit: (body: CreateOffer) => void;
}

/** An offer's texts (German required, en/tr/ar translated by staff), who it is for, where, and its contact. */
export function OfferForm({ offer, translations, feedback, pending, submitLabel, onSubmit }: OfferFormProps) {
  const t = useTranslations('offers');
  const municipalities = useMunicipalities();
  const actionFields = useActionFields();
  const errors = feedback.fieldErrors;
  const languages = translations ? PUBLIC_LANGUAGES : (['de'] as const);
  // Selects take their default value when they mount: the form waits for its options.
  if (!municipalities.data || !actionFields.data)
    return <QueryState isPending error={municipalities.error ?? actionFields.error} />;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (prefix: string) => Object.fromEntries(languages.map((l) => [l, textOf(data, `${prefix}.${l}`)]));
    onSubmit({
      title: text('title') as CreateOffer['title'],
      description: text('description') as NonNullable<CreateOffer['description']>,
      targetGroups: data.getAll('targetGroups').map(String) as OfferTargetGroup[],
      municipalityId: optionalIdOf(data, 'municipalityId'),
      actionFieldId: optionalIdOf(data, 'actionFieldId'),
      languages: list(textOf(data, 'languages')),
      contactName: textOf(data, 'contactName'),
      contactEmail: textOf(data, 'contactEmail'),
      contactPhone: textOf(data, 'contactPhone'),
      contactPublic: data.get('contactPublic') === 'on',
      status: textOf(data, 'status') as OfferStatus,
    });
  }

  return (
    <form className="form form--wide" onSubmit={submit} noValidate>
      {languages.map((lang) => (
        <fieldset key={lang} className="form__full localized-text" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
          <legend>{t('textsIn', { language: t(`languageNames.${lang}`) })}</legend>
          <TextField
            name={`title.${lang}`}
            label={t('titleField')}
            required={lang === 'de'}
            markRequired={lang === 'de'}
            optional={lang !== 'de'}
            defaultValue={offer?.title[lang] ?? ''}
            maxLength={200}
            error={errors[`title.${lang}`]}
          />
          <TextAreaField
            name={`description.${lang}`}
            label={t('description')}
            defaultValue={offer?.description[lang] ?? ''}
            maxLength={4000}
            error={errors[`description.${lang}`]}
          />
        </fieldset>
      ))}
      <fieldset className="form__full">
        <legend>{t('targetGroups')}</legend>
        <div className="checkbox-group">
          {OFFER_TARGET_GROUPS.map((g) => (
            <CheckboxField
              key={g}
              name="targetGroups"
              value={g}
              label={t(`targetGroupNames.${g}`)}
              defaultChecked={offer?.targetGroups.includes(g)}
            />
          ))}
        </div>
        {errors.targetGroups ? <p className="field__error">{errors.targetGroups}</p> : null}
      </fieldset>
      <SelectField
        name="municipalityId"
        label={t('municipality')}
        defaultValue={offer?.municipalityId ?? ''}
        error={errors.municipalityId}
        options={entryOptions(placesOf(municipalities.data), t('districtWide'))}
      />
      <SelectField
        name="actionFieldId"
        label={t('actionField')}
        defaultValue={offer?.actionFieldId ?? ''}
        error={errors.actionFieldId}
        options={entryOptions(actionFields.data, t('none'))}
      />
      <TextField
        name="languages"
        label={t('languages')}
        hint={t('languagesHint')}
        optional
        defaultValue={offer?.languages.join(', ')}
        error={errors.languages}
      />
      <SelectField
        name="status"
        label={t('status')}
        defaultValue={offer?.status ?? 'running'}
        error={errors.status}
        options={OFFER_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
      <TextField
        name="contactName"
        label={t('contactName')}
        optional
        defaultValue={offer?.contactName}
        maxLength={200}
        error={errors.contactName}
      />
      <TextField
        name="contactEmail"
        type="email"
        label={t('contactEmail')}
        optional
        defaultValue={offer?.contactEmail}
        maxLength={254}
        error={errors.contactEmail}
      />
      <TextField
        name="contactPhone"
        inputMode="tel"
        label={t('contactPhone')}
        optional
        defaultValue={offer?.contactPhone}
        maxLength={50}
        error={errors.contactPhone}
      />
      <CheckboxField
        name="contactPublic"
        label={t('contactPublic')}
        hint={t('contactPublicHint')}
        defaultChecked={offer?.contactPublic}
        error={errors.contactPublic}
      />
      <FormMessages error={feedback.formError} status={feedback.status} />
      <div className="button-row form__full">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
