import { financeFormReader } from './finance-form-reader.util';

/** The fields every budget line form has; the edit row adds the funder's consent. */
export const BUDGET_LINE_FIELDS = [
  'code',
  'name',
  'plannedCents',
  'consentOn',
  'consentReference',
  'consentUpTo',
] as const;

/** Reads code, name and planned amount (zero allowed) of a budget line form. */
export function readBudgetLine(form: HTMLFormElement, messages: { amount: string; date: string }) {
  const read = financeFormReader(new FormData(form), messages);
  return {
    read,
    body: {
      code: read.text('code'),
      name: read.text('name'),
      plannedCents: read.amount('plannedCents', { allowZero: true }),
    },
  };
}
