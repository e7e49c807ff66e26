/** What the offers module (inventory and directory) refuses, by code. */
export const OFFER_ERROR_CODES = [
  'offer_merged',
  'offer_not_reviewed',
  'offer_not_published',
  'offer_published',
  'offer_has_measure',
  'offer_closed',
] as const;
export type OfferErrorCode = (typeof OFFER_ERROR_CODES)[number];
