'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import {
  EVENT_KINDS,
  PUBLIC_LANGUAGES,
  germanDateTimeToIso,
  type CreateEvent,
  type Event,
  type PublicLanguage,
} from '@wir/shared';
import { DateTimeField } from '@/modules/ui/date-time-field';
import { CheckboxGroupField } from '@/modules/ui/checkbox-group-field';
import { germanIntegerOf, textOf } from '@/modules/ui/form-data.util';
import { FormFooter } from '@/modules/ui/form-footer';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import type { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { CapacityField } from './capacity-field';
import { localizedTextOf } from './localized-text-fields';
import { StartEndFields } from './start-end-fields';
import { TitleDescriptionFields } from './title-description-fields';

export const EVENT_FIELDS = [
  'kind',
  'slug',
  'title',
  'description',
  'venue',
  'startsAt',
  'endsAt',
  'capacity',
  'registrationOpensAt',
  'registrationClosesAt',
  'languages',
  'retentionDays',
] as const;

interface EventFormProps {
  event?: Event;
  feedback: ReturnType<typeof useFormFeedback>;
  submitLabel: string;
  pending: boolean;
  onSubmit: (body: CreateEvent, form: HTMLFormElement) => void;
  label: string;
}

/** Empty: no deadline (null); unreadable: '' so the API names the field. */
const optionalDateTime = (text: string) => (text.trim() === '' ? null : (germanDateTimeToIso(text) ?? ''));

/** Reads the event form; times are Berlin wall-clock in the inputs and ISO with offset in the body. */
function readEvent(data: FormData): CreateEvent {
  const description = localizedTextOf(data, 'description');
  return {
    kind: textOf(data, 'kind') as CreateEvent['kind'],
    slug: textOf(data, 'slug'),
    title: localizedTextOf(data, 'title'),
    description,
    venue: textOf(data, 'venue'),
    // An unparsable time goes to the API as '' so it names the field.
    startsAt: germanDateTimeToIso(textOf(data, 'startsAt')) ?? '',
    endsAt: germanDateTimeToIso(textOf(data, 'endsAt')) ?? '',
    capacity: germanIntegerOf(data, 'capacity'),
    registrationOpensAt: optionalDateTime(textOf(data, 'registrationOpensAt')),
    registrationClosesAt: optionalDateTime(textOf(data, 'registrationClosesAt')),
    languages: data
      .getAll('languages')
      .filter((v): v is PublicLanguage => (PUBLIC_LANGUAGES as readonly unknown[]).includes(v)),
    retentionDays: germanIntegerOf(data, 'retentionDays'),
  };
}

export function EventForm({ event, feedback, submitLabel, pending, onSubmit, label }: EventFormProps) {
  const t = useTranslations('events');
  const tLang = useTranslations('shell.languageNames');
  const err = feedback.fieldErrors;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    onSubmit(readEvent(new FormData(e.currentTarget)), e.currentTarget);
  }

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-label={label}>
      <div className="form__row">
        <SelectField
          name="kind"
          label={t('kind')}
          defaultValue={event?.kind ?? 'conference'}
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          error={err.kind}
        />
        <TextField
          name="slug"
          label={t('slug')}
          hint={t('slugHint')}
          defaultValue={event?.slug}
          required
          markRequired
          dir="ltr"
          maxLength={80}
          error={err.slug}
        />
      </div>
      <TitleDescriptionFields defaultValue={event} errors={err} descriptionMaxLength={5000} />
      <TextField name="venue" label={t('venue')} defaultValue={event?.venue} maxLength={300} error={err.venue} />
      <StartEndFields startsAt={event?.startsAt} endsAt={event?.endsAt} errors={err} />
      <div className="form__row">
        <CapacityField capacity={event?.capacity} error={err.capacity} />
        <TextField
          name="retentionDays"
          inputMode="numeric"
          autoComplete="off"
          label={t('retentionDays')}
          hint={t('retentionDaysHint')}
          defaultValue={event?.retentionDays ?? 180}
          required
          markRequired
          error={err.retentionDays}
        />
      </div>
      <div className="form__row">
        <DateTimeField
          name="registrationOpensAt"
          label={t('registrationOpensAt')}
          hint={t('windowHint')}
          defaultValue={event?.registrationOpensAt}
          error={err.registrationOpensAt}
        />
        <DateTimeField
          name="registrationClosesAt"
          label={t('registrationClosesAt')}
          hint={t('windowHint')}
          defaultValue={event?.registrationClosesAt}
          error={err.registrationClosesAt}
        />
      </div>
      <CheckboxGroupField
        name="languages"
        legend={t('languages')}
        options={PUBLIC_LANGUAGES.map((code) => ({ value: code, label: tLang(code) }))}
        defaultValues={event?.languages ?? ['de']}
        error={err.languages}
      />
      <FormFooter feedback={feedback} submitLabel={submitLabel} pending={pending} saving />
    </form>
  );
}
