import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { OfferFilter } from '@wir/shared';
import { ActionFieldEntity } from '#api/modules/action-fields/action-field.entity';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { OfferEntity } from './offer.entity';

const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
/** JSON arrays are stored as text on both databases: a code is found by its quoted form. */
const jsonArrayHas = (value: string) => `%${JSON.stringify(value).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type Filters = {
  q?: string;
  reviewStatus?: string;
  municipalityId?: number;
  actionFieldId?: number;
  targetGroup?: string;
  language?: string;
};

/** The offers' queries. */
@Injectable()
export class OffersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager: EntityManager | null = null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** `m`: the caller's transaction, or null outside one. */
  findById(m: EntityManager | null, id: number): Promise<OfferEntity | null> {
    return this.m(m).getRepository(OfferEntity).findOneBy({ id });
  }

  save(m: EntityManager, offer: OfferEntity): Promise<OfferEntity> {
    return m.getRepository(OfferEntity).save(offer);
  }

  async existingIds(
    m: EntityManager,
    target: typeof MunicipalityEntity | typeof ActionFieldEntity,
    ids: number[],
  ): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await m.getRepository(target).find({ where: { id: In([...new Set(ids)]) }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  /**
   * `municipalityId` finds that municipality's offers and the district-wide ones (null);
   * `q` searches the title and description in every language, and the contact's name.
   */
  private filtered(m: EntityManager | null, f: Filters) {
    const qb = this.m(m).getRepository(OfferEntity).createQueryBuilder('o');
    if (f.reviewStatus) qb.andWhere('o.review_status = :reviewStatus', { reviewStatus: f.reviewStatus });
    if (f.municipalityId)
      qb.andWhere('(o.municipality_id = :municipalityId OR o.municipality_id IS NULL)', {
        municipalityId: f.municipalityId,
      });
    if (f.actionFieldId) qb.andWhere('o.action_field_id = :actionFieldId', { actionFieldId: f.actionFieldId });
    if (f.targetGroup)
      qb.andWhere("(o.target_groups LIKE :targetGroup ESCAPE '\\' OR o.target_groups LIKE :allGroups)", {
        targetGroup: jsonArrayHas(f.targetGroup),
        allGroups: '%"all"%',
      });
    if (f.language) qb.andWhere("o.languages LIKE :language ESCAPE '\\'", { language: jsonArrayHas(f.language) });
    if (f.q) {
      qb.andWhere("o.search_text LIKE :like ESCAPE '\\'", { like: likePattern(f.q) });
    }
    return qb;
  }

  page(f: OfferFilter): Promise<[OfferEntity[], number]> {
    return this.filtered(null, f)
      .orderBy('o.id', 'DESC')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
  }

  /** Published offers for the directory (ordered by id; the service sorts by the shown title). */
  published(f: Omit<Filters, 'reviewStatus'>): Promise<OfferEntity[]> {
    return this.filtered(null, { ...f, reviewStatus: 'published' })
      .leftJoinAndMapOne('o.municipality', MunicipalityEntity, 'm', 'm.id = o.municipality_id')
      .leftJoinAndMapOne('o.actionField', ActionFieldEntity, 'a', 'a.id = o.action_field_id')
      .orderBy('o.id', 'ASC')
      .take(500)
      .getMany();
  }

  /** What the directory's filters offer: the municipalities (not the district-wide entry), the action fields, the languages of published offers. */
  async directoryFacets(): Promise<{
    municipalities: { id: number; name: string }[];
    actionFields: { id: number; name: string }[];
    languages: string[];
  }> {
    const m = this.m();
    const municipalities = await m
      .getRepository(MunicipalityEntity)
      .find({ where: { districtWide: false }, order: { name: 'ASC' }, select: { id: true, name: true } });
    const actionFields = await m
      .getRepository(ActionFieldEntity)
      .find({ order: { name: 'ASC' }, select: { id: true, name: true } });
    const published = await m
      .getRepository(OfferEntity)
      .find({ where: { reviewStatus: 'published' }, select: { id: true, languages: true } });
    const languages = [...new Set(published.flatMap((o) => o.languages))].sort();
    return {
      municipalities: municipalities.map(({ id, name }) => ({ id, name })),
      actionFields: actionFields.map(({ id, name }) => ({ id, name })),
      languages,
    };
  }
}
