import { publicOfferListSchema } from '@wir/shared';
import { serverGet } from '@/lib/server-api';
import { publicOfferQuery, type PublicOfferFilters } from './public-offer-filters.util';

/** The published offers for /angebote, in the page's language. */
export function loadPublicOffers(filters: PublicOfferFilters, lang: string) {
  return serverGet(`/public/offers?${publicOfferQuery(filters, lang)}`, publicOfferListSchema, '/angebote');
}
