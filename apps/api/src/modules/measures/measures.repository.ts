import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, type DeepPartial } from 'typeorm';
import type { MeasureFilter } from '@wir/shared';
import { independentReads } from '#api/platform/database/independent-reads.util';
import { rawRows } from '#api/platform/database/raw-query.util';
import { ActionFieldEntity } from '#api/modules/action-fields/action-field.entity';
import { EventEntity } from '#api/modules/events/event.entity';
import { WorkshopEntity } from '#api/modules/events/workshop.entity';
import { BudgetLineEntity } from '#api/modules/grants/budget-line.entity';
import { GrantEntity } from '#api/modules/grants/grant.entity';
import { ReceiptEntity } from '#api/modules/grants/receipt.entity';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { OrganisationEntity } from '#api/modules/organisations/organisation.entity';
import { MeasureActionFieldEntity } from './measure-action-field.entity';
import { MeasureBudgetAllocationEntity } from './measure-budget-allocation.entity';
import { MeasureEventEntity } from './measure-event.entity';
import { MeasureMunicipalityEntity } from './measure-municipality.entity';
import { MeasureWorkshopEntity } from './measure-workshop.entity';
import { MeasureEntity } from './measure.entity';

/** The lists a measure links to, by measure id. */
export type MeasureLinks = {
  actionFieldIds: number[];
  municipalityIds: number[];
  eventIds: number[];
  workshopIds: number[];
  budgetAllocations: { budgetLineId: number; plannedCents: number }[];
};

export type LinkKind = 'actionFieldIds' | 'municipalityIds' | 'eventIds' | 'workshopIds';

const LINKS = {
  actionFieldIds: { entity: MeasureActionFieldEntity, column: 'actionFieldId', target: ActionFieldEntity },
  municipalityIds: { entity: MeasureMunicipalityEntity, column: 'municipalityId', target: MunicipalityEntity },
  eventIds: { entity: MeasureEventEntity, column: 'eventId', target: EventEntity },
  workshopIds: { entity: MeasureWorkshopEntity, column: 'workshopId', target: WorkshopEntity },
} as const;

/** Queries of measures and what they link to. */
@Injectable()
export class MeasuresRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Saves a new measure or the changes of one; throws the driver's unique violation when the code is taken. */
  save(m: EntityManager, measure: DeepPartial<MeasureEntity>): Promise<MeasureEntity> {
    const repo = m.getRepository(MeasureEntity);
    return repo.save(repo.create(measure));
  }

  findById(manager: EntityManager | null, id: number): Promise<MeasureEntity | null> {
    return this.m(manager).getRepository(MeasureEntity).findOneBy({ id });
  }

  /** Serialises writes on one measure (its indicators' positions, links, period checks). */
  async lock(m: EntityManager, id: number): Promise<void> {
    await m
      .createQueryBuilder()
      .update(MeasureEntity)
      .set({ code: () => 'code' })
      .where('id = :id', { id })
      .execute();
  }

  /** Filtered list, by code. `municipalityId` also finds district-wide measures (no municipality named). */
  list(manager: EntityManager | null, filter: Partial<MeasureFilter> = {}): Promise<MeasureEntity[]> {
    const qb = this.m(manager).getRepository(MeasureEntity).createQueryBuilder('ms');
    if (filter.status) qb.andWhere('ms.status = :status', { status: filter.status });
    if (filter.grantId) qb.andWhere('ms.grant_id = :grantId', { grantId: filter.grantId });
    if (filter.year)
      qb.andWhere('ms.period_start <= :yearEnd AND ms.period_end >= :yearStart', {
        yearStart: `${filter.year}-01-01`,
        yearEnd: `${filter.year}-12-31`,
      });
    if (filter.actionFieldId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM measure_action_fields maf WHERE maf.measure_id = ms.id AND maf.action_field_id = :actionFieldId)',
        { actionFieldId: filter.actionFieldId },
      );
    }
    if (filter.municipalityId) {
      qb.andWhere(
        '(EXISTS (SELECT 1 FROM measure_municipalities mm WHERE mm.measure_id = ms.id AND mm.municipality_id = :municipalityId) OR NOT EXISTS (SELECT 1 FROM measure_municipalities mm2 WHERE mm2.measure_id = ms.id))',
        { municipalityId: filter.municipalityId },
      );
    }
    return qb.orderBy('ms.code', 'ASC').getMany();
  }

  async linksOf(manager: EntityManager | null, measureIds: number[]): Promise<Map<number, MeasureLinks>> {
    const out = new Map<number, MeasureLinks>(
      measureIds.map((id) => [
        id,
        { actionFieldIds: [], municipalityIds: [], eventIds: [], workshopIds: [], budgetAllocations: [] },
      ]),
    );
    if (measureIds.length === 0) return out;
    const m = this.m(manager);
    const where = { measureId: In(measureIds) };
    const [fields, municipalities, events, workshops, allocations] = await independentReads(manager ?? undefined, [
      () => m.getRepository(MeasureActionFieldEntity).find({ where, order: { actionFieldId: 'ASC' } }),
      () => m.getRepository(MeasureMunicipalityEntity).find({ where, order: { municipalityId: 'ASC' } }),
      () => m.getRepository(MeasureEventEntity).find({ where, order: { eventId: 'ASC' } }),
      () => m.getRepository(MeasureWorkshopEntity).find({ where, order: { workshopId: 'ASC' } }),
      () => m.getRepository(MeasureBudgetAllocationEntity).find({ where, order: { id: 'ASC' } }),
    ] as const);
    for (const f of fields) out.get(f.measureId)!.actionFieldIds.push(f.actionFieldId);
    for (const x of municipalities) out.get(x.measureId)!.municipalityIds.push(x.municipalityId);
    for (const e of events) out.get(e.measureId)!.eventIds.push(e.eventId);
    for (const w of workshops) out.get(w.measureId)!.workshopIds.push(w.workshopId);
    for (const a of allocations)
      out.get(a.measureId)!.budgetAllocations.push({ budgetLineId: a.budgetLineId, plannedCents: a.plannedCents });
    return out;
  }

  async replaceLinks(m: EntityManager, measureId: number, kind: LinkKind, ids: number[]): Promise<void> {
    const { entity, column } = LINKS[kind];
    await m.getRepository(entity).delete({ measureId });
    if (ids.length > 0) await m.getRepository(entity).insert(ids.map((id) => ({ measureId, [column]: id })));
  }

  async replaceAllocations(
    m: EntityManager,
    measureId: number,
    allocations: { budgetLineId: number; plannedCents: number }[],
  ): Promise<void> {
    await m.getRepository(MeasureBudgetAllocationEntity).delete({ measureId });
    if (allocations.length > 0)
      await m.getRepository(MeasureBudgetAllocationEntity).insert(allocations.map((a) => ({ measureId, ...a })));
  }

  /** The ids of the list that do not exist (action fields, municipalities, events, workshops). */
  async missing(m: EntityManager, kind: LinkKind, ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const found = await m.getRepository(LINKS[kind].target).find({ select: { id: true }, where: { id: In(ids) } });
    const existing = new Set(found.map((r) => r.id));
    return new Set(ids.filter((id) => !existing.has(id)));
  }

  organisationExists(m: EntityManager, id: number): Promise<boolean> {
    return m.getRepository(OrganisationEntity).existsBy({ id });
  }

  findGrant(m: EntityManager, id: number): Promise<GrantEntity | null> {
    return m.getRepository(GrantEntity).findOneBy({ id });
  }

  grantsByIds(manager: EntityManager | null, ids: number[]): Promise<GrantEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m(manager)
      .getRepository(GrantEntity)
      .findBy({ id: In(ids) });
  }

  budgetLinesOf(manager: EntityManager | null, grantId: number): Promise<BudgetLineEntity[]> {
    return this.m(manager)
      .getRepository(BudgetLineEntity)
      .find({ where: { grantId }, order: { position: 'ASC', id: 'ASC' } });
  }

  /** How many receipts are booked on the measure in a grant other than the given one (null: any grant). */
  async receiptsOutsideGrant(m: EntityManager, measureId: number, grantId: number | null): Promise<number> {
    const qb = m.getRepository(ReceiptEntity).createQueryBuilder('r').where('r.measure_id = :measureId', { measureId });
    if (grantId !== null) qb.andWhere('r.grant_id <> :grantId', { grantId });
    return qb.getCount();
  }

  /** The distinct periods that hold targets or values of the measure's indicators. */
  async periodsInUse(m: EntityManager, measureId: number): Promise<string[]> {
    const rows = await rawRows<{ period: string }>(
      m,
      `SELECT DISTINCT t.period FROM indicator_targets t JOIN indicators i ON i.id = t.indicator_id WHERE i.measure_id = $1
       UNION SELECT DISTINCT v.period FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE i.measure_id = $1`,
      [measureId],
    );
    return rows.map((r) => r.period).sort();
  }

  /** Action fields by id (for the overview's names). */
  actionFields(manager: EntityManager | null): Promise<ActionFieldEntity[]> {
    return this.m(manager)
      .getRepository(ActionFieldEntity)
      .find({ order: { id: 'ASC' } });
  }

  municipalityNames(manager: EntityManager | null): Promise<Map<number, string>> {
    return this.m(manager)
      .getRepository(MunicipalityEntity)
      .find({ select: { id: true, name: true } })
      .then((rows) => new Map(rows.map((r) => [r.id, r.name])));
  }
}
