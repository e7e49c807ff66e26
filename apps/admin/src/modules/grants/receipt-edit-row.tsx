'use client';

import { useTranslations } from 'next-intl';
import {
  INCOME_SOURCES,
  centsToInput,
  type GrantDetail,
  type IncomeSource,
  type Receipt,
  type UpdateReceipt,
} from '@wir/shared';
import { DateField } from '@/modules/ui/date-field';
import { InlineEditRow } from '@/modules/ui/inline-edit-row';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { AmountField } from './amount-field';
import { financeFormReader, focusFirstInvalid } from './finance-form-reader.util';
import { MeasureSelect } from './measure-select';
import { RECEIPT_FIELDS } from './receipt-entry-section';
import { useUpdateReceipt } from './receipts-queries';

interface ReceiptEditRowProps {
  receipt: Receipt;
  grant: GrantDetail;
  colSpan: number;
  onCancel: () => void;
  onSaved: (saved: Receipt) => void;
}

/** Corrects a receipt before its first sign-off (afterwards only a reversal may correct it). */
export function ReceiptEditRow({ receipt, grant, colSpan, onCancel, onSaved }: ReceiptEditRowProps) {
  const t = useTranslations('receipts');
  const tf = useTranslations('finance');
  const tc = useTranslations('common');
  const update = useUpdateReceipt();
  const feedback = useFormFeedback(RECEIPT_FIELDS);
  const err = feedback.fieldErrors;

  function submit(form: HTMLFormElement) {
    const read = financeFormReader(new FormData(form), { amount: tf('amountInvalid'), date: tf('dateInvalid') });
    const changes: UpdateReceipt = {
      receiptNumber: read.text('receiptNumber'),
      date: read.date('date'),
      payee: read.text('payee'),
      purpose: read.text('purpose'),
      amountCents: read.amount('amountCents'),
      ...(receipt.kind === 'expense'
        ? {
            budgetLineId: Number(read.text('budgetLineId')),
            measureId: read.text('measureId') ? Number(read.text('measureId')) : null,
          }
        : { incomeSource: read.text('incomeSource') as IncomeSource }),
    };
    if (read.hasErrors()) {
      feedback.failFields(read.errors);
      focusFirstInvalid(form);
      return;
    }
    update.mutate({ id: receipt.id, changes }, { onSuccess: onSaved, onError: feedback.fail });
  }

  return (
    <InlineEditRow
      colSpan={colSpan}
      formClassName="form form--inline"
      label={t('editTitle', { number: receipt.receiptNumber })}
      onSubmit={submit}
      onCancel={onCancel}
      isPending={update.isPending}
      saveLabel={tc('save')}
      feedback={feedback}
    >
      <TextField
        name="receiptNumber"
        label={t('receiptNumber')}
        defaultValue={receipt.receiptNumber}
        required
        maxLength={38}
        autoFocus
        error={err.receiptNumber}
      />
      <DateField name="date" label={t('date')} defaultValue={receipt.date} required error={err.date} />
      <TextField
        name="payee"
        label={receipt.kind === 'expense' ? t('payee') : t('payer')}
        defaultValue={receipt.payee}
        required
        maxLength={200}
        error={err.payee}
      />
      <TextField
        name="purpose"
        label={t('purpose')}
        defaultValue={receipt.purpose}
        required
        maxLength={500}
        error={err.purpose}
      />
      <AmountField
        name="amountCents"
        label={t('amount')}
        defaultValue={centsToInput(receipt.amountCents)}
        required
        error={err.amountCents}
      />
      {receipt.kind === 'expense' ? (
        <SelectField
          name="budgetLineId"
          label={t('budgetLine')}
          defaultValue={String(receipt.budgetLineId ?? '')}
          options={grant.budgetLines.map((l) => ({ value: String(l.id), label: `${l.code} ${l.name}` }))}
          error={err.budgetLineId}
        />
      ) : null}
      {receipt.kind === 'expense' ? (
        <MeasureSelect grantId={grant.id} defaultValue={receipt.measureId} error={err.measureId} />
      ) : (
        <SelectField
          name="incomeSource"
          label={t('incomeSource')}
          defaultValue={receipt.incomeSource ?? ''}
          options={INCOME_SOURCES.map((s) => ({ value: s, label: tf(`incomeSources.${s}`) }))}
          error={err.incomeSource}
        />
      )}
    </InlineEditRow>
  );
}
