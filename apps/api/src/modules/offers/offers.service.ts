import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  offerListRowSchema,
  pickLanguage,
  type CreateOffer,
  type LocalizedText,
  type Offer,
  type OfferFilter,
  type OfferListRowInput,
  type OfferPage,
  type OfferToMeasure,
  type PublicOffer,
  type PublicOfferList,
  type PublicOfferFilter,
  type UpdateOffer,
} from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError, type FieldError } from '#api/platform/errors/domain.error';
import { ActionFieldEntity } from '#api/modules/action-fields/action-field.entity';
import { MeasuresService } from '#api/modules/measures/measures.service';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { OfferEntity } from './offer.entity';
import { OfferError } from './offers.errors';
import { toOffer } from './offer.mapper';
import { offerSearchText } from './offer-search-text.util';
import { OffersRepository } from './offers.repository';

const notFound = (id: number) => new DomainError('not_found', `Offer ${id} does not exist.`);
/** Drops empty translations so "given" means "not blank". */
const cleanText = <T extends Partial<LocalizedText>>(text: T): T =>
  Object.fromEntries(
    Object.entries(text).filter(([k, v]) => k === 'de' || (typeof v === 'string' && v.trim() !== '')),
  ) as T;

/**
 * The inventory of offers: created by staff or from a questionnaire's list of offers (review status
 * `new`), reviewed, merged, published to the directory, turned into a measure. Coordinators and admins.
 */
@Injectable()
export class OffersService {
  constructor(
    private readonly offers: OffersRepository,
    private readonly measures: MeasuresService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /**
   * Called by the surveys module inside its submit transaction: one offer per row, review status
   * `new`, with its source (response, question, row index). Rows are parsed again here; a
   * municipality or action field that does not exist is dropped rather than failing the submit.
   * Returns the new offers' ids in row order.
   */
  async createFromSurveyAnswer(
    m: EntityManager,
    input: { responseId: number; questionKey: string; rows: OfferListRowInput[] },
  ): Promise<number[]> {
    const rows = input.rows.map((r) => offerListRowSchema.parse(r));
    const municipalities = await this.offers.existingIds(
      m,
      MunicipalityEntity,
      rows.flatMap((r) => (r.municipalityId ? [r.municipalityId] : [])),
    );
    const actionFields = await this.offers.existingIds(
      m,
      ActionFieldEntity,
      rows.flatMap((r) => (r.actionFieldId ? [r.actionFieldId] : [])),
    );
    const ids: number[] = [];
    const now = new Date();
    for (const [index, row] of rows.entries()) {
      const offer = Object.assign(new OfferEntity(), {
        title: { de: row.title },
        description: { de: row.description },
        targetGroups: row.targetGroups,
        municipalityId: row.municipalityId && municipalities.has(row.municipalityId) ? row.municipalityId : null,
        actionFieldId: row.actionFieldId && actionFields.has(row.actionFieldId) ? row.actionFieldId : null,
        languages: row.languages,
        contactName: row.contactName,
        contactEmail: row.contactEmail,
        contactPhone: row.contactPhone,
        contactPublic: row.contactPublic,
        status: row.status,
        reviewStatus: 'new',
        mergedIntoId: null,
        sourceResponseId: input.responseId,
        sourceQuestionKey: input.questionKey,
        sourceRowIndex: index,
        measureId: null,
        createdAt: now,
        updatedAt: now,
      } satisfies Omit<OfferEntity, 'id' | 'searchText'>);
      ids.push((await this.insertOffer(m, null, offer)).id);
    }
    return ids;
  }

  async page(filter: OfferFilter): Promise<OfferPage> {
    const [rows, total] = await this.offers.page(filter);
    return { items: rows.map(toOffer), total, page: filter.page, pageSize: filter.pageSize };
  }

  async get(id: number): Promise<Offer> {
    const offer = await this.offers.findById(null, id);
    if (!offer) throw notFound(id);
    return toOffer(offer);
  }

  create(actor: Actor, input: CreateOffer): Promise<Offer> {
    return this.tx.run(async (m) => {
      const now = new Date();
      const offer = Object.assign(new OfferEntity(), {
        title: cleanText(input.title),
        description: cleanText(input.description ?? { de: '' }),
        targetGroups: input.targetGroups ?? [],
        municipalityId: input.municipalityId ?? null,
        actionFieldId: input.actionFieldId ?? null,
        languages: input.languages ?? [],
        contactName: input.contactName ?? '',
        contactEmail: input.contactEmail ?? '',
        contactPhone: input.contactPhone ?? '',
        contactPublic: input.contactPublic ?? false,
        status: input.status ?? 'running',
        reviewStatus: 'new',
        mergedIntoId: null,
        sourceResponseId: null,
        sourceQuestionKey: null,
        sourceRowIndex: null,
        measureId: null,
        createdAt: now,
        updatedAt: now,
      } satisfies Omit<OfferEntity, 'id' | 'searchText'>);
      await this.checkReferences(m, offer);
      return toOffer(await this.insertOffer(m, actor, offer));
    });
  }

  /** Edits fields and translations; a published offer stays published (the change shows at once). */
  update(actor: Actor, id: number, changes: UpdateOffer): Promise<Offer> {
    return this.change(actor, id, (offer) => {
      if (offer.reviewStatus === 'merged')
        throw new OfferError(
          'offer_merged',
          `Offer ${id} was merged into offer ${offer.mergedIntoId}; edit that one.`,
          { params: { id, intoId: offer.mergedIntoId! } },
        );
      if (changes.reviewStatus && offer.reviewStatus === 'published') {
        throw new OfferError('offer_published', 'A published offer is unpublished first.', {
          errors: [{ path: 'reviewStatus', message: 'unpublish first' }],
        });
      }
      const { title, description, ...rest } = changes;
      Object.assign(offer, rest);
      if (title) offer.title = cleanText(title);
      if (description) offer.description = cleanText(description);
    });
  }

  /** Marks the offer as merged into another one; the source keeps its row and data, nothing else moves. */
  merge(actor: Actor, id: number, intoId: number): Promise<Offer> {
    return this.change(actor, id, async (offer, m) => {
      if (intoId === id)
        throw new DomainError('validation_failed', 'An offer cannot be merged into itself.', {
          errors: [{ path: 'intoId', message: 'is the offer itself' }],
        });
      if (offer.reviewStatus === 'merged')
        throw new OfferError('offer_merged', `Offer ${id} is merged already.`, {
          params: { id, intoId: offer.mergedIntoId! },
        });
      const target = await this.offers.findById(m, intoId);
      if (!target)
        throw new DomainError('validation_failed', `Offer ${intoId} does not exist.`, {
          errors: [{ path: 'intoId', message: 'does not exist' }],
        });
      if (target.reviewStatus === 'merged') {
        throw new DomainError(
          'validation_failed',
          `Offer ${intoId} is merged into offer ${target.mergedIntoId} itself.`,
          { errors: [{ path: 'intoId', message: 'is merged itself' }] },
        );
      }
      offer.reviewStatus = 'merged';
      offer.mergedIntoId = intoId;
    });
  }

  publish(actor: Actor, id: number): Promise<Offer> {
    return this.change(actor, id, (offer) => {
      if (offer.reviewStatus === 'published') return;
      if (offer.reviewStatus !== 'reviewed')
        throw new OfferError(
          'offer_not_reviewed',
          `Only reviewed offers are published; offer ${id} is ${offer.reviewStatus}.`,
          { params: { id, reviewStatus: offer.reviewStatus } },
        );
      offer.reviewStatus = 'published';
    });
  }

  unpublish(actor: Actor, id: number): Promise<Offer> {
    return this.change(actor, id, (offer) => {
      if (offer.reviewStatus !== 'published')
        throw new OfferError('offer_not_published', `Offer ${id} is not published.`, { params: { id } });
      offer.reviewStatus = 'reviewed';
    });
  }

  /**
   * Creates a draft measure (status planned) from the offer: German title and description, its
   * action field and municipality, and links it. One transaction; a second time is refused.
   */
  toMeasure(actor: Actor, id: number, input: OfferToMeasure): Promise<Offer> {
    return this.change(actor, id, async (offer, m) => {
      if (offer.measureId !== null)
        throw new OfferError('offer_has_measure', `Offer ${id} has a measure already (${offer.measureId}).`, {
          params: { id, measureId: offer.measureId },
        });
      if (offer.reviewStatus === 'merged' || offer.reviewStatus === 'rejected')
        throw new OfferError('offer_closed', `Offer ${id} is ${offer.reviewStatus}.`, {
          params: { id, reviewStatus: offer.reviewStatus },
        });
      const actionFieldId = input.actionFieldId ?? offer.actionFieldId;
      if (!actionFieldId) {
        throw new DomainError('validation_failed', 'The offer has no action field: name one.', {
          errors: [{ path: 'actionFieldId', message: 'required (the offer has none)' }],
        });
      }
      const measure = await this.measures.createWithin(m, actor, {
        code: input.code,
        title: offer.title.de.slice(0, 200),
        description: (offer.description.de ?? '').slice(0, 8000),
        status: 'planned',
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        actionFieldIds: [actionFieldId],
        municipalityIds: offer.municipalityId ? [offer.municipalityId] : [],
      });
      offer.measureId = measure.id;
    });
  }

  /** The directory: published offers in the asked language, German where no translation is given. */
  async publicList(query: PublicOfferFilter): Promise<PublicOfferList> {
    const { lang, ...filters } = query;
    const rows = await this.offers.published(filters);
    const items = rows.map((o): PublicOffer => {
      const titleTranslated = lang === 'de' || Boolean(o.title[lang]);
      const descriptionTranslated = lang === 'de' || Boolean(o.description[lang]);
      return {
        id: o.id,
        title: titleTranslated ? pickLanguage(o.title, lang) : o.title.de,
        description: descriptionTranslated ? (o.description[lang] ?? '') : (o.description.de ?? ''),
        textLanguage: titleTranslated ? lang : 'de',
        descriptionLanguage: descriptionTranslated ? lang : 'de',
        targetGroups: o.targetGroups,
        municipalityId: o.municipalityId,
        municipalityName: o.municipality?.name ?? null,
        actionFieldId: o.actionFieldId,
        actionFieldName: o.actionField?.name ?? null,
        languages: o.languages,
        status: o.status,
        contact: o.contactPublic ? { name: o.contactName, email: o.contactEmail, phone: o.contactPhone } : null,
      };
    });
    items.sort((a, b) => a.title.localeCompare(b.title, lang));
    const facets = await this.offers.directoryFacets();
    return { items, ...facets };
  }

  private change(
    actor: Actor,
    id: number,
    apply: (offer: OfferEntity, m: EntityManager) => void | Promise<void>,
  ): Promise<Offer> {
    return this.tx.run(async (m) => {
      const offer = await this.offers.findById(m, id);
      if (!offer) throw notFound(id);
      const before = toOffer(offer);
      await apply(offer, m);
      await this.checkReferences(m, offer);
      offer.searchText = offerSearchText(offer);
      offer.updatedAt = new Date();
      const saved = await this.offers.save(m, offer);
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'offer',
        entityId: id,
        before,
        after: toOffer(saved),
      });
      return toOffer(saved);
    });
  }

  /** Saves a new offer with its search text and the audit entry (`actor` null: from a submitted questionnaire). */
  private async insertOffer(m: EntityManager, actor: Actor | null, offer: OfferEntity): Promise<OfferEntity> {
    offer.searchText = offerSearchText(offer);
    const saved = await this.offers.save(m, offer);
    await this.audit.record(m, actor, { action: 'create', entity: 'offer', entityId: saved.id, after: toOffer(saved) });
    return saved;
  }

  private async checkReferences(m: EntityManager, offer: OfferEntity): Promise<void> {
    const errors: FieldError[] = [];
    if (
      offer.municipalityId !== null &&
      !(await this.offers.existingIds(m, MunicipalityEntity, [offer.municipalityId])).has(offer.municipalityId)
    ) {
      errors.push({ path: 'municipalityId', message: 'does not exist' });
    }
    if (
      offer.actionFieldId !== null &&
      !(await this.offers.existingIds(m, ActionFieldEntity, [offer.actionFieldId])).has(offer.actionFieldId)
    ) {
      errors.push({ path: 'actionFieldId', message: 'does not exist' });
    }
    if (errors.length > 0) throw new DomainError('validation_failed', 'Unknown references.', { errors });
  }
}
