'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { RECEIPT_FILE_MAX_BYTES, RECEIPT_FILE_TYPES, type Receipt } from '@wir/shared';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { FieldError } from '@/modules/ui/field-error';
import { useUploadReceiptFile } from './receipts-queries';

/** Attaches the scan of a receipt (PDF, PNG or JPEG, at most 10 MB) once it is booked. */
export function ReceiptFileUpload({
  receipt,
  onUploaded,
}: {
  receipt: Receipt;
  onUploaded?: (saved: Receipt) => void;
}) {
  const t = useTranslations('receipts.file');
  const describeError = useDescribeError();
  const id = useId();
  const upload = useUploadReceiptFile();
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  function onChange(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setStatus('');
    if (!(RECEIPT_FILE_TYPES as readonly string[]).includes(file.type)) {
      setError(t('wrongType'));
      return;
    }
    if (file.size > RECEIPT_FILE_MAX_BYTES) {
      setError(t('tooLarge'));
      return;
    }
    setError(undefined);
    upload.mutate(
      { id: receipt.id, file },
      {
        onSuccess: (saved) => {
          setStatus(t('uploaded', { name: file.name, number: saved.receiptNumber }));
          input.value = '';
          onUploaded?.(saved);
        },
        onError: (err) => setError(describeError(err)),
      },
    );
  }

  return (
    <div className="field">
      <label htmlFor={`${id}-file`}>{t('label', { number: receipt.receiptNumber })}</label>
      <span id={`${id}-hint`} className="field__hint">
        {receipt.file ? t('replaceHint', { name: receipt.file.name }) : t('hint')}
      </span>
      <input
        id={`${id}-file`}
        type="file"
        accept={RECEIPT_FILE_TYPES.join(',')}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        disabled={upload.isPending}
        onChange={(e) => onChange(e.currentTarget)}
      />
      <FieldError id={`${id}-error`} message={error} />
      <p role="status" className="status">
        {upload.isPending ? t('uploading') : status}
      </p>
    </div>
  );
}
