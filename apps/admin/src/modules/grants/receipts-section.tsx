'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import {
  INCOME_SOURCES,
  RECEIPT_KINDS,
  SIGN_OFF_STATES,
  formatCents,
  formatIsoDate,
  parseGermanDate,
  type GrantDetail,
  type IncomeSource,
  type Receipt,
  type ReceiptKind,
  type SignOffState,
} from '@wir/shared';
import { apiClient, type ReceiptFilters } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { DateField } from '@/modules/ui/date-field';
import { describeError } from '@/modules/ui/describe-error.util';
import { FormMessages } from '@/modules/ui/form-messages';
import { Pager } from '@/modules/ui/pager';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { textOf } from '@/modules/ui/form-data.util';
import { ReceiptEditRow } from './receipt-edit-row';
import { ReceiptFileUpload } from './receipt-file-upload';
import { ReceiptReverseRow } from './receipt-reverse-row';
import { useDeleteReceipt, useReceipts, useSignOffReceipt } from './receipts-queries';
import { SignOffButtons } from './sign-off-buttons';
import { SignOffStateBadge } from './sign-off-state-badge';

const PAGE_SIZE = 25;

type Action = { mode: 'edit' | 'delete' | 'reverse' | 'file'; id: number } | null;

interface ReceiptsSectionProps {
  grant: GrantDetail;
  canWrite: boolean;
  currentUserId: number | undefined;
}

/** The Belegliste on screen: filters, paging and the sum; corrections, sign-offs and reversals per receipt. */
export function ReceiptsSection({ grant, canWrite, currentUserId }: ReceiptsSectionProps) {
  const open = grant.proofSubmittedOn === null;
  const t = useTranslations('receipts');
  const tf = useTranslations('finance');
  const tc = useTranslations('common');
  const format = useFormatter();
  const [filters, setFilters] = useState<ReceiptFilters>({ page: 1, pageSize: PAGE_SIZE });
  const [filterErrors, setFilterErrors] = useState<{ from?: string; to?: string }>({});
  const [action, setAction] = useState<Action>(null);
  const [message, setMessage] = useState<{ error: string | null; status: string }>({ error: null, status: '' });
  const receipts = useReceipts(grant.id, filters);
  const signOff = useSignOffReceipt();
  const remove = useDeleteReceipt();
  const page = receipts.data;
  const pageCount = page ? Math.max(1, Math.ceil(page.total / filters.pageSize)) : 1;
  const columns = canWrite ? 8 : 7;

  const lineOf = (id: number | null) => {
    const line = grant.budgetLines.find((l) => l.id === id);
    return line ? `${line.code} ${line.name}` : tc('none');
  };
  const numberOf = (id: number) => page?.items.find((r) => r.id === id)?.receiptNumber ?? `#${id}`;
  const done = (status: string) => {
    setAction(null);
    setMessage({ error: null, status });
  };
  const failed = (error: unknown) => {
    const text = isApiError(error) && error.status === 409 ? t('conflict', { detail: error.detail ?? error.title }) : describeError(tc, error);
    setMessage({ error: text, status: '' });
  };

  function onFilter(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const optional = (name: string) => textOf(data, name) || undefined;
    const dateOf = (name: 'from' | 'to') => {
      const text = textOf(data, name);
      if (!text) return { value: undefined };
      const iso = parseGermanDate(text);
      return iso ? { value: iso } : { error: tf('dateInvalid') };
    };
    const from = dateOf('from');
    const to = dateOf('to');
    setFilterErrors({ from: from.error, to: to.error });
    if (from.error || to.error) return;
    setFilters({
      kind: optional('kind') as ReceiptKind | undefined,
      budgetLineId: optional('budgetLineId') ? Number(optional('budgetLineId')) : undefined,
      incomeSource: optional('incomeSource') as IncomeSource | undefined,
      signOffState: optional('signOffState') as SignOffState | undefined,
      from: from.value,
      to: to.value,
      q: optional('q'),
      page: 1,
      pageSize: PAGE_SIZE,
    });
  }

  function sign(receipt: Receipt, step: 'factual' | 'arithmetic') {
    signOff.mutate(
      { id: receipt.id, step },
      { onSuccess: (saved) => done(t(`signOff.done.${step}`, { number: saved.receiptNumber })), onError: failed },
    );
  }

  return (
    <section id="belegliste" className="panel" aria-labelledby="receipts-heading">
      <h2 id="receipts-heading">{t('listTitle')}</h2>
      <form role="search" className="form form--inline" onSubmit={onFilter} aria-label={t('filterLabel')}>
        <TextField name="q" type="search" label={t('search')} hint={t('searchHint')} defaultValue={filters.q} />
        <SelectField
          name="kind"
          label={t('kind')}
          defaultValue={filters.kind ?? ''}
          options={[{ value: '', label: t('all') }, ...RECEIPT_KINDS.map((k) => ({ value: k, label: tf(`kinds.${k}`) }))]}
        />
        <SelectField
          name="budgetLineId"
          label={t('budgetLine')}
          defaultValue={filters.budgetLineId ? String(filters.budgetLineId) : ''}
          options={[{ value: '', label: t('all') }, ...grant.budgetLines.map((l) => ({ value: String(l.id), label: `${l.code} ${l.name}` }))]}
        />
        <SelectField
          name="incomeSource"
          label={t('incomeSource')}
          defaultValue={filters.incomeSource ?? ''}
          options={[{ value: '', label: t('all') }, ...INCOME_SOURCES.map((s) => ({ value: s, label: tf(`incomeSources.${s}`) }))]}
        />
        <SelectField
          name="signOffState"
          label={t('signOffState')}
          defaultValue={filters.signOffState ?? ''}
          options={[{ value: '', label: t('all') }, ...SIGN_OFF_STATES.map((s) => ({ value: s, label: tf(`signOffStates.${s}`) }))]}
        />
        <DateField name="from" label={t('from')} defaultValue={filters.from} error={filterErrors.from} />
        <DateField name="to" label={t('to')} defaultValue={filters.to} error={filterErrors.to} />
        <div className="button-row">
          <button type="submit" className="button">
            {t('filter')}
          </button>
          <button
            type="reset"
            className="button button--ghost"
            onClick={() => {
              setFilterErrors({});
              setFilters({ page: 1, pageSize: PAGE_SIZE });
            }}
          >
            {t('resetFilters')}
          </button>
        </div>
      </form>

      <p role="status" className="result-count">
        {page ? t('count', { count: page.total, sum: formatCents(page.sumCents) }) : ''}
      </p>
      <FormMessages error={message.error} status={message.status} />
      <QueryState isPending={receipts.isPending} error={receipts.error} />
      {page ? (
        <div className="table-wrap">
          <table aria-busy={receipts.isFetching || undefined} className="receipts-table">
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dateColumn')}</th>
                <th scope="col">{t('receiptNumber')}</th>
                <th scope="col">{t('payeeOrPayer')}</th>
                <th scope="col">{t('purpose')}</th>
                <th scope="col">{t('lineOrSource')}</th>
                <th scope="col" className="num">
                  {t('amount')}
                </th>
                <th scope="col">{t('signOffState')}</th>
                {canWrite ? <th scope="col">{tc('actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {page.items.length === 0 ? (
                <tr>
                  <td colSpan={columns}>{t('empty')}</td>
                </tr>
              ) : null}
              {page.items.map((receipt) => {
                if (canWrite && action?.id === receipt.id && action.mode === 'edit') {
                  return (
                    <ReceiptEditRow
                      key={receipt.id}
                      receipt={receipt}
                      grant={grant}
                      colSpan={columns}
                      onCancel={() => setAction(null)}
                      onSaved={(saved) => done(t('updated', { number: saved.receiptNumber }))}
                    />
                  );
                }
                // After the proof of use is submitted, receipts only get their sign-offs.
                const unsigned = receipt.signOffState === 'open' && open;
                const isReversal = receipt.reversesId !== null;
                const reversed = receipt.reversedById !== null;
                // The API: changes and deletion only before the first sign-off (a reversal entry is deleted, not changed);
                // a reversal only of a signed receipt, once.
                const mayEdit = unsigned && !isReversal;
                const mayDelete = unsigned;
                const mayReverse = open && receipt.signOffState !== 'open' && !isReversal && !reversed;
                const canSignNext = receipt.signOffState !== 'factual' || receipt.factualBy?.id !== currentUserId;
                /** A row button's name says which receipt it acts on ("Löschen: Beleg A-2014-007"). */
                const named = (verb: string) => `${verb}: ${t('receiptLabel', { number: receipt.receiptNumber })}`;
                return [
                  <tr key={receipt.id} className={reversed || isReversal ? 'row--muted' : undefined}>
                    <td className="nowrap">{formatIsoDate(receipt.date)}</td>
                    <th scope="row" className="nowrap">
                      {receipt.receiptNumber}
                      <span className="cell-note">{tf(`kinds.${receipt.kind}`)}</span>
                    </th>
                    <td>{receipt.payee}</td>
                    <td>
                      {receipt.purpose}
                      {isReversal ? (
                        <>
                          {' '}
                          <span className="badge badge--muted">{t('reversalBadge', { number: numberOf(receipt.reversesId!) })}</span>
                        </>
                      ) : null}
                      {reversed ? (
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
                    </td>
                    <td>{receipt.kind === 'expense' ? lineOf(receipt.budgetLineId) : receipt.incomeSource ? tf(`incomeSources.${receipt.incomeSource}`) : tc('none')}</td>
                    <td className="num nowrap">{formatCents(receipt.amountCents)}</td>
                    <td>
                      <SignOffStateBadge state={receipt.signOffState} />
                      {receipt.factualBy && receipt.factualAt ? (
                        <span className="sign-off__by">
                          {t('factualBy', { name: receipt.factualBy.name, date: format.dateTime(new Date(receipt.factualAt), { day: '2-digit', month: '2-digit', year: 'numeric' }) })}
                        </span>
                      ) : null}
                      {receipt.arithmeticBy && receipt.arithmeticAt ? (
                        <span className="sign-off__by">
                          {t('arithmeticBy', { name: receipt.arithmeticBy.name, date: format.dateTime(new Date(receipt.arithmeticAt), { day: '2-digit', month: '2-digit', year: 'numeric' }) })}
                        </span>
                      ) : null}
                    </td>
                    {canWrite ? (
                      <td>
                        <div className="row-actions">
                          <SignOffButtons receipt={receipt} canSign={canSignNext} pending={signOff.isPending} onSign={(step) => sign(receipt, step)} />
                          {mayEdit ? (
                            <button type="button" className="button button--ghost button--small" aria-label={named(tc('edit'))} onClick={() => setAction({ mode: 'edit', id: receipt.id })}>
                              {tc('edit')}
                            </button>
                          ) : null}
                          {unsigned && !receipt.file ? (
                            <button
                              type="button"
                              className="button button--ghost button--small"
                              aria-label={named(t('file.attach'))}
                              aria-expanded={action?.id === receipt.id && action.mode === 'file'}
                              onClick={() => setAction(action?.id === receipt.id && action.mode === 'file' ? null : { mode: 'file', id: receipt.id })}
                            >
                              {t('file.attach')}
                            </button>
                          ) : null}
                          {mayDelete ? (
                            <button
                              type="button"
                              className="button button--ghost button--small button--danger-ghost"
                              aria-label={named(t('delete.open'))}
                              onClick={() => setAction({ mode: 'delete', id: receipt.id })}
                            >
                              {t('delete.open')}
                            </button>
                          ) : null}
                          {mayReverse ? (
                            <button type="button" className="button button--ghost button--small" aria-label={named(t('reverse.open'))} onClick={() => setAction({ mode: 'reverse', id: receipt.id })}>
                              {t('reverse.open')}
                            </button>
                          ) : null}
                        </div>
                      </td>
                    ) : null}
                  </tr>,
                  canWrite && action?.id === receipt.id && action.mode === 'reverse' ? (
                    <ReceiptReverseRow
                      key={`${receipt.id}-reverse`}
                      receipt={receipt}
                      colSpan={columns}
                      onCancel={() => setAction(null)}
                      onSaved={(reversal) => done(t('reverse.done', { number: receipt.receiptNumber, amount: formatCents(reversal.amountCents) }))}
                    />
                  ) : null,
                  canWrite && action?.id === receipt.id && action.mode === 'file' ? (
                    <tr key={`${receipt.id}-file`}>
                      <td colSpan={columns}>
                        <ReceiptFileUpload receipt={receipt} onUploaded={() => setAction(null)} />
                      </td>
                    </tr>
                  ) : null,
                  canWrite && action?.id === receipt.id && action.mode === 'delete' ? (
                    <tr key={`${receipt.id}-delete`}>
                      <td colSpan={columns}>
                        <div className="confirm-box" role="group" aria-labelledby={`delete-${receipt.id}-title`}>
                          <p id={`delete-${receipt.id}-title`}>
                            <strong>{t('delete.confirm', { number: receipt.receiptNumber, amount: formatCents(receipt.amountCents) })}</strong>
                          </p>
                          <p>{t('delete.explain')}</p>
                          <div className="button-row">
                            <button
                              type="button"
                              className="button button--danger"
                              disabled={remove.isPending}
                              onClick={() => remove.mutate(receipt, { onSuccess: () => done(t('delete.done', { number: receipt.receiptNumber })), onError: failed })}
                            >
                              {t('delete.yes')}
                            </button>
                            <button type="button" className="button button--ghost" onClick={() => setAction(null)}>
                              {tc('cancel')}
                            </button>
                          </div>
                        </div>
                      </td>
                    </tr>
                  ) : null,
                ];
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5}>
                  {t('sumOfSelection')}
                </th>
                <td className="num nowrap">{formatCents(page.sumCents)}</td>
                <td colSpan={columns - 6} />
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      {page ? <Pager page={filters.page} pageCount={pageCount} onPage={(p) => setFilters((f) => ({ ...f, page: p }))} /> : null}
    </section>
  );
}
