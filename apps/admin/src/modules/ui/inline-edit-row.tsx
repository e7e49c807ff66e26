'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent, ReactNode } from 'react';
import { FormMessages } from './form-messages';

interface InlineEditRowProps {
  colSpan: number;
  formClassName: string;
  /** The form's accessible name, e.g. "Bearbeiten: <name>". */
  label: string;
  onSubmit: (form: HTMLFormElement) => void;
  onCancel: () => void;
  isPending: boolean;
  saveLabel: string;
  feedback: { formError: string | null; status: string };
  children: ReactNode;
}

/** A table row that holds the edit form of one entry: its fields, the form's messages, save and cancel. */
export function InlineEditRow({
  colSpan,
  formClassName,
  label,
  onSubmit,
  onCancel,
  isPending,
  saveLabel,
  feedback,
  children,
}: InlineEditRowProps) {
  const tc = useTranslations('common');
  return (
    <tr>
      <td colSpan={colSpan}>
        <form
          className={formClassName}
          aria-label={label}
          noValidate
          onSubmit={(event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            onSubmit(event.currentTarget);
          }}
        >
          {children}
          <FormMessages error={feedback.formError} status={feedback.status} />
          <div className="button-row">
            <button type="submit" className="button button--small" disabled={isPending}>
              {isPending ? tc('saving') : saveLabel}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={onCancel}>
              {tc('cancel')}
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
