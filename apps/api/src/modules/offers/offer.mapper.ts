import type { Offer } from '@wir/shared';
import type { OfferEntity } from './offer.entity';

export const toOffer = (o: OfferEntity): Offer => ({
  id: o.id,
  title: o.title,
  description: { de: '', ...o.description },
  targetGroups: o.targetGroups,
  municipalityId: o.municipalityId,
  actionFieldId: o.actionFieldId,
  languages: o.languages,
  contactName: o.contactName,
  contactEmail: o.contactEmail,
  contactPhone: o.contactPhone,
  contactPublic: o.contactPublic,
  status: o.status,
  reviewStatus: o.reviewStatus,
  mergedIntoId: o.mergedIntoId,
  sourceResponseId: o.sourceResponseId,
  sourceQuestionKey: o.sourceQuestionKey,
  sourceRowIndex: o.sourceRowIndex,
  measureId: o.measureId,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
});
