'use client';

import { useTranslations } from 'next-intl';
import { formatCents, type Receipt } from '@wir/shared';
import { ConfirmBox } from '@/modules/ui/confirm-box';

interface ReceiptDeleteRowProps {
  receipt: Receipt;
  colSpan: number;
  pending: boolean;
  onDelete: () => void;
  onCancel: () => void;
}

/** The confirmation below a receipt before it is deleted. */
export function ReceiptDeleteRow({ receipt, colSpan, pending, onDelete, onCancel }: ReceiptDeleteRowProps) {
  const t = useTranslations('receipts.delete');
  const tc = useTranslations('common');
  return (
    <tr>
      <td colSpan={colSpan}>
        <ConfirmBox
          title={t('confirm', { number: receipt.receiptNumber, amount: formatCents(receipt.amountCents) })}
          explain={t('explain')}
          confirmLabel={t('yes')}
          cancelLabel={tc('cancel')}
          pending={pending}
          onConfirm={onDelete}
          onCancel={onCancel}
        />
      </td>
    </tr>
  );
}
