'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import type { CreateWorkshop, Workshop } from '@wir/shared';
import { formatGermanNumber, germanDateTimeToIso } from '@wir/shared';
import { DateTimeField } from '@/modules/ui/date-time-field';
import { germanIntegerOf, textOf } from '@/modules/ui/form-data.util';
import { FormMessages } from '@/modules/ui/form-messages';
import { TextField } from '@/modules/ui/text-field';
import type { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { LocalizedTextFields, localizedTextOf } from './localized-text-fields';

export const WORKSHOP_FIELDS = [
  'title',
  'description',
  'startsAt',
  'endsAt',
  'room',
  'capacity',
  'facilitator',
  'targetAudience',
] as const;

function readWorkshop(data: FormData): CreateWorkshop {
  return {
    title: localizedTextOf(data, 'title'),
    description: localizedTextOf(data, 'description'),
    startsAt: germanDateTimeToIso(textOf(data, 'startsAt')) ?? '',
    endsAt: germanDateTimeToIso(textOf(data, 'endsAt')) ?? '',
    room: textOf(data, 'room'),
    capacity: germanIntegerOf(data, 'capacity'),
    facilitator: textOf(data, 'facilitator'),
    targetAudience: textOf(data, 'targetAudience'),
  };
}

interface WorkshopFormProps {
  workshop?: Workshop;
  /** Prefills the times of a new workshop (the event's start). */
  defaultStartsAt?: string;
  label: string;
  submitLabel: string;
  pending: boolean;
  feedback: ReturnType<typeof useFormFeedback>;
  onSubmit: (body: CreateWorkshop, form: HTMLFormElement) => void;
  onCancel?: () => void;
}

export function WorkshopForm({
  workshop,
  defaultStartsAt,
  label,
  submitLabel,
  pending,
  feedback,
  onSubmit,
  onCancel,
}: WorkshopFormProps) {
  const t = useTranslations('events.workshops');
  const te = useTranslations('events');
  const tc = useTranslations('common');
  const err = feedback.fieldErrors;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    onSubmit(readWorkshop(new FormData(e.currentTarget)), e.currentTarget);
  }

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-label={label}>
      <LocalizedTextFields
        name="title"
        legend={t('titleField')}
        defaultValue={workshop?.title}
        germanRequired
        maxLength={200}
        error={err.title}
      />
      <LocalizedTextFields
        name="description"
        legend={t('description')}
        defaultValue={workshop?.description}
        multiline
        maxLength={3000}
        error={err.description}
      />
      <div className="form__row">
        <DateTimeField
          name="startsAt"
          label={te('startsAt')}
          hint={te('berlinTime')}
          defaultValue={workshop?.startsAt ?? defaultStartsAt}
          required
          markRequired
          error={err.startsAt}
        />
        <DateTimeField
          name="endsAt"
          label={te('endsAt')}
          hint={te('berlinTime')}
          defaultValue={workshop?.endsAt}
          required
          markRequired
          error={err.endsAt}
        />
      </div>
      <div className="form__row">
        <TextField name="room" label={t('room')} defaultValue={workshop?.room} maxLength={120} error={err.room} />
        <TextField
          name="capacity"
          inputMode="numeric"
          autoComplete="off"
          label={t('capacity')}
          defaultValue={workshop ? formatGermanNumber(workshop.capacity) : undefined}
          required
          markRequired
          error={err.capacity}
        />
      </div>
      <div className="form__row">
        <TextField
          name="facilitator"
          label={t('facilitator')}
          defaultValue={workshop?.facilitator}
          maxLength={200}
          error={err.facilitator}
        />
        <TextField
          name="targetAudience"
          label={t('targetAudience')}
          defaultValue={workshop?.targetAudience}
          maxLength={300}
          error={err.targetAudience}
        />
      </div>
      <FormMessages error={feedback.formError} status={feedback.status} />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? tc('saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {tc('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
