'use client';

import { useTranslations } from 'next-intl';

/** A row's "Edit" button, named after the row for screen readers ("Bearbeiten: Dreieich"). */
export function EditButton({ name, expanded, onClick }: { name: string; expanded?: boolean; onClick: () => void }) {
  const tc = useTranslations('common');
  return (
    <button
      type="button"
      className="button button--ghost button--small"
      aria-label={`${tc('edit')}: ${name}`}
      aria-expanded={expanded}
      onClick={onClick}
    >
      {tc('edit')}
    </button>
  );
}
