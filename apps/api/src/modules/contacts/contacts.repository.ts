import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import type { ContactFilter, ContactForInvitation } from '@wir/shared';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { OrganisationEntity } from '#api/modules/organisations/organisation.entity';
import { ContactTagEntity } from './contact-tag.entity';
import { ContactEntity } from './contact.entity';

/** The surveys module's mails to contacts (invitation, reminder): erased with the contact, by address. */
export const SURVEY_MAIL_KINDS = ['survey_invitation', 'survey_reminder'] as const;
const SORT_COLUMN = { name: 'c.name', lastActivityAt: 'c.last_activity_at', createdAt: 'c.created_at' } as const;
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The contacts' queries; surveys call findForInvitation and touchActivity inside their transactions. */
@Injectable()
export class ContactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The caller's transaction, or (null) the data source's manager outside one. */
  private m(manager: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(m: EntityManager | null, id: number): Promise<ContactEntity | null> {
    return this.m(m).getRepository(ContactEntity).findOneBy({ id });
  }

  /** The contact's organisation and municipality as the person export names them. */
  async placeOf(m: EntityManager | null, contact: Pick<ContactEntity, 'organisationId' | 'municipalityId'>) {
    const organisation = contact.organisationId
      ? await this.m(m).getRepository(OrganisationEntity).findOneBy({ id: contact.organisationId })
      : null;
    const municipality = contact.municipalityId
      ? await this.m(m).getRepository(MunicipalityEntity).findOneBy({ id: contact.municipalityId })
      : null;
    return {
      organisation: organisation ? { id: organisation.id, name: organisation.name, type: organisation.type } : null,
      municipality: municipality ? { id: municipality.id, name: municipality.name } : null,
    };
  }

  /** Every organisation's and municipality's id and name (the import matches names, the exports show them). */
  async placeNames(
    m: EntityManager | null,
  ): Promise<{ organisations: { id: number; name: string }[]; municipalities: { id: number; name: string }[] }> {
    const organisations = await this.m(m)
      .getRepository(OrganisationEntity)
      .find({ select: { id: true, name: true } });
    const municipalities = await this.m(m)
      .getRepository(MunicipalityEntity)
      .find({ select: { id: true, name: true } });
    return { organisations, municipalities };
  }

  /** Whether the organisation and municipality a contact names exist (null: none named, counts as existing). */
  async referencesExist(
    m: EntityManager,
    contact: Pick<ContactEntity, 'organisationId' | 'municipalityId'>,
  ): Promise<{ organisation: boolean; municipality: boolean }> {
    return {
      organisation:
        contact.organisationId === null ||
        (await m.getRepository(OrganisationEntity).existsBy({ id: contact.organisationId })),
      municipality:
        contact.municipalityId === null ||
        (await m.getRepository(MunicipalityEntity).existsBy({ id: contact.municipalityId })),
    };
  }

  findByEmails(m: EntityManager | null, emails: string[]): Promise<ContactEntity[]> {
    if (emails.length === 0) return Promise.resolve([]);
    return this.m(m)
      .getRepository(ContactEntity)
      .findBy({ email: In(emails) });
  }

  /** Id and name of those of the given contacts that exist. */
  namesOf(m: EntityManager | null, ids: number[]): Promise<Pick<ContactEntity, 'id' | 'name'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m(m)
      .getRepository(ContactEntity)
      .find({ where: { id: In(ids) }, select: { id: true, name: true } });
  }

  async save(m: EntityManager, contact: ContactEntity): Promise<ContactEntity> {
    const saved = await m.getRepository(ContactEntity).save(contact);
    await m.getRepository(ContactTagEntity).delete({ contactId: saved.id });
    const tags = [...new Set(saved.tags.map((t) => t.toLowerCase()))];
    if (tags.length > 0)
      await m.getRepository(ContactTagEntity).insert(tags.map((tag) => ({ contactId: saved.id, tag })));
    return saved;
  }

  /** Deletes the row; its tags go with it (ON DELETE CASCADE), invitations keep theirs unlinked (SET NULL). */
  async delete(m: EntityManager, id: number): Promise<boolean> {
    await m.getRepository(ContactTagEntity).delete({ contactId: id });
    const result = await m.getRepository(ContactEntity).delete({ id });
    return (result.affected ?? 0) > 0;
  }

  /** `reviewBefore`: contacts whose last activity is before it are due for review. */
  private filtered(m: EntityManager | null, f: Omit<ContactFilter, 'page' | 'pageSize' | 'sort'>, reviewBefore: Date) {
    const qb = this.m(m)
      .getRepository(ContactEntity)
      .createQueryBuilder('c')
      .leftJoin(OrganisationEntity, 'o', 'o.id = c.organisation_id');
    if (f.organisationId) qb.andWhere('c.organisation_id = :organisationId', { organisationId: f.organisationId });
    if (f.municipalityId) qb.andWhere('c.municipality_id = :municipalityId', { municipalityId: f.municipalityId });
    if (f.legalBasis) qb.andWhere('c.legal_basis = :legalBasis', { legalBasis: f.legalBasis });
    if (f.tag)
      qb.andWhere('EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag = :tag)', {
        tag: f.tag.toLowerCase(),
      });
    if (f.reviewDue === true) qb.andWhere('c.last_activity_at < :reviewBefore', { reviewBefore });
    if (f.reviewDue === false) qb.andWhere('c.last_activity_at >= :reviewBefore', { reviewBefore });
    if (f.q) {
      const like = likePattern(f.q);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("LOWER(c.name) LIKE :like ESCAPE '\\'", { like })
            .orWhere("LOWER(c.email) LIKE :like ESCAPE '\\'", { like })
            .orWhere("LOWER(c.function_title) LIKE :like ESCAPE '\\'", { like })
            .orWhere("LOWER(o.name) LIKE :like ESCAPE '\\'", { like }),
        ),
      );
    }
    return qb;
  }

  page(m: EntityManager | null, f: ContactFilter, reviewBefore: Date): Promise<[ContactEntity[], number]> {
    const descending = f.sort.startsWith('-');
    const column = SORT_COLUMN[f.sort.replace(/^-/, '') as keyof typeof SORT_COLUMN];
    return this.filtered(m, f, reviewBefore)
      .orderBy(column, descending ? 'DESC' : 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
  }

  /** For the exports: every contact matching the filter, in the list's order (the network is small: hundreds, not millions). */
  all(m: EntityManager | null, f: ContactFilter, reviewBefore: Date): Promise<ContactEntity[]> {
    const descending = f.sort.startsWith('-');
    const column = SORT_COLUMN[f.sort.replace(/^-/, '') as keyof typeof SORT_COLUMN];
    return this.filtered(m, f, reviewBefore)
      .orderBy(column, descending ? 'DESC' : 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  /**
   * Contacts to invite to a questionnaire: those named, plus all of the given organisations,
   * municipalities and tags (a union), only those with an e-mail address. The municipality is the
   * contact's own or else its organisation's. Inside the caller's transaction.
   */
  async findForInvitation(
    m: EntityManager,
    by: { contactIds?: number[]; organisationIds?: number[]; municipalityIds?: number[]; tags?: string[] },
  ): Promise<ContactForInvitation[]> {
    const contactIds = by.contactIds ?? [];
    const organisationIds = by.organisationIds ?? [];
    const municipalityIds = by.municipalityIds ?? [];
    const tags = (by.tags ?? []).map((t) => t.toLowerCase());
    if (contactIds.length + organisationIds.length + municipalityIds.length + tags.length === 0) return [];
    const qb = m
      .getRepository(ContactEntity)
      .createQueryBuilder('c')
      .leftJoinAndMapOne('c.organisation', OrganisationEntity, 'o', 'o.id = c.organisation_id')
      .where('c.email IS NOT NULL')
      .andWhere(
        new Brackets((w) => {
          w.where('1 = 0');
          if (contactIds.length) w.orWhere('c.id IN (:...contactIds)', { contactIds });
          if (organisationIds.length) w.orWhere('c.organisation_id IN (:...organisationIds)', { organisationIds });
          if (municipalityIds.length) {
            w.orWhere('c.municipality_id IN (:...municipalityIds)', { municipalityIds });
            w.orWhere('(c.municipality_id IS NULL AND o.municipality_id IN (:...municipalityIds))', {
              municipalityIds,
            });
          }
          if (tags.length)
            w.orWhere('EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag IN (:...tags))', {
              tags,
            });
        }),
      )
      .orderBy('c.id', 'ASC');
    const rows = await qb.getMany();
    return rows.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email!,
      preferredLanguage: c.preferredLanguage,
      organisationId: c.organisationId,
      organisationType: c.organisation?.type ?? null,
      municipalityId: c.municipalityId ?? c.organisation?.municipalityId ?? null,
      tags: c.tags,
    }));
  }

  /** A contact was written to or answered: the review clock starts again. Inside the caller's transaction. */
  async touchActivity(m: EntityManager, contactIds: number[], at: Date): Promise<void> {
    const ids = [...new Set(contactIds)];
    for (let i = 0; i < ids.length; i += 500) {
      await m.getRepository(ContactEntity).update({ id: In(ids.slice(i, i + 500)) }, { lastActivityAt: at });
    }
  }
}
