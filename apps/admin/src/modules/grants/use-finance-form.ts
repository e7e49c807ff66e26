'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import type { FieldErrors, useFormFeedback } from '@/modules/ui/use-form-feedback';
import { financeFormReader, focusFirstInvalid } from './finance-form-reader.util';

export type FinanceFormReader = ReturnType<typeof financeFormReader>;

/**
 * What every finance form does before it sends: read amounts and dates typed the German way (with the
 * finance texts for a bad one) and, when a field holds none, name the errors and put the focus on the
 * first invalid field. `send` reads its fields from `read` and sends only when it holds no errors; the
 * errors (its own too, set in `read.errors`) are shown after it. A form that reads with a reader of its
 * own returns that one.
 */
export function useFinanceForm(
  feedback: Pick<ReturnType<typeof useFormFeedback>, 'failFields'>,
  send: (read: FinanceFormReader, form: HTMLFormElement) => FinanceFormReader | void = () => undefined,
) {
  const tf = useTranslations('finance');
  const messages = { amount: tf('amountInvalid'), date: tf('dateInvalid') };
  const read = (form: HTMLFormElement) => financeFormReader(new FormData(form), messages);
  const refuse = (errors: FieldErrors, form: HTMLFormElement) => {
    feedback.failFields(errors);
    focusFirstInvalid(form);
  };
  const submit = (form: HTMLFormElement) => {
    const given = read(form);
    const used = send(given, form) ?? given;
    if (used.hasErrors()) refuse(used.errors, form);
  };
  return {
    /** For the `<form>`: the submit handler, and no browser validation (the form names its errors). */
    formProps: {
      noValidate: true,
      onSubmit: (e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        submit(e.currentTarget);
      },
    },
    messages,
    read,
    refuse,
  };
}
