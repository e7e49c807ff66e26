// Without zod, so the network pages in the browser bundle no schemas.

/**
 * A contact of the network: a person at an organisation and/or municipality whom the
 * integration office writes to (questionnaires, invitations). Personal data: held on a legal
 * basis, exportable and erasable on request, flagged for review after a time without activity.
 */
export const CONTACT_LEGAL_BASES = ['consent', 'public_office'] as const;
export type ContactLegalBasis = (typeof CONTACT_LEGAL_BASES)[number];
export const CONTACT_SORTS = ['name', '-name', 'lastActivityAt', '-lastActivityAt', 'createdAt', '-createdAt'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];
/** new → reviewed → published (and back to reviewed by unpublish); rejected; merged into another offer. */
export const OFFER_REVIEW_STATUSES = ['new', 'reviewed', 'published', 'rejected', 'merged'] as const;
/**
 * An integration offer (Angebot) of the district: reported in a questionnaire's list of offers or
 * entered by staff, reviewed, and when published shown in the public directory `/angebote`.
 */
export type OfferReviewStatus = (typeof OFFER_REVIEW_STATUSES)[number];
