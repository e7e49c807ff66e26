'use client';

import { useTranslations } from 'next-intl';
import type { Receipt } from '@wir/shared';
import { apiClient } from '@/lib/api-client';

/** A receipt's purpose with its reversal badges and the link to its scan. */
export function ReceiptPurposeCell({ receipt, numberOf }: { receipt: Receipt; numberOf: (id: number) => string }) {
  const t = useTranslations('receipts');
  return (
    <>
      {receipt.purpose}
      {receipt.reversesId !== null ? (
        <>
          {' '}
          <span className="badge badge--muted">{t('reversalBadge', { number: numberOf(receipt.reversesId) })}</span>
        </>
      ) : null}
      {receipt.reversedById !== null ? (
        <>
          {' '}
          <span className="badge badge--muted">{t('reversedBadge')}</span>
        </>
      ) : null}
      {receipt.file ? (
        <span className="cell-note">
          {t('fileColumn')}:{' '}
          <a href={apiClient.receipts.fileUrl(receipt.id)} target="_blank" rel="noopener">
            {receipt.file.name}
            <span className="visually-hidden"> ({t('opensInNewTab')})</span>
          </a>
        </span>
      ) : null}
    </>
  );
}
