'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatCents, type GrantDetail, type ReceiptListItem, type SignOffStep } from '@wir/shared';
import type { ReceiptFilters } from '@/lib/api-client';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { FormMessages } from '@/modules/ui/form-messages';
import { Pager } from '@/modules/ui/pager';
import { QueryState } from '@/modules/ui/query-state';
import { useUrlState } from '@/modules/ui/use-url-state';
import { ReceiptFilterForm } from './receipt-filter-form';
import { RECEIPT_PAGE_SIZE, receiptFiltersFrom } from './receipt-filters.util';
import { useDeleteReceipt, useReceipts, useSignOffReceipt } from './receipts-queries';
import { ReceiptsTable, type ReceiptRowAction } from './receipts-table';

interface ReceiptsSectionProps {
  grant: GrantDetail;
  /** The user's roles let them book receipts (each row's buttons follow the API's `allowedActions`). */
  canWrite: boolean;
}

/** The Belegliste on screen: filters, paging and the sum; corrections, sign-offs and reversals per receipt. */
export function ReceiptsSection({ grant, canWrite }: ReceiptsSectionProps) {
  const t = useTranslations('receipts');
  const describeError = useDescribeError();
  // Filters and page live in the address: a reload or a shared link shows the same Belegliste.
  const [params, setParams] = useUrlState();
  const filters = receiptFiltersFrom((name) => params.get(name));
  const setFilters = (next: ReceiptFilters) =>
    setParams({
      kind: next.kind,
      budgetLineId: next.budgetLineId,
      incomeSource: next.incomeSource,
      signOffState: next.signOffState,
      from: next.from,
      to: next.to,
      q: next.q,
      page: next.page > 1 ? next.page : undefined,
    });
  const [action, setAction] = useState<ReceiptRowAction>(null);
  const [message, setMessage] = useState<{ error: string | null; status: string }>({ error: null, status: '' });
  const receipts = useReceipts(grant.id, filters);
  const signOff = useSignOffReceipt();
  const remove = useDeleteReceipt();
  const page = receipts.data;
  const pageCount = page ? Math.max(1, Math.ceil(page.total / filters.pageSize)) : 1;

  const done = (status: string) => {
    setAction(null);
    setMessage({ error: null, status });
  };
  const failed = (error: unknown) => {
    const text = describeError(error);
    setMessage({ error: text, status: '' });
  };
  const sign = (receipt: ReceiptListItem, step: SignOffStep) =>
    signOff.mutate(
      { id: receipt.id, step },
      { onSuccess: (saved) => done(t(`signOff.done.${step}`, { number: saved.receiptNumber })), onError: failed },
    );
  const deleteReceipt = (receipt: ReceiptListItem) =>
    remove.mutate(receipt, {
      onSuccess: () => done(t('delete.done', { number: receipt.receiptNumber })),
      onError: failed,
    });

  return (
    <section id="belegliste" className="panel" aria-labelledby="receipts-heading">
      <h2 id="receipts-heading">{t('listTitle')}</h2>
      <ReceiptFilterForm grant={grant} filters={filters} pageSize={RECEIPT_PAGE_SIZE} onFilter={setFilters} />
      <p role="status" className="result-count">
        {page ? t('count', { count: page.total, sum: formatCents(page.sumCents) }) : ''}
      </p>
      <FormMessages error={message.error} status={message.status} />
      <QueryState isPending={receipts.isPending} error={receipts.error} />
      {page ? (
        <ReceiptsTable
          grant={grant}
          page={page}
          busy={receipts.isFetching}
          showActions={canWrite}
          action={action}
          signing={signOff.isPending}
          deleting={remove.isPending}
          onAction={setAction}
          onSign={sign}
          onDelete={deleteReceipt}
          onDone={done}
        />
      ) : null}
      {page ? (
        <Pager page={filters.page} pageCount={pageCount} onPage={(p) => setFilters({ ...filters, page: p })} />
      ) : null}
    </section>
  );
}
