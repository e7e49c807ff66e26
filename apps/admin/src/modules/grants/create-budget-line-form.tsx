'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/modules/ui/form-footer';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { BudgetLineFields } from './budget-line-fields';
import { BUDGET_LINE_FIELDS, readBudgetLine } from './budget-line-form.util';
import { useCreateBudgetLine } from './grants-queries';
import { type FinanceFormReader, useFinanceForm } from './use-finance-form';

/** Adds a budget line to the finance plan. */
export function CreateBudgetLineForm({ grantId }: { grantId: number }) {
  const t = useTranslations('financePlan');
  const create = useCreateBudgetLine(grantId);
  const feedback = useFormFeedback(BUDGET_LINE_FIELDS);
  const finance = useFinanceForm(feedback, submit);

  function submit(_given: FinanceFormReader, form: HTMLFormElement) {
    const { read, body } = readBudgetLine(form, finance.messages);
    if (read.hasErrors() || body.plannedCents === undefined) return read;
    create.mutate(
      { ...body, plannedCents: body.plannedCents },
      {
        onSuccess: (created) => {
          feedback.succeed(t('lineCreated', { name: created.name }));
          form.reset();
        },
        onError: feedback.fail,
      },
    );
  }

  return (
    <>
      <h3>{t('createTitle')}</h3>
      <form {...finance.formProps} className="form form--inline" aria-label={t('createTitle')}>
        <BudgetLineFields errors={feedback.fieldErrors} />
        <FormFooter feedback={feedback} pending={create.isPending} submitLabel={t('create')} />
      </form>
    </>
  );
}
