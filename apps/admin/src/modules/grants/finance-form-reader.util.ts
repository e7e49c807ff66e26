import { parseGermanAmount, parseGermanDate } from '@wir/shared';
import { textOf } from '@/modules/ui/form-data.util';
import type { FieldErrors } from '@/modules/ui/use-form-feedback';

interface Messages {
  amount: string;
  date: string;
}

/**
 * Reads amounts typed the German way ("1.234,56") and dates ("22.05.2014") from a form, collecting
 * an error for each field that does not hold one, so the form can name them before it sends.
 * Fields carry the API's names, so the API's own field errors land on the same fields.
 */
export function financeFormReader(data: FormData, messages: Messages) {
  const errors: FieldErrors = {};
  return {
    errors,
    hasErrors: () => Object.keys(errors).length > 0,
    text: (name: string) => textOf(data, name),
    /** Integer cents; `allowZero` for plan figures, `optional` leaves an empty field out. */
    amount(name: string, { optional = false, allowZero = false } = {}): number | undefined {
      const text = textOf(data, name);
      if (!text && optional) return undefined;
      const cents = parseGermanAmount(text);
      if (cents === null || cents < 0 || (!allowZero && cents === 0)) {
        errors[name] = messages.amount;
        return undefined;
      }
      return cents;
    },
    date(name: string, { optional = false } = {}): string | undefined {
      const text = textOf(data, name);
      if (!text && optional) return undefined;
      const iso = parseGermanDate(text);
      if (!iso) {
        errors[name] = messages.date;
        return undefined;
      }
      return iso;
    },
  };
}

/** Puts the focus on the first field the form marks invalid (after the errors have rendered). */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
