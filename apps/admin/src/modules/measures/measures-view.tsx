'use client';

import Link from 'next/link';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { MEASURE_STATUSES, formatIsoDate, type ActionField, type MeasureListItem } from '@wir/shared';
import type { MeasureFilters } from '@/lib/api-client';
import { useGrants } from '@/modules/grants/grants-queries';
import { entryOptions } from '@/modules/master-data/entry-options.util';
import { useActionFields } from '@/modules/master-data/master-data-queries';
import { ActionFieldFilterField, PlaceFilterField } from '@/modules/master-data/filter-fields';
import { PageState } from '@/modules/ui/page-state';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { StatusChips } from './indicator-status-badge';
import { measureFiltersFrom, measureListHref } from './measure-filters.util';
import { MEASURE_FIELDS } from './measure-fields.constant';
import { useCreateMeasure, useMeasures } from './measures-queries';
import { useMeasuresAccess } from './use-measures-access';
import { useFilterForm } from '@/modules/ui/use-filter-form';

// The create form below the list is a chunk of its own (first-load JS budget); it still renders on the server.
const MeasureForm = dynamic(() => import('./measure-form').then((m) => m.MeasureForm));

/** /massnahmen: the measures by action field with the status of their indicators; filters live in the address. */
export function MeasuresView({ filters }: { filters: MeasureFilters }) {
  const t = useTranslations('measures');
  const router = useRouter();
  const access = useMeasuresAccess();
  const measures = useMeasures(filters, access.canRead);
  const actionFields = useActionFields();
  const grants = useGrants(access.canRead);
  const create = useCreateMeasure();
  const feedback = useFormFeedback(MEASURE_FIELDS);
  const href = measureListHref(filters);

  if (access.user && !access.canRead) return <PageState title={t('title')} notice={t('notAllowed')} />;

  const fields = (actionFields.data ?? []).filter(
    (f) => filters.actionFieldId === undefined || f.id === filters.actionFieldId,
  );
  const list = measures.data ?? [];
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <h1>{t('title')}</h1>
      {access.user && !access.canWrite ? <p className="notice">{t('readOnly')}</p> : null}

      <section className="panel" aria-labelledby="measure-filter-heading">
        <h2 id="measure-filter-heading" className="visually-hidden">
          {t('filterLabel')}
        </h2>
        {/* Keyed by the address: after back/forward the fields show the filters in force. */}
        <MeasureFilterForm
          key={href}
          filters={filters}
          grants={grants.data ?? []}
          onApply={(next) => router.push(measureListHref(next))}
        />
      </section>

      <QueryState
        isPending={measures.isPending || actionFields.isPending}
        error={measures.error ?? actionFields.error}
      />
      {measures.data && actionFields.data ? (
        <>
          <p role="status" className="result-count">
            {t('resultCount', { count: list.length })}
          </p>
          {list.length === 0 ? <p className="panel">{filtered ? t('emptyFiltered') : t('empty')}</p> : null}
          {fields.map((field) => (
            <ActionFieldGroup
              key={field.id}
              field={field}
              measures={list.filter((m) => m.actionFieldIds.includes(field.id))}
            />
          ))}
        </>
      ) : null}

      {access.canWrite ? (
        <section className="panel" aria-labelledby="create-measure-heading">
          <h2 id="create-measure-heading">{t('createTitle')}</h2>
          {/* Its own boundary: the form below the list hydrates in a task of its own, after the list. */}
          <Suspense>
            <MeasureForm
              feedback={feedback}
              pending={create.isPending}
              label={t('createTitle')}
              submitLabel={t('create')}
              onSubmit={(body) =>
                create.mutate(body, {
                  onSuccess: (created) => {
                    feedback.succeed(t('created', { title: created.title }));
                    router.push(`/massnahmen/${created.id}`);
                  },
                  onError: feedback.fail,
                })
              }
            />
          </Suspense>
        </section>
      ) : null}
    </>
  );
}

/** The measures of one action field (a measure in two fields shows in both). */
function ActionFieldGroup({ field, measures }: { field: ActionField; measures: MeasureListItem[] }) {
  const t = useTranslations('measures');
  if (measures.length === 0) return null;
  const headingId = `action-field-${field.id}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actionFieldHeading', { name: field.name })}</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('caption', { name: field.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('code')}</th>
              <th scope="col">{t('titleField')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('indicatorStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id}>
                <td className="nowrap">{m.code}</td>
                <th scope="row">
                  {/* No prefetch: the page is dynamic, a prefetch per row would fetch nothing useful. */}
                  <Link href={`/massnahmen/${m.id}`} prefetch={false}>
                    {m.title}
                  </Link>
                </th>
                <td>{t(`statuses.${m.status}`)}</td>
                <td className="nowrap">
                  {t('periodRange', { start: formatIsoDate(m.periodStart), end: formatIsoDate(m.periodEnd) })}
                </td>
                <td>
                  <StatusChips counts={m.statusCounts} indicatorCount={m.indicatorCount} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface MeasureFilterFormProps {
  filters: MeasureFilters;
  grants: { id: number; title: string }[];
  onApply: (filters: MeasureFilters) => void;
}

/**
 * The list's filters. The fields are controlled, so a filter from the address is selected as soon as
 * its options (action fields, municipalities, grants) have loaded, also after a reload.
 */
function MeasureFilterForm({ filters, grants, onApply }: MeasureFilterFormProps) {
  const t = useTranslations('measures');
  const { field, submit } = useFilterForm(
    filters,
    ['actionFieldId', 'municipalityId', 'grantId', 'status', 'year'],
    measureFiltersFrom,
    onApply,
  );

  return (
    <form role="search" className="form form--inline" onSubmit={submit} aria-label={t('filterLabel')}>
      <ActionFieldFilterField {...field('actionFieldId')} label={t('actionField')} first={t('all')} />
      <PlaceFilterField
        {...field('municipalityId')}
        label={t('municipality')}
        hint={t('municipalityFilterHint')}
        first={t('all')}
      />
      <SelectField
        {...field('grantId')}
        label={t('grant')}
        options={entryOptions(
          grants.map((g) => ({ id: g.id, name: g.title })),
          t('all'),
        )}
      />
      <SelectField
        {...field('status')}
        label={t('status')}
        options={[
          { value: '', label: t('all') },
          ...MEASURE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
        ]}
      />
      <TextField {...field('year')} label={t('year')} hint={t('yearHint')} inputMode="numeric" maxLength={4} />
      <div className="button-row">
        <button type="submit" className="button">
          {t('applyFilters')}
        </button>
        {Object.keys(filters).length > 0 ? (
          <Link className="button button--ghost" href="/massnahmen">
            {t('resetFilters')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
