'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { OFFER_REVIEW_STATUSES, OFFER_TARGET_GROUPS, type OfferReviewStatus, type OfferTargetGroup } from '@wir/shared';
import type { OfferFilters } from '@/lib/api-client';
import { useActionFields, useMunicipalities } from '@/modules/master-data/master-data-queries';
import { useNetworkAccess } from '@/modules/network/use-network-access';
import { Pager } from '@/modules/ui/pager';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { offerListHref } from './offer-filters.util';
import { OFFER_FIELDS, OfferForm } from './offer-form';
import { useCreateOffer, useOffers } from './offers-queries';
import { optionId, useFilterDraft } from '@/modules/ui/use-filter-draft';

const REVIEW_BADGE: Record<OfferReviewStatus, string> = {
  new: 'badge--warning',
  reviewed: '',
  published: 'badge--success',
  rejected: 'badge--muted',
  merged: 'badge--muted',
};

/** /angebotsinventar: the inventory of offers by review status; from questionnaires or entered by staff. */
export function OffersInventoryView({ filters }: { filters: OfferFilters }) {
  const t = useTranslations('offers');
  const format = useFormatter();
  const router = useRouter();
  const access = useNetworkAccess();
  const offers = useOffers(filters, access.allowed);
  const municipalities = useMunicipalities();
  const create = useCreateOffer();
  const feedback = useFormFeedback(OFFER_FIELDS);
  const href = offerListHref(filters);

  if (access.user && !access.allowed) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="notice">{t('notAllowed')}</p>
      </>
    );
  }
  const municipalityName = (id: number | null) =>
    id ? (municipalities.data?.find((m) => m.id === id)?.name ?? '') : t('districtWide');

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <nav aria-label={t('reviewStatusNav')}>
        <ul className="section-nav">
          <li>
            <Link
              className="button button--ghost button--small"
              href={offerListHref({ ...filters, reviewStatus: undefined, page: 1 })}
              aria-current={filters.reviewStatus === undefined ? 'page' : undefined}
            >
              {t('allStatuses')}
            </Link>
          </li>
          {OFFER_REVIEW_STATUSES.map((s) => (
            <li key={s}>
              <Link
                className="button button--ghost button--small"
                href={offerListHref({ ...filters, reviewStatus: s, page: 1 })}
                aria-current={filters.reviewStatus === s ? 'page' : undefined}
              >
                {t(`reviewStatuses.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="panel" aria-labelledby="offer-filter-heading">
        <h2 id="offer-filter-heading" className="visually-hidden">
          {t('filterLabel')}
        </h2>
        <OfferFilterForm key={href} filters={filters} onApply={(next) => router.push(offerListHref(next))} />
      </section>
      <QueryState isPending={offers.isPending} error={offers.error} />
      {offers.data ? (
        <section className="panel" aria-labelledby="offer-list-heading">
          <h2 id="offer-list-heading">
            {filters.reviewStatus ? t(`reviewStatuses.${filters.reviewStatus}`) : t('allStatuses')}
          </h2>
          <p role="status" className="result-count">
            {t('resultCount', { count: offers.data.total })}
          </p>
          {offers.data.items.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('titleField')}</th>
                    <th scope="col">{t('reviewStatus')}</th>
                    <th scope="col">{t('municipality')}</th>
                    <th scope="col">{t('translations')}</th>
                    <th scope="col">{t('source')}</th>
                    <th scope="col">{t('updatedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {offers.data.items.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">
                        <Link href={`/angebotsinventar/${o.id}`}>{o.title.de}</Link>
                      </th>
                      <td>
                        <span className={`badge ${REVIEW_BADGE[o.reviewStatus]}`}>
                          {t(`reviewStatuses.${o.reviewStatus}`)}
                        </span>
                      </td>
                      <td>{municipalityName(o.municipalityId)}</td>
                      <td>{(['en', 'tr', 'ar'] as const).filter((l) => o.title[l]).join(', ') || '–'}</td>
                      <td>
                        {o.sourceResponseId !== null
                          ? t('fromSurvey', { response: o.sourceResponseId, row: (o.sourceRowIndex ?? 0) + 1 })
                          : t('fromStaff')}
                      </td>
                      <td className="nowrap">{format.dateTime(new Date(o.updatedAt), { dateStyle: 'medium' })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            page={filters.page}
            pageCount={Math.ceil(offers.data.total / filters.pageSize)}
            onPage={(page) => router.push(offerListHref({ ...filters, page }))}
          />
        </section>
      ) : null}
      {access.allowed ? (
        <section className="panel" aria-labelledby="create-offer-heading">
          <h2 id="create-offer-heading">{t('createTitle')}</h2>
          <OfferForm
            translations={false}
            feedback={feedback}
            pending={create.isPending}
            submitLabel={t('create')}
            onSubmit={(body) =>
              create.mutate(body, {
                onSuccess: (created) => router.push(`/angebotsinventar/${created.id}`),
                onError: feedback.fail,
              })
            }
          />
        </section>
      ) : null}
    </>
  );
}

function OfferFilterForm({ filters, onApply }: { filters: OfferFilters; onApply: (filters: OfferFilters) => void }) {
  const t = useTranslations('offers');
  const municipalities = useMunicipalities();
  const actionFields = useActionFields();
  const { draft, set } = useFilterDraft({
    q: filters.q,
    municipalityId: filters.municipalityId,
    actionFieldId: filters.actionFieldId,
    targetGroup: filters.targetGroup,
    language: filters.language,
  });
  const id = optionId;
  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    onApply({
      reviewStatus: filters.reviewStatus,
      q: draft.q.trim() || undefined,
      municipalityId: id(draft.municipalityId),
      actionFieldId: id(draft.actionFieldId),
      targetGroup: (draft.targetGroup || undefined) as OfferTargetGroup | undefined,
      language: draft.language.trim().toLowerCase() || undefined,
      page: 1,
      pageSize: filters.pageSize,
    });
  }
  return (
    <form role="search" className="form form--inline" onSubmit={apply} aria-label={t('filterLabel')}>
      <TextField name="q" type="search" label={t('search')} value={draft.q} onChange={set('q')} maxLength={100} />
      <SelectField
        name="municipalityId"
        label={t('municipality')}
        hint={t('municipalityFilterHint')}
        value={draft.municipalityId}
        onChange={set('municipalityId')}
        options={[
          { value: '', label: t('all') },
          ...(municipalities.data ?? [])
            .filter((m) => !m.districtWide)
            .map((m) => ({ value: String(m.id), label: m.name })),
        ]}
      />
      <SelectField
        name="actionFieldId"
        label={t('actionField')}
        value={draft.actionFieldId}
        onChange={set('actionFieldId')}
        options={[
          { value: '', label: t('all') },
          ...(actionFields.data ?? []).map((f) => ({ value: String(f.id), label: f.name })),
        ]}
      />
      <SelectField
        name="targetGroup"
        label={t('targetGroup')}
        value={draft.targetGroup}
        onChange={set('targetGroup')}
        options={[
          { value: '', label: t('all') },
          ...OFFER_TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroupNames.${g}`) })),
        ]}
      />
      <TextField
        name="language"
        label={t('languageFilter')}
        hint={t('languageFilterHint')}
        value={draft.language}
        onChange={set('language')}
        maxLength={3}
      />
      <div className="button-row">
        <button type="submit" className="button">
          {t('applyFilters')}
        </button>
      </div>
    </form>
  );
}
