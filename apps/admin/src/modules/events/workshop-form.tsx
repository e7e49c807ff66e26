'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import type { CreateWorkshop, Workshop } from '@wir/shared';
import { germanDateTimeToIso } from '@wir/shared';
import { germanIntegerOf, textOf } from '@/modules/ui/form-data.util';
import { FormFooter } from '@/modules/ui/form-footer';
import { TextField } from '@/modules/ui/text-field';
import type { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { CapacityField } from './capacity-field';
import { localizedTextOf } from './localized-text-fields';
import { StartEndFields } from './start-end-fields';
import { TitleDescriptionFields } from './title-description-fields';

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
  const err = feedback.fieldErrors;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    onSubmit(readWorkshop(new FormData(e.currentTarget)), e.currentTarget);
  }

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-label={label}>
      <TitleDescriptionFields defaultValue={workshop} errors={err} descriptionMaxLength={3000} />
      <StartEndFields startsAt={workshop?.startsAt ?? defaultStartsAt} endsAt={workshop?.endsAt} errors={err} />
      <div className="form__row">
        <TextField name="room" label={t('room')} defaultValue={workshop?.room} maxLength={120} error={err.room} />
        <CapacityField capacity={workshop?.capacity} error={err.capacity} />
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
      <FormFooter feedback={feedback} submitLabel={submitLabel} pending={pending} saving onCancel={onCancel} />
    </form>
  );
}
