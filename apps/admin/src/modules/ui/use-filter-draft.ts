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
  return { draft, set };
}

/** The id a select chose ('' is none). */
export const optionId = (value: string) => (value ? Number(value) : undefined);
