'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { CONTACT_LEGAL_BASES, CONTACT_SORTS, type ContactLegalBasis, type ContactSort } from '@wir/shared';
import { apiClient, type ContactFilters } from '@/lib/api-client';
import { useMunicipalities, useOrganisations } from '@/modules/master-data/master-data-queries';
import { Pager } from '@/modules/ui/pager';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { ContactForm, CONTACT_FIELDS } from './contact-form';
import { ContactImport } from './contact-import';
import { contactListHref } from './contact-filters.util';
import { useContacts, useCreateContact } from './contacts-queries';
import { useNetworkAccess } from './use-network-access';
import { optionId, useFilterDraft } from '@/modules/ui/use-filter-draft';

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

  if (access.user && !access.allowed) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="notice">{t('notAllowed')}</p>
      </>
    );
  }

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
          {data.items.length === 0 ? (
            <p>{filtered ? t('emptyFiltered') : t('empty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('columns.name')}</th>
                    <th scope="col">{t('columns.function')}</th>
                    <th scope="col">{t('columns.organisation')}</th>
                    <th scope="col">{t('columns.municipality')}</th>
                    <th scope="col">{t('columns.legalBasis')}</th>
                    <th scope="col">{t('columns.tags')}</th>
                    <th scope="col">{t('columns.lastActivity')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <Link href={`/netzwerk/${c.id}`}>{c.name}</Link>
                        {c.email ? <span className="cell-note">{c.email}</span> : null}
                      </th>
                      <td>{c.functionTitle}</td>
                      <td>{organisationName(c.organisationId)}</td>
                      <td>{municipalityName(c.municipalityId)}</td>
                      <td>{t(`legalBases.${c.legalBasis}`)}</td>
                      <td>
                        {c.tags.map((tag) => (
                          <span key={tag} className="badge">
                            {tag}
                          </span>
                        ))}
                      </td>
                      <td className="nowrap">
                        {format.dateTime(new Date(c.lastActivityAt), { dateStyle: 'medium' })}
                        {c.reviewDue ? <span className="badge badge--warning">{t('reviewDue')}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
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
          <ContactImport />
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
  const { draft, set } = useFilterDraft({
    q: filters.q,
    organisationId: filters.organisationId,
    municipalityId: filters.municipalityId,
    tag: filters.tag,
    legalBasis: filters.legalBasis,
    reviewDue: filters.reviewDue,
    sort: filters.sort ?? 'name',
  });
  const id = optionId;

  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    onApply({
      q: draft.q.trim() || undefined,
      organisationId: id(draft.organisationId),
      municipalityId: id(draft.municipalityId),
      tag: draft.tag.trim() || undefined,
      legalBasis: (draft.legalBasis || undefined) as ContactLegalBasis | undefined,
      reviewDue: draft.reviewDue === 'true' ? true : draft.reviewDue === 'false' ? false : undefined,
      sort: draft.sort === 'name' ? undefined : (draft.sort as ContactSort),
      page: 1,
      pageSize: filters.pageSize,
    });
  }

  return (
    <form role="search" className="form form--inline" onSubmit={apply} aria-label={t('filterLabel')}>
      <TextField
        name="q"
        type="search"
        label={t('search')}
        hint={t('searchHint')}
        value={draft.q}
        onChange={set('q')}
        maxLength={100}
      />
      <SelectField
        name="organisationId"
        label={t('form.organisation')}
        value={draft.organisationId}
        onChange={set('organisationId')}
        options={[
          { value: '', label: t('all') },
          ...(organisations.data ?? []).map((o) => ({ value: String(o.id), label: o.name })),
        ]}
      />
      <SelectField
        name="municipalityId"
        label={t('form.municipality')}
        value={draft.municipalityId}
        onChange={set('municipalityId')}
        options={[
          { value: '', label: t('all') },
          ...(municipalities.data ?? []).map((m) => ({ value: String(m.id), label: m.name })),
        ]}
      />
      <TextField name="tag" label={t('tag')} value={draft.tag} onChange={set('tag')} maxLength={60} />
      <SelectField
        name="legalBasis"
        label={t('form.legalBasis')}
        value={draft.legalBasis}
        onChange={set('legalBasis')}
        options={[
          { value: '', label: t('all') },
          ...CONTACT_LEGAL_BASES.map((b) => ({ value: b, label: t(`legalBases.${b}`) })),
        ]}
      />
      <SelectField
        name="reviewDue"
        label={t('reviewFilter')}
        hint={t('reviewHint')}
        value={draft.reviewDue}
        onChange={set('reviewDue')}
        options={[
          { value: '', label: t('all') },
          { value: 'true', label: t('reviewDueOnly') },
          { value: 'false', label: t('reviewNotDue') },
        ]}
      />
      <SelectField
        name="sort"
        label={t('sort')}
        value={draft.sort}
        onChange={set('sort')}
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
