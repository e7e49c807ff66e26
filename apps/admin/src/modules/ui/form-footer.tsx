'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { FormMessages } from './form-messages';

interface FormFooterProps {
  /** The form's alert and status line (as useFormFeedback keeps them). */
  feedback: { formError: string | null; status: string };
  submitLabel: ReactNode;
  /** The submit button is disabled while the form is being sent. */
  pending: boolean;
  /** The submit button says "Speichern …" while the form is being sent. */
  saving?: boolean;
  /** With it, a ghost button next to the submit button closes the form without sending. */
  onCancel?: () => void;
}

/** The end of a form: its alert and status line, the submit button and, where the form can be closed, "Abbrechen". */
export function FormFooter({ feedback, submitLabel, pending, saving, onCancel }: FormFooterProps) {
  const tc = useTranslations('common');
  return (
    <>
      <FormMessages error={feedback.formError} status={feedback.status} />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending && saving ? tc('saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {tc('cancel')}
          </button>
        ) : null}
      </div>
    </>
  );
}
