'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { OFFER_REVIEW_STATUSES, OFFER_TARGET_GROUPS, type OfferReviewStatus } from '@wir/shared';
import type { OfferFilters } from '@/lib/api-client';
import { useMunicipalities } from '@/modules/master-data/master-data-queries';
import { ActionFieldFilterField, PlaceFilterField } from '@/modules/master-data/filter-fields';
import { useNetworkAccess } from '@/modules/network/use-network-access';
import { ListTable } from '@/modules/ui/list-table';
import { Pager } from '@/modules/ui/pager';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { offerFiltersFrom, offerListHref } from './offer-filters.util';
import { OFFER_FIELDS, OfferForm } from './offer-form';
import { useCreateOffer, useOffers } from './offers-queries';
import { useFilterForm } from '@/modules/ui/use-filter-form';
import { PageState } from '@/modules/ui/page-state';

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

  if (access.user && !access.allowed) return <PageState title={t('title')} notice={t('notAllowed')} />;
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
          <ListTable
            caption={t('caption')}
            captionHidden
            rows={offers.data.items}
            rowKey={(o) => o.id}
            empty={t('empty')}
            columns={[
              {
                key: 'title',
                header: t('titleField'),
                rowHeader: true,
                cell: (o) => <Link href={`/angebotsinventar/${o.id}`}>{o.title.de}</Link>,
              },
              {
                key: 'reviewStatus',
                header: t('reviewStatus'),
                cell: (o) => (
                  <span className={`badge ${REVIEW_BADGE[o.reviewStatus]}`}>
                    {t(`reviewStatuses.${o.reviewStatus}`)}
                  </span>
                ),
              },
              { key: 'municipality', header: t('municipality'), cell: (o) => municipalityName(o.municipalityId) },
              {
                key: 'translations',
                header: t('translations'),
                cell: (o) => (['en', 'tr', 'ar'] as const).filter((l) => o.title[l]).join(', ') || '–',
              },
              {
                key: 'source',
                header: t('source'),
                cell: (o) =>
                  o.sourceResponseId !== null
                    ? t('fromSurvey', { response: o.sourceResponseId, row: (o.sourceRowIndex ?? 0) + 1 })
                    : t('fromStaff'),
              },
              {
                key: 'updatedAt',
                header: t('updatedAt'),
                className: 'nowrap',
                cell: (o) => format.dateTime(new Date(o.updatedAt), { dateStyle: 'medium' }),
              },
            ]}
          />
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
  const { field, submit } = useFilterForm(
    filters,
    ['q', 'municipalityId', 'actionFieldId', 'targetGroup', 'language'],
    // From page 1, in the review status chosen above the form.
    (draft) => offerFiltersFrom({ ...draft, reviewStatus: filters.reviewStatus }),
    onApply,
  );
  return (
    <form role="search" className="form form--inline" onSubmit={submit} aria-label={t('filterLabel')}>
      <TextField {...field('q')} type="search" label={t('search')} maxLength={100} />
      <PlaceFilterField
        {...field('municipalityId')}
        label={t('municipality')}
        hint={t('municipalityFilterHint')}
        first={t('all')}
      />
      <ActionFieldFilterField {...field('actionFieldId')} label={t('actionField')} first={t('all')} />
      <SelectField
        {...field('targetGroup')}
        label={t('targetGroup')}
        options={[
          { value: '', label: t('all') },
          ...OFFER_TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroupNames.${g}`) })),
        ]}
      />
      <TextField {...field('language')} label={t('languageFilter')} hint={t('languageFilterHint')} maxLength={3} />
      <div className="button-row">
        <button type="submit" className="button">
          {t('applyFilters')}
        </button>
      </div>
    </form>
  );
}
