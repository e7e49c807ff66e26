'use client';

import { useTranslations } from 'next-intl';
import {
  formatCents,
  formatIsoDate,
  type GrantDetail,
  type ReceiptListItem,
  type ReceiptPage,
  type SignOffStep,
} from '@wir/shared';
import { ListTable, type ListColumn } from '@/modules/ui/list-table';
import { ReceiptDeleteRow } from './receipt-delete-row';
import { ReceiptEditRow } from './receipt-edit-row';
import { ReceiptFileUpload } from './receipt-file-upload';
import { ReceiptPurposeCell } from './receipt-purpose-cell';
import { ReceiptReverseRow } from './receipt-reverse-row';
import { ReceiptRowActions, type ReceiptRowMode } from './receipt-row-actions';
import { ReceiptSignOffCell } from './receipt-sign-off-cell';

export type ReceiptRowAction = { mode: ReceiptRowMode; id: number } | null;

interface ReceiptsTableProps {
  grant: GrantDetail;
  page: ReceiptPage;
  busy: boolean;
  showActions: boolean;
  action: ReceiptRowAction;
  signing: boolean;
  deleting: boolean;
  onAction: (action: ReceiptRowAction) => void;
  onSign: (receipt: ReceiptListItem, step: SignOffStep) => void;
  onDelete: (receipt: ReceiptListItem) => void;
  /** A status line after a change ("Beleg A-7 geändert"). */
  onDone: (status: string) => void;
}

/** The receipts of one page with their sum; a row opens its edit form, reversal, upload or delete confirmation below it. */
export function ReceiptsTable({
  grant,
  page,
  busy,
  showActions,
  action,
  signing,
  deleting,
  onAction,
  onSign,
  onDelete,
  onDone,
}: ReceiptsTableProps) {
  const t = useTranslations('receipts');
  const tf = useTranslations('finance');
  const tc = useTranslations('common');
  const columnCount = showActions ? 8 : 7;
  const lineOf = (id: number | null) => {
    const line = grant.budgetLines.find((l) => l.id === id);
    return line ? `${line.code} ${line.name}` : tc('none');
  };
  const numberOf = (id: number) => page.items.find((r) => r.id === id)?.receiptNumber ?? `#${id}`;
  const modeOf = (receipt: ReceiptListItem) => (showActions && action?.id === receipt.id ? action.mode : null);
  const close = () => onAction(null);

  const columns: Array<ListColumn<ReceiptListItem> | false> = [
    { key: 'date', header: t('dateColumn'), className: 'nowrap', cell: (r) => formatIsoDate(r.date) },
    {
      key: 'number',
      header: t('receiptNumber'),
      rowHeader: true,
      className: 'nowrap',
      cell: (r) => (
        <>
          {r.receiptNumber}
          <span className="cell-note">{tf(`kinds.${r.kind}`)}</span>
        </>
      ),
    },
    { key: 'payee', header: t('payeeOrPayer'), cell: (r) => r.payee },
    { key: 'purpose', header: t('purpose'), cell: (r) => <ReceiptPurposeCell receipt={r} numberOf={numberOf} /> },
    {
      key: 'line',
      header: t('lineOrSource'),
      cell: (r) =>
        r.kind === 'expense'
          ? lineOf(r.budgetLineId)
          : r.incomeSource
            ? tf(`incomeSources.${r.incomeSource}`)
            : tc('none'),
    },
    { key: 'amount', header: t('amount'), numeric: true, className: 'nowrap', cell: (r) => formatCents(r.amountCents) },
    { key: 'signOff', header: t('signOffState'), cell: (r) => <ReceiptSignOffCell receipt={r} /> },
    showActions && {
      key: 'actions',
      header: tc('actions'),
      cell: (r) => (
        <ReceiptRowActions
          receipt={r}
          mode={modeOf(r)}
          signing={signing}
          onSign={(step) => onSign(r, step)}
          onMode={(mode) => onAction(mode ? { mode, id: r.id } : null)}
        />
      ),
    },
  ];

  return (
    <ListTable
      caption={t('caption')}
      className="receipts-table"
      busy={busy}
      columns={columns}
      rows={page.items}
      rowKey={(r) => r.id}
      empty={t('empty')}
      rowClassName={(r) => (r.reversedById !== null || r.reversesId !== null ? 'row--muted' : undefined)}
      renderRow={(receipt, cells) => {
        const mode = modeOf(receipt);
        if (mode === 'edit') {
          return (
            <ReceiptEditRow
              receipt={receipt}
              grant={grant}
              colSpan={columnCount}
              onCancel={close}
              onSaved={(saved) => onDone(t('updated', { number: saved.receiptNumber }))}
            />
          );
        }
        return (
          <>
            {cells}
            {mode === 'reverse' ? (
              <ReceiptReverseRow
                receipt={receipt}
                colSpan={columnCount}
                onCancel={close}
                onSaved={(reversal) =>
                  onDone(
                    t('reverse.done', { number: receipt.receiptNumber, amount: formatCents(reversal.amountCents) }),
                  )
                }
              />
            ) : null}
            {mode === 'file' ? (
              <tr>
                <td colSpan={columnCount}>
                  <ReceiptFileUpload receipt={receipt} onUploaded={close} />
                </td>
              </tr>
            ) : null}
            {mode === 'delete' ? (
              <ReceiptDeleteRow
                receipt={receipt}
                colSpan={columnCount}
                pending={deleting}
                onDelete={() => onDelete(receipt)}
                onCancel={close}
              />
            ) : null}
          </>
        );
      }}
      footer={
        <tr>
          <th scope="row" colSpan={5}>
            {t('sumOfSelection')}
          </th>
          <td className="num nowrap">{formatCents(page.sumCents)}</td>
          <td colSpan={columnCount - 6} />
        </tr>
      }
    />
  );
}
