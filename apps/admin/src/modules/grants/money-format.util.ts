import { formatCents } from '@wir/shared';

/** Cents as the text of an amount field ("1.234,56"), so an edit form shows what one would type. */
export function centsToInput(cents: number | null | undefined): string {
  return cents == null ? '' : formatCents(cents, false);
}

/** Whole euros for chart axes ("12.000 €"); the exact amounts are in the tables beside the charts. */
export function formatEuros(cents: number): string {
  const euros = Math.round(cents / 100);
  const grouped = Math.abs(euros)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${euros < 0 ? '-' : ''}${grouped}\u00a0€`;
}
