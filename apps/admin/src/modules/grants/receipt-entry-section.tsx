'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  INCOME_SOURCES,
  RECEIPT_KINDS,
  formatCents,
  formatIsoDate,
  type CreateReceipt,
  type GrantDetail,
  type IncomeSource,
  type Receipt,
  type ReceiptKind,
} from '@wir/shared';
import { DateField } from '@/modules/ui/date-field';
import { FormMessages } from '@/modules/ui/form-messages';
import { SelectField } from '@/modules/ui/select-field';
import { useHydrated } from '@/modules/ui/use-hydrated';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { AmountField } from './amount-field';
import { financeFormReader, focusFirstInvalid } from './finance-form-reader.util';
import { ReceiptFileUpload } from './receipt-file-upload';
import { MeasureSelect } from './measure-select';
import { useCreateReceipt } from './receipts-queries';

export const RECEIPT_FIELDS = [
  'receiptNumber',
  'date',
  'kind',
  'payee',
  'purpose',
  'amountCents',
  'budgetLineId',
  'incomeSource',
  'measureId',
] as const;

/**
 * Fast receipt entry, keyboard first: number, date, kind, payee, purpose, amount, line (or source),
 * and for an expense optionally the measure it was spent on;
 * Enter books it from any field, then the form is empty again and the number field has the focus
 * for the next receipt. The plan's figures refetch on their own (query invalidation).
 */
export function ReceiptEntrySection({ grant }: { grant: GrantDetail }) {
  const t = useTranslations('receipts');
  const tf = useTranslations('finance');
  const tc = useTranslations('common');
  const create = useCreateReceipt(grant.id);
  const feedback = useFormFeedback(RECEIPT_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<ReceiptKind>('expense');
  // The form comes with the page's HTML: the kind (which decides the fields) and the submit wait for hydration, so an
  // early choice is not lost and an early Enter cannot send the bare HTML form.
  const hydrated = useHydrated();
  const [lastSaved, setLastSaved] = useState<Receipt | null>(null);
  const err = feedback.fieldErrors;

  function focusFirstField() {
    formRef.current?.querySelector<HTMLInputElement>('input[name="receiptNumber"]')?.focus();
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (create.isPending) return;
    const form = e.currentTarget;
    const read = financeFormReader(new FormData(form), { amount: tf('amountInvalid'), date: tf('dateInvalid') });
    const date = read.date('date');
    const amountCents = read.amount('amountCents');
    const lineId = read.text('budgetLineId');
    const source = read.text('incomeSource');
    const measureId = read.text('measureId');
    if (kind === 'expense' && !lineId) read.errors.budgetLineId = t('lineRequired');
    if (kind === 'income' && !source) read.errors.incomeSource = t('sourceRequired');
    if (read.hasErrors() || date === undefined || amountCents === undefined) {
      feedback.failFields(read.errors);
      focusFirstInvalid(form);
      return;
    }
    const common = {
      receiptNumber: read.text('receiptNumber'),
      date,
      payee: read.text('payee'),
      purpose: read.text('purpose'),
      amountCents,
    };
    const body: CreateReceipt =
      kind === 'expense'
        ? { ...common, kind, budgetLineId: Number(lineId), ...(measureId ? { measureId: Number(measureId) } : {}) }
        : { ...common, kind, incomeSource: source as IncomeSource };
    create.mutate(body, {
      onSuccess: (saved) => {
        feedback.succeed(
          t('saved', {
            number: saved.receiptNumber,
            amount: formatCents(saved.amountCents),
            date: formatIsoDate(saved.date),
          }),
        );
        setLastSaved(saved);
        form.reset();
        setKind('expense');
        focusFirstField();
      },
      onError: (error) => {
        feedback.fail(error);
        focusFirstInvalid(form);
      },
    });
  }

  /** Enter in a select books as well (browsers submit on Enter only from text fields). */
  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  return (
    <section id="beleg-erfassen" className="panel" aria-labelledby="entry-heading">
      <h2 id="entry-heading">{t('entryTitle')}</h2>
      <p className="field__hint">{t('entryHint')}</p>
      {grant.budgetLines.length === 0 ? <p className="notice">{t('noLines')}</p> : null}
      <form
        ref={formRef}
        className="form receipt-entry"
        onSubmit={submit}
        onKeyDown={onKeyDown}
        noValidate
        aria-label={t('entryTitle')}
      >
        <TextField
          name="receiptNumber"
          label={t('receiptNumber')}
          required
          markRequired
          maxLength={38}
          autoComplete="off"
          error={err.receiptNumber}
        />
        <DateField name="date" label={t('date')} required markRequired error={err.date} />
        <SelectField
          name="kind"
          label={t('kind')}
          defaultValue="expense"
          disabled={!hydrated}
          onChange={(e) => setKind(e.currentTarget.value as ReceiptKind)}
          options={RECEIPT_KINDS.map((k) => ({ value: k, label: tf(`kinds.${k}`) }))}
          error={err.kind}
        />
        <TextField
          name="payee"
          label={kind === 'expense' ? t('payee') : t('payer')}
          required
          markRequired
          maxLength={200}
          error={err.payee}
        />
        <TextField
          name="purpose"
          label={t('purpose')}
          required
          markRequired
          maxLength={500}
          error={err.purpose}
          className="receipt-entry__purpose"
        />
        <AmountField name="amountCents" label={t('amount')} required markRequired error={err.amountCents} />
        {kind === 'expense' ? (
          <SelectField
            key="budgetLineId"
            name="budgetLineId"
            label={t('budgetLine')}
            required
            markRequired
            defaultValue=""
            options={[
              { value: '', label: t('choose') },
              ...grant.budgetLines.map((l) => ({ value: String(l.id), label: `${l.code} ${l.name}` })),
            ]}
            error={err.budgetLineId}
          />
        ) : null}
        {kind === 'expense' ? (
          <MeasureSelect key="measureId" grantId={grant.id} error={err.measureId} />
        ) : (
          <SelectField
            key="incomeSource"
            name="incomeSource"
            label={t('incomeSource')}
            required
            markRequired
            defaultValue=""
            options={[
              { value: '', label: t('choose') },
              ...INCOME_SOURCES.map((s) => ({ value: s, label: tf(`incomeSources.${s}`) })),
            ]}
            error={err.incomeSource}
          />
        )}
        <div className="receipt-entry__actions">
          <button type="submit" className="button" disabled={!hydrated || create.isPending}>
            {create.isPending ? tc('saving') : t('book')}
          </button>
          <span className="field__hint">{t('enterHint')}</span>
        </div>
        <div className="receipt-entry__messages">
          <FormMessages error={feedback.formError} status={feedback.status} />
        </div>
      </form>
      {lastSaved ? (
        <div className="last-saved">
          <h3>{t('lastSavedTitle', { number: lastSaved.receiptNumber })}</h3>
          <ReceiptFileUpload key={lastSaved.id} receipt={lastSaved} onUploaded={setLastSaved} />
        </div>
      ) : null}
    </section>
  );
}
