'use client';

import { useTranslations } from 'next-intl';
import { formatCents, todayIso, type Receipt } from '@wir/shared';
import { DateField } from '@/modules/ui/date-field';
import { InlineEditRow } from '@/modules/ui/inline-edit-row';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { financeFormReader, focusFirstInvalid } from './finance-form-reader.util';
import { useReverseReceipt } from './receipts-queries';

const FIELDS = ['date', 'reason'] as const;

/** Storno: a counter-entry with the negative amount that points to the receipt; the original stays. */
export function ReceiptReverseRow({
  receipt,
  colSpan,
  onCancel,
  onSaved,
}: {
  receipt: Receipt;
  colSpan: number;
  onCancel: () => void;
  onSaved: (reversal: Receipt) => void;
}) {
  const t = useTranslations('receipts.reverse');
  const tf = useTranslations('finance');
  const reverse = useReverseReceipt();
  const feedback = useFormFeedback(FIELDS);

  function submit(form: HTMLFormElement) {
    const read = financeFormReader(new FormData(form), { amount: tf('amountInvalid'), date: tf('dateInvalid') });
    const date = read.date('date');
    const reason = read.text('reason');
    if (!reason) read.errors.reason = t('reasonRequired');
    if (read.hasErrors() || date === undefined) {
      feedback.failFields(read.errors);
      focusFirstInvalid(form);
      return;
    }
    reverse.mutate({ id: receipt.id, body: { date, reason } }, { onSuccess: onSaved, onError: feedback.fail });
  }

  return (
    <InlineEditRow
      colSpan={colSpan}
      formClassName="form form--inline"
      label={t('title', { number: receipt.receiptNumber })}
      onSubmit={submit}
      onCancel={onCancel}
      isPending={reverse.isPending}
      saveLabel={t('submit')}
      feedback={feedback}
    >
      <p className="form__full">
        {t('explain', { number: receipt.receiptNumber, amount: formatCents(-receipt.amountCents) })}
      </p>
      <DateField name="date" label={t('date')} defaultValue={todayIso()} required error={feedback.fieldErrors.date} />
      <TextField
        name="reason"
        label={t('reason')}
        required
        maxLength={500}
        autoFocus
        error={feedback.fieldErrors.reason}
      />
    </InlineEditRow>
  );
}
