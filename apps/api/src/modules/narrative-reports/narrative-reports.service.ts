import { Injectable } from '@nestjs/common';
import type {
  GrantDetail,
  NarrativeReport,
  NarrativeReportBody,
  NarrativeReportStatus,
  NarrativeReportVersion,
  UpdateNarrativeReport,
} from '@wir/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { isUniqueViolation } from '#api/platform/database/unique-violation.util';
import { DomainError } from '#api/platform/errors/domain.error';
import { GrantsService } from '#api/modules/grants/grants.service';
import { MeasureProgressService } from '#api/modules/measures/measure-progress.service';
import { MeasuresRepository } from '#api/modules/measures/measures.repository';
import { formatAchievement } from './narrative-format.util';
import { applyUpdate, generateBody, mergeBody, missingReasons } from './narrative-draft.util';
import { NarrativeReportEntity } from './narrative-report.entity';
import { NarrativeReportsRepository } from './narrative-reports.repository';
import { NarrativeReportError } from './narrative-reports.errors';

/** What a Sachbericht file shows: the texts of a version (or the suggestions when there is none) with figures. */
export type NarrativeFileContent = {
  grant: GrantDetail;
  body: NarrativeReportBody;
  dataAsOf: string;
  /** null: no version saved yet (the file shows the generated suggestions). */
  version: number | null;
  status: NarrativeReportStatus | null;
  finalisedAt: Date | null;
  /** An interim report (Zwischenbericht) with the figures as of `dataAsOf`. */
  interim: boolean;
};

const noDraft = (grantId: number) =>
  new NarrativeReportError(
    'narrative_report_no_draft',
    `The Sachbericht of grant ${grantId} has no draft; generate one from the data first.`,
  );
const versionTaken = () =>
  new NarrativeReportError(
    'narrative_report_version_taken',
    'Someone else started a new version of this Sachbericht at the same time; reload and try again.',
  );

/**
 * The Sachbericht (narrative report) of a grant: generated from the measures' progress, edited by
 * staff, finalised into frozen versions. Coordinators write, finance reads. Every write is audited.
 */
@Injectable()
export class NarrativeReportsService {
  constructor(
    private readonly grants: GrantsService,
    private readonly measures: MeasuresRepository,
    private readonly progress: MeasureProgressService,
    private readonly reports: NarrativeReportsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /** The newest version (a draft, or the last final). */
  async get(grantId: number): Promise<NarrativeReport> {
    await this.grants.get(null, grantId);
    const latest = await this.reports.latest(null, grantId);
    if (!latest)
      throw new DomainError('not_found', `Grant ${grantId} has no Sachbericht yet; generate a draft from the data.`);
    return this.toDto(null, latest);
  }

  async getVersion(grantId: number, version: number): Promise<NarrativeReport> {
    await this.grants.get(null, grantId);
    const report = await this.reports.byVersion(null, grantId, version);
    if (!report) throw new DomainError('not_found', `The Sachbericht of grant ${grantId} has no version ${version}.`);
    return this.toDto(null, report);
  }

  async versions(grantId: number): Promise<NarrativeReportVersion[]> {
    await this.grants.get(null, grantId);
    const rows = await this.reports.versions(null, grantId);
    const names = await this.reports.userNames(null, [
      ...new Set(rows.map((r) => r.finalisedById).filter((id): id is number => id !== null)),
    ]);
    return rows.map((r) => ({
      id: r.id,
      version: r.version,
      status: r.status,
      dataAsOf: r.dataAsOf,
      updatedAt: r.updatedAt.toISOString(),
      finalisedAt: r.finalisedAt?.toISOString() ?? null,
      finalisedBy: r.finalisedById === null ? null : (names.get(r.finalisedById) ?? null),
    }));
  }

  /**
   * Generates the draft from the data as of `asOf` (default today): a new draft when there is none
   * or the newest version is final (its texts carried over), else the draft's figures and unedited
   * suggestions are refreshed and what staff wrote stays.
   */
  async draft(actor: Actor, grantId: number, asOf?: string): Promise<NarrativeReport> {
    const grant = await this.grants.get(null, grantId);
    const dataAsOf = asOf ?? this.progress.today();
    const fresh = await this.generate(grant, dataAsOf);
    return this.tx.run(async (m) => {
      await this.reports.lock(m, grantId);
      const latest = await this.reports.latest(m, grantId);
      if (latest?.status === 'draft')
        return this.saveChange(m, actor, latest, {
          body: mergeBody(latest.body, fresh),
          dataAsOf,
          updatedAt: new Date(),
        });
      return this.createVersion(
        m,
        actor,
        grantId,
        (latest?.version ?? 0) + 1,
        mergeBody(latest?.body ?? null, fresh),
        dataAsOf,
      );
    });
  }

  /** Staff's texts and reasons. On a final version the change starts the next version as a draft. */
  async update(actor: Actor, grantId: number, changes: UpdateNarrativeReport): Promise<NarrativeReport> {
    await this.grants.get(null, grantId);
    return this.tx.run(async (m) => {
      await this.reports.lock(m, grantId);
      const latest = await this.reports.latest(m, grantId);
      if (!latest) throw noDraft(grantId);
      const { body, errors } = applyUpdate(latest.body, changes);
      if (errors.length > 0)
        throw new DomainError(
          'validation_failed',
          'The change names measures or indicators that are not in this Sachbericht.',
          { errors },
        );
      if (latest.status === 'final')
        return this.createVersion(m, actor, grantId, latest.version + 1, body, latest.dataAsOf);
      return this.saveChange(m, actor, latest, { body, updatedAt: new Date() });
    });
  }

  /**
   * Freezes the draft as it stands (texts and the figures they were written against) as the final
   * version. An indicator missing its target by more than 20 % needs a reason first (409 naming them).
   */
  async finalise(actor: Actor, grantId: number): Promise<NarrativeReport> {
    await this.grants.get(null, grantId);
    return this.tx.run(async (m) => {
      await this.reports.lock(m, grantId);
      const latest = await this.reports.latest(m, grantId);
      if (!latest || latest.status !== 'draft') throw noDraft(grantId);
      const missing = missingReasons(latest.body);
      if (missing.length > 0) {
        throw new NarrativeReportError(
          'narrative_report_reasons_missing',
          `A reason is needed for every indicator that misses its target by more than 20 %: ${missing.map((i) => `${i.measureCode} ${i.name}`).join('; ')}.`,
          {
            params: { indicators: missing.map((i) => `${i.measureCode} ${i.name}`).join('; ') },
            errors: missing.map((i) => ({
              path: `measures.${i.measureId}.indicators.${i.indicatorId}.reason`,
              message: `"${i.name}" (${i.measureCode}) reached ${formatAchievement(i.achievement)} of its target: give a reason`,
            })),
          },
        );
      }
      const now = new Date();
      return this.saveChange(m, actor, latest, {
        status: 'final',
        finalisedAt: now,
        finalisedById: actor.id,
        updatedAt: now,
      });
    });
  }

  /**
   * The content of a file. `version`: that version (default the newest); `asOf`: an interim report
   * whose figures are computed as of that day, with the version's texts.
   */
  async fileContent(grantId: number, options: { version?: number; asOf?: string }): Promise<NarrativeFileContent> {
    const grant = await this.grants.get(null, grantId);
    const report =
      options.version !== undefined
        ? await this.reports.byVersion(null, grantId, options.version)
        : await this.reports.latest(null, grantId);
    if (options.version !== undefined && !report)
      throw new DomainError('not_found', `The Sachbericht of grant ${grantId} has no version ${options.version}.`);
    const base = {
      grant,
      version: report?.version ?? null,
      status: report?.status ?? null,
      finalisedAt: report?.finalisedAt ?? null,
    };
    if (options.asOf) {
      const fresh = await this.generate(grant, options.asOf);
      return { ...base, body: mergeBody(report?.body ?? null, fresh), dataAsOf: options.asOf, interim: true };
    }
    if (report) return { ...base, body: report.body, dataAsOf: report.dataAsOf, interim: false };
    const dataAsOf = this.progress.today();
    return { ...base, body: await this.generate(grant, dataAsOf), dataAsOf, interim: false };
  }

  /** The report as the data say it: the grant's measures with their progress as of the day. */
  private async generate(grant: GrantDetail, asOf: string): Promise<NarrativeReportBody> {
    const measures = await this.measures.list(null, { grantId: grant.id });
    const progress = [];
    for (const measure of measures)
      progress.push({ measure, progress: await this.progress.progress(measure.id, asOf) });
    return generateBody({ grant, measures: progress });
  }

  private async createVersion(
    m: EntityManager,
    actor: Actor,
    grantId: number,
    version: number,
    body: NarrativeReportBody,
    dataAsOf: string,
  ): Promise<NarrativeReport> {
    const now = new Date();
    const report = await this.reports
      .insert(m, {
        grantId,
        version,
        status: 'draft',
        dataAsOf,
        body,
        createdAt: now,
        updatedAt: now,
        finalisedAt: null,
        finalisedById: null,
      })
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? versionTaken() : e;
      });
    await this.audit.record(m, actor, {
      action: 'create',
      entity: 'narrative_report',
      entityId: report.id,
      after: auditView(report),
    });
    return this.toDto(m, report);
  }

  /** Applies `changes` to a version and saves it, with the audit entry of the change. */
  private async saveChange(
    m: EntityManager,
    actor: Actor,
    report: NarrativeReportEntity,
    changes: Partial<NarrativeReportEntity>,
  ): Promise<NarrativeReport> {
    const before = auditView(report);
    Object.assign(report, changes);
    await this.reports.save(m, report);
    await this.audit.record(m, actor, {
      action: 'update',
      entity: 'narrative_report',
      entityId: report.id,
      before,
      after: auditView(report),
    });
    return this.toDto(m, report);
  }

  private async toDto(manager: EntityManager | null, r: NarrativeReportEntity): Promise<NarrativeReport> {
    const names =
      r.finalisedById === null ? new Map<number, string>() : await this.reports.userNames(manager, [r.finalisedById]);
    return {
      id: r.id,
      grantId: r.grantId,
      version: r.version,
      status: r.status,
      dataAsOf: r.dataAsOf,
      goals: r.body.goals,
      measures: r.body.measures,
      missingReasons: missingReasons(r.body),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      finalisedAt: r.finalisedAt?.toISOString() ?? null,
      finalisedBy: r.finalisedById === null ? null : (names.get(r.finalisedById) ?? null),
    };
  }
}

/** The audit log keeps the version, its state and the texts and reasons (the figures are in the data). */
function auditView(r: NarrativeReportEntity) {
  return {
    grantId: r.grantId,
    version: r.version,
    status: r.status,
    dataAsOf: r.dataAsOf,
    goals: r.body.goals.text,
    measures: r.body.measures.map((m) => ({
      measureId: m.measureId,
      ...Object.fromEntries(Object.entries(m.sections).map(([k, s]) => [k, s.text])),
      reasons: m.indicators.filter((i) => i.reason).map((i) => ({ indicatorId: i.indicatorId, reason: i.reason })),
    })),
  };
}
