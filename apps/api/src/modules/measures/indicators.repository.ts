import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, type DeepPartial } from 'typeorm';
import { rawRows } from '#api/platform/database/raw-query.util';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { displayNamesOf } from '#api/modules/users/display-names.query';
import { IndicatorTargetEntity } from './indicator-target.entity';
import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorEntity } from './indicator.entity';

/** Queries of indicators, their targets and their append-only values. */
@Injectable()
export class IndicatorsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Saves a new indicator or the changes of one. */
  save(m: EntityManager, indicator: DeepPartial<IndicatorEntity>): Promise<IndicatorEntity> {
    const repo = m.getRepository(IndicatorEntity);
    return repo.save(repo.create(indicator));
  }

  /** Deletes the indicator with its targets and values (foreign keys cascade). */
  async delete(m: EntityManager, id: number): Promise<void> {
    await m.getRepository(IndicatorEntity).delete({ id });
  }

  findById(manager: EntityManager | null, id: number): Promise<IndicatorEntity | null> {
    return this.m(manager).getRepository(IndicatorEntity).findOneBy({ id });
  }

  /** Serialises the writes of one indicator: a value's key is checked and written under this lock. */
  async lock(m: EntityManager, id: number): Promise<void> {
    await m
      .createQueryBuilder()
      .update(IndicatorEntity)
      .set({ position: () => 'position' })
      .where('id = :id', { id })
      .execute();
  }

  ofMeasures(manager: EntityManager | null, measureIds: number[]): Promise<IndicatorEntity[]> {
    if (measureIds.length === 0) return Promise.resolve([]);
    return this.m(manager)
      .getRepository(IndicatorEntity)
      .find({ where: { measureId: In(measureIds) }, order: { measureId: 'ASC', position: 'ASC', id: 'ASC' } });
  }

  /**
   * The questions (key and type) of every version of a survey, for checking a feedback source; null when
   * the survey does not exist. Read from the surveys module's tables by hand: measures must not import it.
   */
  async surveyQuestions(m: EntityManager, surveyId: number): Promise<{ key: string; type: string }[] | null> {
    const surveys = await rawRows<{ id: number }>(m, 'SELECT id FROM surveys WHERE id = $1', [surveyId]);
    if (surveys.length === 0) return null;
    const versions = await rawRows<{ definition: unknown }>(
      m,
      'SELECT definition FROM survey_versions WHERE survey_id = $1',
      [surveyId],
    );
    const questions: { key: string; type: string }[] = [];
    for (const v of versions) {
      const definition = (typeof v.definition === 'string' ? JSON.parse(v.definition) : v.definition) as {
        sections?: { questions?: { key?: unknown; type?: unknown }[] }[];
      } | null;
      for (const section of definition?.sections ?? [])
        for (const q of section.questions ?? [])
          if (typeof q.key === 'string' && typeof q.type === 'string') questions.push({ key: q.key, type: q.type });
    }
    return questions;
  }

  async nextPosition(m: EntityManager, measureId: number): Promise<number> {
    const row = await m
      .getRepository(IndicatorEntity)
      .createQueryBuilder('i')
      .select('MAX(i.position)', 'max')
      .where('i.measure_id = :measureId', { measureId })
      .getRawOne<{ max: number | string | null }>();
    return row?.max === null || row?.max === undefined ? 1 : Number(row.max) + 1;
  }

  targetsOf(manager: EntityManager | null, indicatorIds: number[]): Promise<IndicatorTargetEntity[]> {
    if (indicatorIds.length === 0) return Promise.resolve([]);
    return this.m(manager)
      .getRepository(IndicatorTargetEntity)
      .createQueryBuilder('t')
      .where({ indicatorId: In(indicatorIds) })
      .orderBy('t.indicator_id', 'ASC')
      .addOrderBy('t.period', 'ASC')
      .addOrderBy('t.municipality_id', 'ASC', 'NULLS FIRST')
      .getMany();
  }

  async replaceTargets(
    m: EntityManager,
    indicatorId: number,
    targets: { period: string; municipalityId: number | null; valueCenti: number }[],
  ): Promise<void> {
    await m.getRepository(IndicatorTargetEntity).delete({ indicatorId });
    if (targets.length > 0)
      await m.getRepository(IndicatorTargetEntity).insert(targets.map((t) => ({ indicatorId, ...t })));
  }

  /** The whole history of an indicator's values, by period, municipality (district first) and entry. */
  valuesOf(manager: EntityManager | null, indicatorId: number): Promise<IndicatorValueEntity[]> {
    return this.m(manager)
      .getRepository(IndicatorValueEntity)
      .createQueryBuilder('v')
      .where('v.indicator_id = :indicatorId', { indicatorId })
      .orderBy('v.period', 'ASC')
      .addOrderBy('v.municipality_id', 'ASC', 'NULLS FIRST')
      .addOrderBy('v.id', 'ASC')
      .getMany();
  }

  hasValues(m: EntityManager, indicatorId: number): Promise<boolean> {
    return m.getRepository(IndicatorValueEntity).existsBy({ indicatorId });
  }

  findValue(m: EntityManager, id: number): Promise<IndicatorValueEntity | null> {
    return m.getRepository(IndicatorValueEntity).findOneBy({ id });
  }

  /** The entry that corrects this one, if any. */
  supersederOf(m: EntityManager, id: number): Promise<IndicatorValueEntity | null> {
    return m.getRepository(IndicatorValueEntity).findOneBy({ supersedesId: id });
  }

  /** The current (not superseded) entry of a period and municipality. */
  current(
    m: EntityManager,
    indicatorId: number,
    period: string,
    municipalityId: number | null,
  ): Promise<IndicatorValueEntity | null> {
    return m
      .getRepository(IndicatorValueEntity)
      .createQueryBuilder('v')
      .where({ indicatorId, period, municipalityId: municipalityId === null ? IsNull() : municipalityId })
      .andWhere('NOT EXISTS (SELECT 1 FROM indicator_values s WHERE s.supersedes_id = v.id)')
      .getOne();
  }

  async insertValue(
    m: EntityManager,
    value: Omit<IndicatorValueEntity, 'id' | 'indicator' | 'municipality' | 'supersedes' | 'recorder'>,
  ): Promise<IndicatorValueEntity> {
    const result = await m.getRepository(IndicatorValueEntity).insert(value);
    return Object.assign(new IndicatorValueEntity(), value, { id: result.identifiers[0].id as number });
  }

  async missingMunicipalities(m: EntityManager, ids: number[]): Promise<Set<number>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Set();
    const found = new Set(
      (await m.getRepository(MunicipalityEntity).find({ select: { id: true }, where: { id: In(unique) } })).map(
        (r) => r.id,
      ),
    );
    return new Set(unique.filter((id) => !found.has(id)));
  }

  userNames(manager: EntityManager | null, ids: number[]): Promise<Map<number, string>> {
    return displayNamesOf(this.m(manager), ids);
  }
}
