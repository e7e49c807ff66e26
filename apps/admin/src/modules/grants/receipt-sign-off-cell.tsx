'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { Receipt } from '@wir/shared';
import { SignOffStateBadge } from './sign-off-state-badge';

/** A receipt's sign-off state with who signed each step and when. */
export function ReceiptSignOffCell({ receipt }: { receipt: Receipt }) {
  const t = useTranslations('receipts');
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(iso), { day: '2-digit', month: '2-digit', year: 'numeric' });
  return (
    <>
      <SignOffStateBadge state={receipt.signOffState} />
      {receipt.factualBy && receipt.factualAt ? (
        <span className="sign-off__by">
          {t('factualBy', { name: receipt.factualBy.name, date: day(receipt.factualAt) })}
        </span>
      ) : null}
      {receipt.arithmeticBy && receipt.arithmeticAt ? (
        <span className="sign-off__by">
          {t('arithmeticBy', { name: receipt.arithmeticBy.name, date: day(receipt.arithmeticAt) })}
        </span>
      ) : null}
    </>
  );
}
