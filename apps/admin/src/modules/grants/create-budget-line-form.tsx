'use client';

import { useTranslations } from 'next-intl';
import { useRef, type FormEvent } from 'react';
import { FormMessages } from '@/modules/ui/form-messages';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { BudgetLineFields } from './budget-line-fields';
import { BUDGET_LINE_FIELDS, readBudgetLine } from './budget-line-form.util';
import { focusFirstInvalid } from './finance-form-reader.util';
import { useCreateBudgetLine } from './grants-queries';

/** Adds a budget line to the finance plan. */
export function CreateBudgetLineForm({ grantId }: { grantId: number }) {
  const t = useTranslations('financePlan');
  const tf = useTranslations('finance');
  const create = useCreateBudgetLine(grantId);
  const feedback = useFormFeedback(BUDGET_LINE_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const { read, body } = readBudgetLine(form, { amount: tf('amountInvalid'), date: tf('dateInvalid') });
    if (read.hasErrors() || body.plannedCents === undefined) {
      feedback.failFields(read.errors);
      focusFirstInvalid(formRef.current);
      return;
    }
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
      <form ref={formRef} className="form form--inline" onSubmit={submit} noValidate aria-label={t('createTitle')}>
        <BudgetLineFields errors={feedback.fieldErrors} />
        <FormMessages error={feedback.formError} status={feedback.status} />
        <div>
          <button type="submit" className="button" disabled={create.isPending}>
            {t('create')}
          </button>
        </div>
      </form>
    </>
  );
}
