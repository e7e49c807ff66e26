import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { displayNamesOf } from '#api/modules/users/display-names.query';
import { NarrativeReportEntity } from './narrative-report.entity';

/** Versions of the Sachbericht per grant. */
@Injectable()
export class NarrativeReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The newest version of the grant's report (a draft or the last final), if any. */
  latest(manager: EntityManager | null, grantId: number): Promise<NarrativeReportEntity | null> {
    return this.m(manager)
      .getRepository(NarrativeReportEntity)
      .findOne({ where: { grantId }, order: { version: 'DESC' } });
  }

  byVersion(manager: EntityManager | null, grantId: number, version: number): Promise<NarrativeReportEntity | null> {
    return this.m(manager).getRepository(NarrativeReportEntity).findOneBy({ grantId, version });
  }

  /** Every version, newest first, without their bodies. */
  versions(manager: EntityManager | null, grantId: number): Promise<Omit<NarrativeReportEntity, 'body'>[]> {
    return this.m(manager)
      .getRepository(NarrativeReportEntity)
      .find({
        select: {
          id: true,
          grantId: true,
          version: true,
          status: true,
          dataAsOf: true,
          createdAt: true,
          updatedAt: true,
          finalisedAt: true,
          finalisedById: true,
        },
        where: { grantId },
        order: { version: 'DESC' },
      });
  }

  /**
   * Serialises writes on one grant's report (the versions it has lock; the first version is
   * guarded by the unique index on grant and version).
   */
  async lock(m: EntityManager, grantId: number): Promise<void> {
    await m
      .createQueryBuilder()
      .update(NarrativeReportEntity)
      .set({ version: () => 'version' })
      .where('grant_id = :grantId', { grantId })
      .execute();
  }

  save(m: EntityManager, report: NarrativeReportEntity): Promise<NarrativeReportEntity> {
    return m.getRepository(NarrativeReportEntity).save(report);
  }

  /** A new version; throws the driver's unique violation when that version of the grant's report exists already. */
  insert(m: EntityManager, report: Omit<NarrativeReportEntity, 'id'>): Promise<NarrativeReportEntity> {
    const repo = m.getRepository(NarrativeReportEntity);
    return repo.save(repo.create(report));
  }

  userNames(manager: EntityManager | null, ids: number[]): Promise<Map<number, string>> {
    return displayNamesOf(this.m(manager), ids);
  }
}
