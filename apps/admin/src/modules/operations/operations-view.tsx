'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { OPERATION_KINDS, OPERATION_RETENTION_DAYS, OPERATION_STATUSES, type Operation } from '@wir/shared';
import { ListTable } from '@/modules/ui/list-table';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { useFilterForm } from '@/modules/ui/use-filter-form';
import { isSitePath, statusBadgeClass } from './operation-display.util';
import {
  filterOperations,
  operationFiltersFrom,
  operationListHref,
  type OperationFilters,
} from './operation-filters.util';
import { OperationDownload, ProgressBar } from './operation-progress';
import { useOperations } from './operations-queries';
import { formatWhen, useOperationTexts } from './use-operation-texts';

/** /vorgaenge: the user's long operations, newest first, polled while any of them runs; filters live in the address. */
export function OperationsView({ filters }: { filters: OperationFilters }) {
  const t = useTranslations('operations');
  const router = useRouter();
  const texts = useOperationTexts();
  const operations = useOperations();
  const href = operationListHref(filters);
  const all = operations.data ?? [];
  const items = filterOperations(all, filters);
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro', { days: OPERATION_RETENTION_DAYS })}</p>
      <section className="panel" aria-labelledby="operation-filter-heading">
        <h2 id="operation-filter-heading" className="visually-hidden">
          {t('filterLabel')}
        </h2>
        {/* Keyed by the address: after back/forward the fields show the filters in force. */}
        <OperationFilterForm key={href} filters={filters} onApply={(next) => router.push(operationListHref(next))} />
      </section>
      <QueryState isPending={operations.isPending} error={operations.error} />
      {operations.data ? (
        <>
          <p role="status" className="result-count">
            {t('resultCount', { count: items.length })}
          </p>
          <ListTable
            caption={t('caption')}
            captionHidden
            rows={items}
            rowKey={(operation) => operation.id}
            empty={filtered && all.length > 0 ? t('emptyFiltered') : t('empty')}
            columns={[
              { key: 'kind', header: t('kind'), rowHeader: true, cell: (operation) => texts.kind(operation) },
              { key: 'subject', header: t('subject'), cell: (operation) => <Subject operation={operation} /> },
              {
                key: 'status',
                header: t('status'),
                cell: (operation) => (
                  <span className={statusBadgeClass(operation.status)}>{texts.status(operation)}</span>
                ),
              },
              { key: 'progress', header: t('progress'), cell: (operation) => <ProgressCell operation={operation} /> },
              {
                key: 'started',
                header: t('started'),
                className: 'nowrap',
                cell: (o) => formatWhen(o.startedAt ?? o.createdAt),
              },
              { key: 'finished', header: t('finished'), className: 'nowrap', cell: (o) => formatWhen(o.finishedAt) },
              { key: 'result', header: t('result'), cell: (operation) => <ResultCell operation={operation} /> },
            ]}
          />
        </>
      ) : null}
    </>
  );
}

function Subject({ operation }: { operation: Operation }) {
  if (!operation.subject) return '–';
  // Only paths of the admin itself: a link never leaves the site.
  if (!isSitePath(operation.subjectPath)) return operation.subject;
  return (
    <Link href={operation.subjectPath} prefetch={false}>
      {operation.subject}
    </Link>
  );
}

function ProgressCell({ operation }: { operation: Operation }) {
  const texts = useOperationTexts();
  const id = useId();
  const line = texts.progressLine(operation);
  return (
    <div className="operation-progress operation-progress--cell">
      <span id={id} className="visually-hidden">
        {texts.kind(operation)}
      </span>
      <ProgressBar operation={operation} labelledBy={id} valueText={line} />
      <span className="cell-note">{line}</span>
    </div>
  );
}

function ResultCell({ operation }: { operation: Operation }) {
  const texts = useOperationTexts();
  const expires = texts.expires(operation);
  return (
    <>
      {operation.status === 'failed' ? <p className="text-danger">{texts.error(operation)}</p> : null}
      {operation.status === 'succeeded' ? (
        <ul className="operation-progress__summary">
          {texts.summary(operation).map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
      ) : null}
      {operation.status === 'succeeded' && operation.file ? <OperationDownload operation={operation} /> : null}
      {expires ? <span className="cell-note">{expires}</span> : null}
    </>
  );
}

function OperationFilterForm({
  filters,
  onApply,
}: {
  filters: OperationFilters;
  onApply: (filters: OperationFilters) => void;
}) {
  const t = useTranslations('operations');
  const texts = useOperationTexts();
  const { field, submit } = useFilterForm(filters, ['status', 'kind'], operationFiltersFrom, onApply);
  return (
    <form role="search" className="form form--inline" onSubmit={submit} aria-label={t('filterLabel')}>
      <SelectField
        {...field('status')}
        label={t('status')}
        options={[
          { value: '', label: t('all') },
          ...OPERATION_STATUSES.filter((s) => s !== 'queued').map((status) => ({
            value: status,
            label: texts.status({ status }),
          })),
        ]}
      />
      <SelectField
        {...field('kind')}
        label={t('kind')}
        options={[
          { value: '', label: t('all') },
          ...OPERATION_KINDS.map((kind) => ({ value: kind, label: texts.kind({ kind }) })),
        ]}
      />
      <div className="button-row">
        <button type="submit" className="button">
          {t('applyFilters')}
        </button>
        {Object.keys(filters).length > 0 ? (
          <Link className="button button--ghost" href="/vorgaenge" prefetch={false}>
            {t('resetFilters')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
