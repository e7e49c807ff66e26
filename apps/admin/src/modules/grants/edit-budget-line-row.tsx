'use client';

import { useTranslations } from 'next-intl';
import { centsToInput, type BudgetLine } from '@wir/shared';
import { DateField } from '@/modules/ui/date-field';
import { InlineEditRow } from '@/modules/ui/inline-edit-row';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { AmountField } from './amount-field';
import { BudgetLineFields } from './budget-line-fields';
import { BUDGET_LINE_FIELDS, readBudgetLine } from './budget-line-form.util';
import { focusFirstInvalid } from './finance-form-reader.util';
import { useUpdateBudgetLine } from './grants-queries';

interface EditBudgetLineRowProps {
  grantId: number;
  line: BudgetLine;
  colSpan: number;
  onCancel: () => void;
  onSaved: (saved: BudgetLine) => void;
}

/** Changes a budget line in place, with the funder's consent to exceed it (ANBest-P Nr. 1.2) when given. */
export function EditBudgetLineRow({ grantId, line, colSpan, onCancel, onSaved }: EditBudgetLineRowProps) {
  const t = useTranslations('financePlan');
  const tc = useTranslations('common');
  const tf = useTranslations('finance');
  const update = useUpdateBudgetLine(grantId);
  const feedback = useFormFeedback(BUDGET_LINE_FIELDS);

  function submit(form: HTMLFormElement) {
    const { read, body } = readBudgetLine(form, { amount: tf('amountInvalid'), date: tf('dateInvalid') });
    const consentOn = read.date('consentOn', { optional: true });
    const consentUpTo = read.amount('consentUpTo', { optional: true });
    const consentReference = read.text('consentReference');
    const anyConsent = consentOn !== undefined || consentUpTo !== undefined || consentReference !== '';
    if (anyConsent && consentOn === undefined && !read.errors.consentOn) read.errors.consentOn = t('consentIncomplete');
    if (anyConsent && consentUpTo === undefined && !read.errors.consentUpTo)
      read.errors.consentUpTo = t('consentIncomplete');
    if (read.hasErrors()) {
      feedback.failFields(read.errors);
      focusFirstInvalid(form);
      return;
    }
    const consent =
      consentOn && consentUpTo !== undefined
        ? { on: consentOn, reference: consentReference, upToCents: consentUpTo }
        : null;
    const changes = consent || line.consent ? { ...body, consent } : body;
    update.mutate({ id: line.id, changes }, { onSuccess: onSaved, onError: feedback.fail });
  }

  return (
    <InlineEditRow
      colSpan={colSpan}
      formClassName="form form--inline"
      label={`${tc('edit')}: ${line.code} ${line.name}`}
      isPending={update.isPending}
      saveLabel={tc('save')}
      feedback={feedback}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <BudgetLineFields line={line} errors={feedback.fieldErrors} />
      <fieldset className="form__group">
        <legend>{t('consentTitle')}</legend>
        <p className="field__hint">{t('consentHint')}</p>
        <DateField
          name="consentOn"
          label={t('consentOn')}
          defaultValue={line.consent?.on}
          error={feedback.fieldErrors.consentOn}
        />
        <TextField
          name="consentReference"
          label={t('consentReference')}
          defaultValue={line.consent?.reference}
          maxLength={120}
          optional
          error={feedback.fieldErrors.consentReference}
        />
        <AmountField
          name="consentUpTo"
          label={t('consentUpTo')}
          defaultValue={centsToInput(line.consent?.upToCents)}
          error={feedback.fieldErrors.consentUpTo}
        />
      </fieldset>
    </InlineEditRow>
  );
}
