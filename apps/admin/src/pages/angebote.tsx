import type { GetServerSideProps, PageConfig } from 'next';
import { PUBLIC_LANGUAGES, publicOfferListSchema, type PublicOfferList } from '@wir/shared';
import {
  publicOfferFiltersFrom,
  publicOfferQuery,
  type PublicOfferFilters,
} from '@/modules/offers/public-offer-filters.util';
import { PublicOffersView } from '@/modules/offers/public-offers-view';
import { PublicPage, type PublicPageFrame } from '@/modules/public/public-page';
import { cspNonceOf, publicApiGet, publicLocaleOf, publicMessages } from '@/modules/public/public-page-data';

// Served without the Next runtime and without an island: the HTML and the stylesheet, no script at all.
export const config: PageConfig = { unstable_runtimeJS: false };

const NAMESPACES = ['common', 'publicShell', 'shell', 'publicOffers'];

interface Props {
  frame: PublicPageFrame;
  nonce: string | null;
  data: PublicOfferList;
  filters: PublicOfferFilters;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ query, req }) => {
  const locale = publicLocaleOf(req);
  const filters = publicOfferFiltersFrom(query);
  const answer = await publicApiGet(`/public/offers?${publicOfferQuery(filters, locale)}`, publicOfferListSchema);
  if (!answer.ok) throw new Error(`GET /public/offers: ${answer.status}`);
  const messages = publicMessages(locale, NAMESPACES);
  const t = messages as { common: { appName: string }; publicOffers: { title: string } };
  return {
    props: {
      frame: {
        locale,
        messages,
        title: `${t.publicOffers.title} · ${t.common.appName}`,
        languageSwitch: { languages: PUBLIC_LANGUAGES, path: '/angebote' },
      },
      nonce: cspNonceOf(req),
      data: answer.data,
      // Only the filters that are set: JSON props have no `undefined`.
      filters: JSON.parse(JSON.stringify(filters)) as PublicOfferFilters,
    },
  };
};

/** The public directory of offers (/angebote): no login, four languages, filters in the address. */
export default function PublicOffersPage({ frame, nonce, data, filters }: Props) {
  return (
    <PublicPage frame={frame} nonce={nonce}>
      <PublicOffersView data={data} filters={filters} />
    </PublicPage>
  );
}
