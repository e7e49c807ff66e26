// Without zod, so browser code that lists the options (the questionnaire's list of offers) bundles no schemas.

/** Who an offer is for (public directory filter); `all`: open to everyone. */
export const OFFER_TARGET_GROUPS = [
  'all',
  'families',
  'parents',
  'children',
  'youth',
  'women',
  'seniors',
  'newcomers',
  'refugees',
] as const;
export type OfferTargetGroup = (typeof OFFER_TARGET_GROUPS)[number];
export const OFFER_STATUSES = ['running', 'planned', 'stopped'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
