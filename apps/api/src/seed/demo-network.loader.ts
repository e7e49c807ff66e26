import type { EntityManager } from 'typeorm';
import type { AuditService } from '#api/platform/audit/audit.service';
import { ActionFieldEntity } from '#api/modules/action-fields/action-field.entity';
import { ContactTagEntity } from '#api/modules/contacts/contact-tag.entity';
import { ContactEntity } from '#api/modules/contacts/contact.entity';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { OfferEntity } from '#api/modules/offers/offer.entity';
import { offerSearchText } from '#api/modules/offers/offer-search-text.util';
import { OrganisationEntity } from '#api/modules/organisations/organisation.entity';
import { DEMO_CONTACTS, DEMO_NETWORK_ORGANISATIONS, DEMO_OFFERS } from './demo-network';

/**
 * The network's demo contacts and the staff-entered demo offers (after the master data; before the
 * questionnaire's demo, which invites these contacts). Audited as the system.
 */
export async function loadDemoNetwork(m: EntityManager, audit: AuditService): Promise<void> {
  const municipalities = new Map((await m.getRepository(MunicipalityEntity).find()).map((x) => [x.name, x.id]));
  for (const o of DEMO_NETWORK_ORGANISATIONS) {
    const saved = await m.getRepository(OrganisationEntity).save({
      name: o.name,
      type: o.type,
      municipalityId: o.municipality ? (municipalities.get(o.municipality) ?? null) : null,
    });
    await audit.record(m, null, { action: 'create', entity: 'organisation', entityId: saved.id, after: saved });
  }
  const organisations = new Map((await m.getRepository(OrganisationEntity).find()).map((x) => [x.name, x.id]));
  const actionFields = new Map((await m.getRepository(ActionFieldEntity).find()).map((x) => [x.name, x.id]));
  const now = Date.now();
  for (const c of DEMO_CONTACTS) {
    const at = new Date(now - (c.inactiveDays ?? 0) * 86_400_000);
    const saved = await m.getRepository(ContactEntity).save({
      name: c.name,
      email: c.email,
      phone: c.phone ?? '',
      functionTitle: c.functionTitle,
      organisationId: c.organisation ? (organisations.get(c.organisation) ?? null) : null,
      municipalityId: c.municipality ? (municipalities.get(c.municipality) ?? null) : null,
      languages: c.languages,
      preferredLanguage: c.preferredLanguage,
      notes: c.notes ?? '',
      legalBasis: c.legalBasis,
      consentGivenOn: c.consentGivenOn ?? null,
      tags: c.tags,
      lastActivityAt: at,
      createdAt: at,
      updatedAt: at,
    });
    await m
      .getRepository(ContactTagEntity)
      .insert(c.tags.map((tag) => ({ contactId: saved.id, tag: tag.toLowerCase() })));
    await audit.record(m, null, { action: 'create', entity: 'contact', entityId: saved.id, after: saved });
  }
  for (const { municipality, actionField, ...fields } of DEMO_OFFERS) {
    const offer = Object.assign(new OfferEntity(), {
      ...fields,
      municipalityId: municipality ? (municipalities.get(municipality) ?? null) : null,
      actionFieldId: actionField ? (actionFields.get(actionField) ?? null) : null,
      mergedIntoId: null,
      sourceResponseId: null,
      sourceQuestionKey: null,
      sourceRowIndex: null,
      measureId: null,
      createdAt: new Date(now),
      updatedAt: new Date(now),
    });
    offer.searchText = offerSearchText(offer);
    const saved = await m.getRepository(OfferEntity).save(offer);
    await audit.record(m, null, { action: 'create', entity: 'offer', entityId: saved.id, after: saved });
  }
}
