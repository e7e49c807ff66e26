'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FINANCING_TYPES, type CreateGrant, type FinancingType, type FundingProgramme } from '@wir/shared';
import { DateField } from '@/modules/ui/date-field';
import { FormFooter } from '@/modules/ui/form-footer';
import { SelectField } from '@/modules/ui/select-field';
import { TextAreaField } from '@/modules/ui/text-area-field';
import { TextField } from '@/modules/ui/text-field';
import type { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { AmountField } from './amount-field';
import { type FinanceFormReader, useFinanceForm } from './use-finance-form';

export const GRANT_FIELDS = [
  'programmeId',
  'title',
  'noticeNumber',
  'noticeDate',
  'periodStart',
  'periodEnd',
  'awardedCents',
  'financingType',
  'sharePercent',
  'ownShareCents',
  'thirdPartyCents',
  'recipient',
  'purpose',
] as const;

interface GrantFormProps {
  programmes: readonly FundingProgramme[];
  feedback: ReturnType<typeof useFormFeedback>;
  pending: boolean;
  onSubmit: (body: CreateGrant) => void;
}

/** A new grant as its notice (Zuwendungsbescheid) states it; amounts and dates typed the German way. */
export function GrantForm({ programmes, feedback, pending, onSubmit }: GrantFormProps) {
  const t = useTranslations('grants');
  const tf = useTranslations('finance');
  const finance = useFinanceForm(feedback, submit);
  const [financingType, setFinancingType] = useState<FinancingType>('fehlbedarf');
  const err = feedback.fieldErrors;

  function submit(read: FinanceFormReader) {
    const body = {
      programmeId: Number(read.text('programmeId')),
      title: read.text('title'),
      noticeNumber: read.text('noticeNumber'),
      noticeDate: read.date('noticeDate'),
      periodStart: read.date('periodStart'),
      periodEnd: read.date('periodEnd'),
      awardedCents: read.amount('awardedCents'),
      financingType,
      sharePercent: financingType === 'anteil' ? Number(read.text('sharePercent')) : null,
      ownShareCents: read.amount('ownShareCents', { optional: true, allowZero: true }),
      thirdPartyCents: read.amount('thirdPartyCents', { optional: true, allowZero: true }),
      recipient: read.text('recipient') || undefined,
      purpose: read.text('purpose') || undefined,
    };
    if (read.hasErrors()) return;
    onSubmit(body as CreateGrant);
  }

  return (
    <form {...finance.formProps} className="form form--wide" aria-label={t('createTitle')}>
      <SelectField
        name="programmeId"
        label={t('programme')}
        required
        markRequired
        options={programmes.map((p) => ({ value: String(p.id), label: `${p.name} (${p.year})` }))}
        error={err.programmeId}
      />
      <TextField
        name="title"
        label={t('titleField')}
        hint={t('titleHint')}
        required
        markRequired
        maxLength={200}
        error={err.title}
      />
      <TextField
        name="recipient"
        label={t('recipient')}
        hint={t('recipientHint')}
        maxLength={200}
        optional
        error={err.recipient}
      />
      <div className="form__row">
        <TextField
          name="noticeNumber"
          label={t('noticeNumber')}
          required
          markRequired
          maxLength={80}
          error={err.noticeNumber}
        />
        <DateField name="noticeDate" label={t('noticeDate')} required markRequired error={err.noticeDate} />
      </div>
      <div className="form__row">
        <DateField name="periodStart" label={t('periodStart')} required markRequired error={err.periodStart} />
        <DateField name="periodEnd" label={t('periodEnd')} required markRequired error={err.periodEnd} />
      </div>
      <div className="form__row">
        <AmountField name="awardedCents" label={t('awarded')} required markRequired error={err.awardedCents} />
        <SelectField
          name="financingType"
          label={t('financingType')}
          hint={t('financingTypeHint')}
          value={financingType}
          onChange={(e) => setFinancingType(e.currentTarget.value as FinancingType)}
          options={FINANCING_TYPES.map((type) => ({ value: type, label: tf(`financingTypes.${type}`) }))}
          error={err.financingType}
        />
        {financingType === 'anteil' ? (
          <TextField
            name="sharePercent"
            type="number"
            min={1}
            max={100}
            label={t('sharePercent')}
            required
            markRequired
            error={err.sharePercent}
          />
        ) : null}
      </div>
      <div className="form__row">
        <AmountField name="ownShareCents" label={t('ownShare')} optional error={err.ownShareCents} />
        <AmountField name="thirdPartyCents" label={t('thirdParty')} optional error={err.thirdPartyCents} />
      </div>
      <TextAreaField name="purpose" label={t('purpose')} maxLength={4000} error={err.purpose} />
      <FormFooter feedback={feedback} pending={pending} saving submitLabel={t('create')} />
    </form>
  );
}
