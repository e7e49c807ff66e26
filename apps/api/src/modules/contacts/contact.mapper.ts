import type { Contact } from '@wir/shared';
import type { ContactEntity } from './contact.entity';

/** `reviewBefore`: a contact whose last activity lies before it is due for review. */
export const toContact = (c: ContactEntity, reviewBefore: Date): Contact => ({
  id: c.id,
  name: c.name,
  email: c.email,
  phone: c.phone,
  functionTitle: c.functionTitle,
  organisationId: c.organisationId,
  municipalityId: c.municipalityId,
  languages: c.languages,
  preferredLanguage: c.preferredLanguage,
  notes: c.notes,
  legalBasis: c.legalBasis,
  consentGivenOn: c.consentGivenOn,
  tags: c.tags,
  lastActivityAt: c.lastActivityAt.toISOString(),
  reviewDue: c.lastActivityAt.getTime() < reviewBefore.getTime(),
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});
