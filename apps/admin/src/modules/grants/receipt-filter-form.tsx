'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import {
  INCOME_SOURCES,
  RECEIPT_KINDS,
  SIGN_OFF_STATES,
  parseGermanDate,
  type GrantDetail,
  type IncomeSource,
  type ReceiptKind,
  type SignOffState,
} from '@wir/shared';
import type { ReceiptFilters } from '@/lib/api-client';
import { DateField } from '@/modules/ui/date-field';
import { FilterButtons } from '@/modules/ui/filter-buttons';
import { FilterSelectField } from '@/modules/ui/filter-select-field';
import { TextField } from '@/modules/ui/text-field';
import { textOf } from '@/modules/ui/form-data.util';

interface ReceiptFilterFormProps {
  grant: GrantDetail;
  filters: ReceiptFilters;
  pageSize: number;
  onFilter: (filters: ReceiptFilters) => void;
}

/** The Belegliste's filters: text, kind, budget line, income source, sign-off state and a date range (German dates). */
export function ReceiptFilterForm({ grant, filters, pageSize, onFilter }: ReceiptFilterFormProps) {
  const t = useTranslations('receipts');
  const tf = useTranslations('finance');
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  function submit(e: FormEvent<HTMLFormElement>) {
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
    setErrors({ from: from.error, to: to.error });
    if (from.error || to.error) return;
    onFilter({
      kind: optional('kind') as ReceiptKind | undefined,
      budgetLineId: optional('budgetLineId') ? Number(optional('budgetLineId')) : undefined,
      incomeSource: optional('incomeSource') as IncomeSource | undefined,
      signOffState: optional('signOffState') as SignOffState | undefined,
      from: from.value,
      to: to.value,
      q: optional('q'),
      page: 1,
      pageSize,
    });
  }

  return (
    <form role="search" className="form form--inline" onSubmit={submit} aria-label={t('filterLabel')}>
      <TextField name="q" type="search" label={t('search')} hint={t('searchHint')} defaultValue={filters.q} />
      <FilterSelectField
        name="kind"
        label={t('kind')}
        current={filters.kind}
        allLabel={t('all')}
        options={RECEIPT_KINDS.map((k) => ({ value: k, label: tf(`kinds.${k}`) }))}
      />
      <FilterSelectField
        name="budgetLineId"
        label={t('budgetLine')}
        current={filters.budgetLineId}
        allLabel={t('all')}
        options={grant.budgetLines.map((l) => ({ value: String(l.id), label: `${l.code} ${l.name}` }))}
      />
      <FilterSelectField
        name="incomeSource"
        label={t('incomeSource')}
        current={filters.incomeSource}
        allLabel={t('all')}
        options={INCOME_SOURCES.map((s) => ({ value: s, label: tf(`incomeSources.${s}`) }))}
      />
      <FilterSelectField
        name="signOffState"
        label={t('signOffState')}
        current={filters.signOffState}
        allLabel={t('all')}
        options={SIGN_OFF_STATES.map((s) => ({ value: s, label: tf(`signOffStates.${s}`) }))}
      />
      <DateField name="from" label={t('from')} defaultValue={filters.from} error={errors.from} />
      <DateField name="to" label={t('to')} defaultValue={filters.to} error={errors.to} />
      <FilterButtons
        filterLabel={t('filter')}
        resetLabel={t('resetFilters')}
        onReset={() => {
          setErrors({});
          onFilter({ page: 1, pageSize });
        }}
      />
    </form>
  );
}
