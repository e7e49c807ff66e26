import { useState, type ChangeEvent, type FormEvent } from 'react';

type DraftValue = number | string | boolean | undefined;

/**
 * A list's filter form: the fields as text ('' where a filter is not set), bound with `field(name)`,
 * and `submit`, which reads what was entered with `read` (the list's URL filter readers, so what a
 * reload keeps is what was applied) and hands the filters to `onApply`.
 */
export function useFilterForm<K extends string, F>(
  filters: NoInfer<Partial<Record<K, DraftValue>>>,
  fields: readonly K[],
  read: (draft: Record<K, string>) => F,
  onApply: (filters: F) => void,
) {
  const [draft, setDraft] = useState(
    () =>
      Object.fromEntries(
        fields.map((name) => [name, filters[name] === undefined ? '' : String(filters[name])]),
      ) as Record<K, string>,
  );
  /** A field's name, value and change handler, to spread onto it: `<SelectField {...field('status')} … />`. */
  const field = (name: K) => ({
    name,
    value: draft[name],
    onChange: (e: ChangeEvent<HTMLSelectElement | HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setDraft((d) => ({ ...d, [name]: value }));
    },
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onApply(read(draft));
  };
  return { field, submit };
}
