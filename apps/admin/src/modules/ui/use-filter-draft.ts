import { useState, type ChangeEvent } from 'react';

type DraftValue = number | string | boolean | undefined;

/** A filter form's fields as text ('' where a filter is not set), with a change handler per field. */
export function useFilterDraft<K extends string>(initial: Record<K, DraftValue>) {
  const [draft, setDraft] = useState(
    () =>
      Object.fromEntries(
        Object.entries<DraftValue>(initial).map(([key, value]) => [key, value === undefined ? '' : String(value)]),
      ) as Record<K, string>,
  );
  const set = (name: K) => (e: ChangeEvent<HTMLSelectElement | HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setDraft((d) => ({ ...d, [name]: value }));
  };
  /** A field's name, value and change handler, to spread onto it: `<SelectField {...field('status')} … />`. */
  const field = (name: K) => ({ name, value: draft[name], onChange: set(name) });
  return { draft, set, field };
}
