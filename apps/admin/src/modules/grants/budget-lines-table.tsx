'use client';

import { useTranslations } from 'next-intl';
import { formatCents, type BudgetLine, type BudgetStatus, type GrantDetail } from '@wir/shared';
import { ListTable, type ListColumn } from '@/modules/ui/list-table';
import { BudgetLineStatusBadge } from './budget-line-status-badge';
import { EditBudgetLineRow } from './edit-budget-line-row';
import { useFormatPercent } from './use-format-percent';

const signed = (cents: number) => `${cents > 0 ? '+' : ''}${formatCents(cents)}`;

interface BudgetLinesTableProps {
  grant: GrantDetail;
  figures: BudgetStatus | undefined;
  busy: boolean;
  canEdit: boolean;
  editingId: number | null;
  onEdit: (lineId: number | null) => void;
  onSaved: (saved: BudgetLine) => void;
}

/** Plan ("lt. Zuwendungsbescheid") against actual ("lt. Abrechnung") per budget line, with the totals as footer. */
export function BudgetLinesTable({ grant, figures, busy, canEdit, editingId, onEdit, onSaved }: BudgetLinesTableProps) {
  const t = useTranslations('financePlan');
  const tc = useTranslations('common');
  const formatPercent = useFormatPercent();
  const rowOf = (lineId: number) => figures?.lines.find((l) => l.budgetLineId === lineId);
  const figure = (line: BudgetLine, show: (row: NonNullable<ReturnType<typeof rowOf>>) => string) => {
    const row = rowOf(line.id);
    return row ? show(row) : tc('none');
  };
  const totals = figures?.totals;
  const totalPercent =
    totals && totals.plannedCents > 0 ? Math.round((totals.deviationCents / totals.plannedCents) * 1000) / 10 : null;
  const columnCount = canEdit ? 9 : 8;

  const columns: Array<ListColumn<BudgetLine> | false> = [
    { key: 'code', header: t('code'), cell: (l) => l.code },
    { key: 'line', header: t('line'), rowHeader: true, cell: (l) => l.name },
    { key: 'planned', header: t('planned'), numeric: true, cell: (l) => formatCents(l.plannedCents) },
    { key: 'actual', header: t('actual'), numeric: true, cell: (l) => figure(l, (r) => formatCents(r.actualCents)) },
    {
      key: 'deviation',
      header: t('deviation'),
      numeric: true,
      cell: (l) => figure(l, (r) => signed(r.deviationCents)),
    },
    {
      key: 'deviationPercent',
      header: t('deviationPercent'),
      numeric: true,
      cell: (l) => figure(l, (r) => formatPercent(r.deviationPercent, { signed: true })),
    },
    {
      key: 'forecast',
      header: t('forecastLine'),
      numeric: true,
      cell: (l) => figure(l, (r) => formatCents(r.forecastCents)),
    },
    {
      key: 'status',
      header: t('status'),
      cell: (l) => {
        const row = rowOf(l.id);
        return row ? <BudgetLineStatusBadge status={row.status} consent={row.consent} /> : tc('none');
      },
    },
    canEdit && {
      key: 'actions',
      header: tc('actions'),
      cell: (l) => (
        <button
          type="button"
          className="button button--ghost button--small"
          aria-label={`${tc('edit')}: ${l.code} ${l.name}`}
          onClick={() => onEdit(l.id)}
        >
          {tc('edit')}
        </button>
      ),
    },
  ];

  return (
    <ListTable
      caption={t('caption')}
      busy={busy}
      columns={columns}
      rows={grant.budgetLines}
      rowKey={(l) => l.id}
      empty={t('empty')}
      renderRow={(line, cells) =>
        canEdit && editingId === line.id ? (
          <EditBudgetLineRow
            grantId={grant.id}
            line={line}
            colSpan={columnCount}
            onCancel={() => onEdit(null)}
            onSaved={onSaved}
          />
        ) : (
          cells
        )
      }
      footer={
        totals ? (
          <tr>
            <td />
            <th scope="row">{t('total')}</th>
            <td className="num">{formatCents(totals.plannedCents)}</td>
            <td className="num">{formatCents(totals.actualCents)}</td>
            <td className="num">{signed(totals.deviationCents)}</td>
            <td className="num">{formatPercent(totalPercent, { signed: true })}</td>
            <td className="num">{formatCents(totals.forecastCents)}</td>
            <td>
              <BudgetLineStatusBadge status={totals.status} />
            </td>
            {canEdit ? <td /> : null}
          </tr>
        ) : null
      }
    />
  );
}
