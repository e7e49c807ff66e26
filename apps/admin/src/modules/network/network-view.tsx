'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { Suspense, useState } from 'react';
import { CONTACT_LEGAL_BASES, CONTACT_SORTS } from '@wir/shared';
import { apiClient, type ContactFilters } from '@/lib/api-client';
import { entryOptions } from '@/modules/master-data/entry-options.util';
import { useMunicipalities, useOrganisations } from '@/modules/master-data/master-data-queries';
import { ListTable } from '@/modules/ui/list-table';
import { Pager } from '@/modules/ui/pager';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { ContactForm, CONTACT_FIELDS } from './contact-form';
import { contactFiltersFrom, contactListHref } from './contact-filters.util';
import { useContacts, useCreateContact } from './contacts-queries';
import { useNetworkAccess } from './use-network-access';
import { useFilterForm } from '@/modules/ui/use-filter-form';
import { PageState } from '@/modules/ui/page-state';

// The import below the list (with its operation's progress) is a chunk of its own (first-load JS budget); it still
// renders on the server.
const ContactImport = dynamic(() => import('./contact-import').then((m) => m.ContactImport));

/** /netzwerk: the contacts of the network with filters and search in the address, exports, import and a new contact. */
export function NetworkView({ filters }: { filters: ContactFilters }) {
  const t = useTranslations('network');
  const format = useFormatter();
  const router = useRouter();
  const access = useNetworkAccess();
  const contacts = useContacts(filters, access.allowed);
  const municipalities = useMunicipalities();
  const organisations = useOrganisations();
  const create = useCreateContact();
  const feedback = useFormFeedback(CONTACT_FIELDS);
  const [formKey, setFormKey] = useState(0);
  const href = contactListHref(filters);

  if (access.user && !access.allowed) return <PageState title={t('title')} notice={t('notAllowed')} />;

  const { page: _page, pageSize: _pageSize, ...exportFilters } = filters;
  const municipalityName = (id: number | null) =>
    id ? (municipalities.data?.find((m) => m.id === id)?.name ?? '') : '';
  const organisationName = (id: number | null) =>
    id ? (organisations.data?.find((o) => o.id === id)?.name ?? '') : '';
  const data = contacts.data;
  const filtered = Object.keys(exportFilters).some((k) => k !== 'sort');

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>

      <section className="panel" aria-labelledby="contact-filter-heading">
        <h2 id="contact-filter-heading" className="visually-hidden">
          {t('filterLabel')}
        </h2>
        <ContactFilterForm key={href} filters={filters} onApply={(next) => router.push(contactListHref(next))} />
      </section>

      <QueryState isPending={contacts.isPending} error={contacts.error} />
      {data ? (
        <section className="panel" aria-labelledby="contact-list-heading">
          <h2 id="contact-list-heading">{t('listHeading')}</h2>
          <p role="status" className="result-count">
            {t('resultCount', { count: data.total })}
          </p>
          <div className="button-row">
            <a
              className="button button--ghost button--small"
              href={apiClient.contacts.exportUrl('export.csv', exportFilters)}
              download
            >
              {t('exportCsv')}
            </a>
            <a
              className="button button--ghost button--small"
              href={apiClient.contacts.exportUrl('export.xlsx', exportFilters)}
              download
            >
              {t('exportXlsx')}
            </a>
          </div>
          <ListTable
            caption={t('caption')}
            captionHidden
            rows={data.items}
            rowKey={(c) => c.id}
            empty={filtered ? t('emptyFiltered') : t('empty')}
            columns={[
              {
                key: 'name',
                header: t('columns.name'),
                rowHeader: true,
                cell: (c) => (
                  <>
                    <Link href={`/netzwerk/${c.id}`}>{c.name}</Link>
                    {c.email ? <span className="cell-note">{c.email}</span> : null}
                  </>
                ),
              },
              { key: 'function', header: t('columns.function'), cell: (c) => c.functionTitle },
              {
                key: 'organisation',
                header: t('columns.organisation'),
                cell: (c) => organisationName(c.organisationId),
              },
              {
                key: 'municipality',
                header: t('columns.municipality'),
                cell: (c) => municipalityName(c.municipalityId),
              },
              { key: 'legalBasis', header: t('columns.legalBasis'), cell: (c) => t(`legalBases.${c.legalBasis}`) },
              {
                key: 'tags',
                header: t('columns.tags'),
                cell: (c) =>
                  c.tags.map((tag) => (
                    <span key={tag} className="badge">
                      {tag}
                    </span>
                  )),
              },
              {
                key: 'lastActivity',
                header: t('columns.lastActivity'),
                className: 'nowrap',
                cell: (c) => (
                  <>
                    {format.dateTime(new Date(c.lastActivityAt), { dateStyle: 'medium' })}
                    {c.reviewDue ? <span className="badge badge--warning">{t('reviewDue')}</span> : null}
                  </>
                ),
              },
            ]}
          />
          <Pager
            page={filters.page}
            pageCount={Math.ceil(data.total / filters.pageSize)}
            onPage={(page) => router.push(contactListHref({ ...filters, page }))}
          />
        </section>
      ) : null}

      {access.allowed ? (
        <>
          <section className="panel" aria-labelledby="create-contact-heading">
            <h2 id="create-contact-heading">{t('createTitle')}</h2>
            <ContactForm
              key={formKey}
              feedback={feedback}
              pending={create.isPending}
              submitLabel={t('create')}
              onSubmit={(body) =>
                create.mutate(body, {
                  onSuccess: (created) => {
                    feedback.succeed(t('created', { name: created.name }));
                    setFormKey((k) => k + 1);
                  },
                  onError: feedback.fail,
                })
              }
            />
          </section>
          {/* Its own boundary: the import hydrates in a task of its own, after the list. */}
          <Suspense>
            <ContactImport />
          </Suspense>
        </>
      ) : null}
    </>
  );
}

/** The list's filters and search; applied to the address, so a reload or a shared link shows the same list. */
function ContactFilterForm({
  filters,
  onApply,
}: {
  filters: ContactFilters;
  onApply: (filters: ContactFilters) => void;
}) {
  const t = useTranslations('network');
  const municipalities = useMunicipalities();
  const organisations = useOrganisations();
  const { field, submit } = useFilterForm(
    { ...filters, sort: filters.sort ?? 'name' },
    ['q', 'organisationId', 'municipalityId', 'tag', 'legalBasis', 'reviewDue', 'sort'],
    // From page 1; by name is the default order, not a filter.
    (draft) => contactFiltersFrom({ ...draft, sort: draft.sort === 'name' ? undefined : draft.sort }),
    onApply,
  );

  return (
    <form role="search" className="form form--inline" onSubmit={submit} aria-label={t('filterLabel')}>
      <TextField {...field('q')} type="search" label={t('search')} hint={t('searchHint')} maxLength={100} />
      <SelectField
        {...field('organisationId')}
        label={t('form.organisation')}
        options={entryOptions(organisations.data, t('all'))}
      />
      <SelectField
        {...field('municipalityId')}
        label={t('form.municipality')}
        options={entryOptions(municipalities.data, t('all'))}
      />
      <TextField {...field('tag')} label={t('tag')} maxLength={60} />
      <SelectField
        {...field('legalBasis')}
        label={t('form.legalBasis')}
        options={[
          { value: '', label: t('all') },
          ...CONTACT_LEGAL_BASES.map((b) => ({ value: b, label: t(`legalBases.${b}`) })),
        ]}
      />
      <SelectField
        {...field('reviewDue')}
        label={t('reviewFilter')}
        hint={t('reviewHint')}
        options={[
          { value: '', label: t('all') },
          { value: 'true', label: t('reviewDueOnly') },
          { value: 'false', label: t('reviewNotDue') },
        ]}
      />
      <SelectField
        {...field('sort')}
        label={t('sort')}
        options={CONTACT_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
      />
      <div className="button-row">
        <button type="submit" className="button">
          {t('applyFilters')}
        </button>
        {Object.keys(filters).some((k) => !['page', 'pageSize'].includes(k)) ? (
          <Link className="button button--ghost" href="/netzwerk">
            {t('resetFilters')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
