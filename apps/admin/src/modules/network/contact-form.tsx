'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import {
  CONTACT_LEGAL_BASES,
  PUBLIC_LANGUAGES,
  parseGermanDate,
  type Contact,
  type ContactLegalBasis,
  type CreateContact,
  type PublicLanguage,
} from '@wir/shared';
import { useMunicipalities, useOrganisations } from '@/modules/master-data/master-data-queries';
import { DateField } from '@/modules/ui/date-field';
import { optionalIdOf, textOf } from '@/modules/ui/form-data.util';
import { FormMessages } from '@/modules/ui/form-messages';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextAreaField } from '@/modules/ui/text-area-field';
import { TextField } from '@/modules/ui/text-field';
import type { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { entryOptions } from '@/modules/master-data/entry-options.util';

export const CONTACT_FIELDS = [
  'name',
  'email',
  'phone',
  'functionTitle',
  'organisationId',
  'municipalityId',
  'languages',
  'preferredLanguage',
  'legalBasis',
  'consentGivenOn',
  'tags',
  'notes',
] as const;

const list = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

interface ContactFormProps {
  contact?: Contact;
  feedback: ReturnType<typeof useFormFeedback>;
  pending: boolean;
  submitLabel: string;
  onSubmit: (body: CreateContact) => void;
}

/** Create or change a contact; the consent date is asked for when the legal basis is consent. */
export function ContactForm({ contact, feedback, pending, submitLabel, onSubmit }: ContactFormProps) {
  const t = useTranslations('network');
  const municipalities = useMunicipalities();
  const organisations = useOrganisations();
  const [legalBasis, setLegalBasis] = useState<ContactLegalBasis>(contact?.legalBasis ?? 'public_office');
  const errors = feedback.fieldErrors;
  // Selects take their default value when they mount: the form waits for its options.
  if (!municipalities.data || !organisations.data)
    return <QueryState isPending error={municipalities.error ?? organisations.error} />;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const consentText = textOf(data, 'consentGivenOn');
    const consentGivenOn = consentText ? parseGermanDate(consentText) : null;
    if (legalBasis === 'consent' && consentGivenOn === null) {
      feedback.failFields({
        consentGivenOn: consentText ? t('form.consentDateInvalid') : t('form.consentDateRequired'),
      });
      return;
    }
    const email = textOf(data, 'email');
    onSubmit({
      name: textOf(data, 'name'),
      email: email || null,
      phone: textOf(data, 'phone'),
      functionTitle: textOf(data, 'functionTitle'),
      organisationId: optionalIdOf(data, 'organisationId'),
      municipalityId: optionalIdOf(data, 'municipalityId'),
      languages: list(textOf(data, 'languages').toLowerCase()),
      preferredLanguage: textOf(data, 'preferredLanguage') as PublicLanguage,
      legalBasis,
      consentGivenOn: legalBasis === 'consent' ? consentGivenOn : null,
      tags: list(textOf(data, 'tags')),
      notes: textOf(data, 'notes'),
    });
  }

  return (
    <form className="form form--wide" onSubmit={submit} noValidate>
      <TextField
        name="name"
        label={t('form.name')}
        required
        markRequired
        defaultValue={contact?.name}
        maxLength={200}
        error={errors.name}
        autoComplete="off"
      />
      <TextField
        name="email"
        type="email"
        label={t('form.email')}
        optional
        defaultValue={contact?.email ?? ''}
        maxLength={254}
        error={errors.email}
        autoComplete="off"
      />
      <TextField
        name="phone"
        inputMode="tel"
        label={t('form.phone')}
        optional
        defaultValue={contact?.phone}
        maxLength={50}
        error={errors.phone}
        autoComplete="off"
      />
      <TextField
        name="functionTitle"
        label={t('form.functionTitle')}
        hint={t('form.functionTitleHint')}
        optional
        defaultValue={contact?.functionTitle}
        maxLength={200}
        error={errors.functionTitle}
      />
      <SelectField
        name="organisationId"
        label={t('form.organisation')}
        defaultValue={contact?.organisationId ?? ''}
        error={errors.organisationId}
        options={entryOptions(organisations.data, t('form.none'))}
      />
      <SelectField
        name="municipalityId"
        label={t('form.municipality')}
        defaultValue={contact?.municipalityId ?? ''}
        error={errors.municipalityId}
        options={entryOptions(municipalities.data, t('form.none'))}
      />
      <TextField
        name="languages"
        label={t('form.languages')}
        hint={t('form.languagesHint')}
        optional
        defaultValue={contact?.languages.join(', ')}
        error={errors.languages}
      />
      <SelectField
        name="preferredLanguage"
        label={t('form.preferredLanguage')}
        hint={t('form.preferredLanguageHint')}
        defaultValue={contact?.preferredLanguage ?? 'de'}
        error={errors.preferredLanguage}
        options={PUBLIC_LANGUAGES.map((code) => ({ value: code, label: t(`languageNames.${code}`) }))}
      />
      <SelectField
        name="legalBasis"
        label={t('form.legalBasis')}
        required
        markRequired
        value={legalBasis}
        onChange={(e) => setLegalBasis(e.currentTarget.value as ContactLegalBasis)}
        error={errors.legalBasis}
        options={CONTACT_LEGAL_BASES.map((b) => ({ value: b, label: t(`legalBases.${b}`) }))}
      />
      {legalBasis === 'consent' ? (
        <DateField
          name="consentGivenOn"
          label={t('form.consentGivenOn')}
          required
          markRequired
          defaultValue={contact?.consentGivenOn}
          error={errors.consentGivenOn}
        />
      ) : null}
      <TextField
        name="tags"
        label={t('form.tags')}
        hint={t('form.tagsHint')}
        optional
        defaultValue={contact?.tags.join(', ')}
        error={errors.tags}
      />
      <div className="form__full">
        <TextAreaField
          name="notes"
          label={t('form.notes')}
          hint={t('form.notesHint')}
          defaultValue={contact?.notes}
          maxLength={4000}
          error={errors.notes}
        />
      </div>
      <FormMessages error={feedback.formError} status={feedback.status} />
      <div className="button-row form__full">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('form.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
