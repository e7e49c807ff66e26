'use client';

import dynamic from 'next/dynamic';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { ORGANISATION_TYPES, REGISTRATION_STATUSES, pickLanguage } from '@wir/shared';
import type { RegistrationFilters } from '@/lib/api-client';
import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';
import { useEvent } from '@/modules/events/events-queries';
import { useMunicipalities } from '@/modules/master-data/master-data-queries';
import { textOf } from '@/modules/ui/form-data.util';
import { ListTable } from '@/modules/ui/list-table';
import { Pager } from '@/modules/ui/pager';
import { QueryState } from '@/modules/ui/query-state';
import { FilterButtons } from '@/modules/ui/filter-buttons';
import { FilterSelectField } from '@/modules/ui/filter-select-field';
import { TextField } from '@/modules/ui/text-field';
import { oneOfParam, positiveIntParam } from '@/modules/ui/url-state.util';
import { useUrlState } from '@/modules/ui/use-url-state';
import { RegistrationStatusBadge } from './registration-status-badge';
import { useRegistrations } from './registrations-queries';

// Chunks of their own (first-load JS budget): the detail pane opens on a click, the staff registration form is
// below the list. They still render on the server when shown.
const RegistrationDetail = dynamic(() => import('./registration-detail').then((m) => m.RegistrationDetail));
const StaffRegistrationSection = dynamic(() =>
  import('./staff-registration-section').then((m) => m.StaffRegistrationSection),
);

const PAGE_SIZE = 25;

export function RegistrationsView({ eventId }: { eventId: number }) {
  const t = useTranslations('registrations');
  const tTypes = useTranslations('organisationTypes');
  const tc = useTranslations('common');
  const locale = useLocale();
  const format = useFormatter();
  const me = useCurrentUser();
  const canManage = hasAnyRole(me.data, ['admin', 'coordinator']);
  const eventQuery = useEvent(eventId);
  const municipalities = useMunicipalities();
  // Filters and page live in the address: a reload or a shared link shows the same list.
  const [params, setParams] = useUrlState();
  const filters: RegistrationFilters = {
    q: params.get('q') || undefined,
    status: oneOfParam(params.get('status'), REGISTRATION_STATUSES),
    workshopId: positiveIntParam(params.get('workshopId')),
    municipalityId: positiveIntParam(params.get('municipalityId')),
    organisationType: oneOfParam(params.get('organisationType'), ORGANISATION_TYPES),
    page: positiveIntParam(params.get('page')) ?? 1,
    pageSize: PAGE_SIZE,
  };
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const registrations = useRegistrations(eventId, filters, canManage);
  const event = eventQuery.data;

  function onFilter(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const optional = (name: string) => textOf(data, name) || undefined;
    const numberOf = (name: string) => (textOf(data, name) ? Number(textOf(data, name)) : undefined);
    setParams({
      q: optional('q'),
      status: optional('status'),
      workshopId: numberOf('workshopId'),
      municipalityId: numberOf('municipalityId'),
      organisationType: optional('organisationType'),
      page: undefined,
    });
  }

  const page = registrations.data;
  const pageCount = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  const currentPage = page?.page ?? 1;
  const goTo = (target: number) => setParams({ page: target > 1 ? target : undefined });
  const titleOf = (workshopId: number) => {
    const workshop = event?.workshops.find((w) => w.id === workshopId);
    return workshop ? pickLanguage(workshop.title, locale) : `#${workshopId}`;
  };
  const municipalityList = municipalities.data ?? [];

  return (
    <>
      {/* Title, back link and tabs come from the event layout. */}
      <QueryState isPending={eventQuery.isPending || me.isPending} error={eventQuery.error} />
      {me.data && !canManage ? <p className="notice">{t('coordinatorOnly')}</p> : null}
      {event && canManage ? (
        <>
          <section className="panel" aria-labelledby="registrations-heading">
            <h2 id="registrations-heading" className="visually-hidden">
              {t('caption')}
            </h2>
            <form
              key={params.toString()}
              role="search"
              className="form form--inline"
              onSubmit={onFilter}
              aria-label={t('filterLabel')}
            >
              <TextField name="q" type="search" label={t('search')} hint={t('searchHint')} defaultValue={filters.q} />
              <FilterSelectField
                name="status"
                label={t('status')}
                current={filters.status}
                allLabel={t('all')}
                options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
              />
              <FilterSelectField
                name="workshopId"
                label={t('workshop')}
                current={filters.workshopId}
                allLabel={t('all')}
                options={event.workshops.map((w) => ({ value: String(w.id), label: pickLanguage(w.title, locale) }))}
              />
              <FilterSelectField
                name="municipalityId"
                label={t('municipality')}
                current={filters.municipalityId}
                allLabel={t('all')}
                options={municipalityList.map((m) => ({ value: String(m.id), label: m.name }))}
              />
              <FilterSelectField
                name="organisationType"
                label={t('organisationType')}
                current={filters.organisationType}
                allLabel={t('all')}
                options={ORGANISATION_TYPES.map((type) => ({ value: type, label: tTypes(type) }))}
              />
              <FilterButtons
                filterLabel={t('filter')}
                resetLabel={t('resetFilters')}
                onReset={() =>
                  setParams({
                    q: undefined,
                    status: undefined,
                    workshopId: undefined,
                    municipalityId: undefined,
                    organisationType: undefined,
                    page: undefined,
                  })
                }
              />
            </form>

            <p role="status" className="result-count">
              {page ? t('count', { count: page.total }) : ''}
            </p>
            <QueryState isPending={registrations.isPending} error={registrations.error} />
            {page ? (
              <ListTable
                caption={t('caption')}
                busy={registrations.isFetching}
                rows={page.items}
                rowKey={(r) => r.id}
                isCurrentRow={(r) => r.id === selectedId}
                empty={t('empty')}
                columns={[
                  {
                    key: 'name',
                    header: t('name'),
                    rowHeader: true,
                    cell: (r) => (
                      <button type="button" className="link-button" onClick={() => setSelectedId(r.id)}>
                        {r.anonymisedAt ? t('anonymisedName', { id: r.id }) : `${r.lastName}, ${r.firstName}`}
                      </button>
                    ),
                  },
                  { key: 'email', header: t('email'), cell: (r) => r.email },
                  {
                    key: 'organisation',
                    header: t('organisation'),
                    cell: (r) => (
                      <>
                        {r.organisationName || tc('none')}
                        <br />
                        <span className="field__hint">{tTypes(r.organisationType)}</span>
                      </>
                    ),
                  },
                  { key: 'status', header: t('status'), cell: (r) => <RegistrationStatusBadge status={r.status} /> },
                  {
                    key: 'workshops',
                    header: t('workshops'),
                    cell: (r) =>
                      r.workshops.length === 0
                        ? tc('none')
                        : r.workshops.map((w) => (
                            <span key={w.workshopId} className="workshop-chip">
                              {titleOf(w.workshopId)} <RegistrationStatusBadge status={w.status} />
                            </span>
                          )),
                  },
                  {
                    key: 'createdAt',
                    header: t('createdAt'),
                    cell: (r) => format.dateTime(new Date(r.createdAt), { dateStyle: 'short', timeStyle: 'short' }),
                  },
                ]}
              />
            ) : null}
            {page ? <Pager page={currentPage} pageCount={pageCount} onPage={goTo} /> : null}
          </section>

          {selectedId !== null ? (
            <RegistrationDetail
              id={selectedId}
              event={event}
              municipalities={municipalityList}
              onClose={() => setSelectedId(null)}
            />
          ) : null}

          <StaffRegistrationSection event={event} municipalities={municipalityList} />
        </>
      ) : null}
    </>
  );
}
