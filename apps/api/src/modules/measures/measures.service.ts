import { Injectable } from '@nestjs/common';
import type { CreateMeasure, MeasureDetail, MeasureFilter, MeasureListItem, UpdateMeasure } from '@wir/shared';
import { periodProblem } from '@wir/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { isUniqueViolation } from '#api/platform/database/unique-violation.util';
import { DomainError, type FieldError } from '#api/platform/errors/domain.error';
import { toIndicator } from './indicator.mapper';
import { IndicatorsRepository } from './indicators.repository';
import { emptyCounts, MeasureProgressService } from './measure-progress.service';
import { MeasureEntity } from './measure.entity';
import { toMeasure } from './measure.mapper';
import { MeasuresRepository, type LinkKind, type MeasureLinks } from './measures.repository';
import { MeasureError } from './measures.errors';

const codeTaken = (code: string) =>
  new MeasureError('measure_code_taken', `A measure with the code "${code}" exists already.`, {
    params: { code },
    errors: [{ path: 'code', message: 'is taken already' }],
  });
const LINK_KINDS: LinkKind[] = ['actionFieldIds', 'municipalityIds', 'eventIds', 'workshopIds'];
const LINK_LABEL: Record<LinkKind, string> = {
  actionFieldIds: 'action field',
  municipalityIds: 'municipality',
  eventIds: 'event',
  workshopIds: 'workshop',
};

/** Measures: coordinators write, finance reads. Every write is audited with the measure before and after. */
@Injectable()
export class MeasuresService {
  constructor(
    private readonly measures: MeasuresRepository,
    private readonly indicators: IndicatorsRepository,
    private readonly progress: MeasureProgressService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(filter: MeasureFilter): Promise<MeasureListItem[]> {
    const rows = await this.measures.list(null, filter);
    const [links, counts] = await Promise.all([
      this.measures.linksOf(
        null,
        rows.map((r) => r.id),
      ),
      this.progress.statusCounts(rows, this.progress.today()),
    ]);
    return rows.map((r) => {
      const c = counts.get(r.id);
      return {
        ...toMeasure(r, links.get(r.id)!),
        indicatorCount: c?.indicators ?? 0,
        statusCounts: c?.counts ?? emptyCounts(),
      };
    });
  }

  async get(manager: EntityManager | null, id: number): Promise<MeasureDetail> {
    const measure = await this.measures.findById(manager, id);
    if (!measure) throw new DomainError('not_found', `Measure ${id} does not exist.`);
    const links = await this.measures.linksOf(manager, [id]);
    const indicators = await this.indicators.ofMeasures(manager, [id]);
    const targets = await this.indicators.targetsOf(
      manager,
      indicators.map((i) => i.id),
    );
    return {
      ...toMeasure(measure, links.get(id)!),
      indicators: indicators.map((i) =>
        toIndicator(
          i,
          targets.filter((t) => t.indicatorId === i.id),
        ),
      ),
    };
  }

  create(actor: Actor, input: CreateMeasure): Promise<MeasureDetail> {
    return this.tx.run((m) => this.createWithin(m, actor, input));
  }

  /** Creates a measure inside the caller's transaction (e.g. an offer of the inventory turned into a measure). */
  async createWithin(m: EntityManager, actor: Actor, input: CreateMeasure): Promise<MeasureDetail> {
    const now = new Date();
    const candidate: Omit<MeasureEntity, 'id'> = {
      code: input.code,
      title: input.title,
      goal: input.goal ?? '',
      description: input.description ?? '',
      status: input.status ?? 'planned',
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      reportingInterval: input.reportingInterval ?? 'year',
      responsibleOrganisationId: input.responsibleOrganisationId ?? null,
      targetGroups: input.targetGroups ?? [],
      targetGroupsOther: input.targetGroupsOther ?? '',
      grantId: input.grantId ?? null,
      goodPractice: input.goodPractice ?? false,
      sustained: input.sustained ?? false,
      createdAt: now,
      updatedAt: now,
    };
    const links: MeasureLinks = {
      actionFieldIds: input.actionFieldIds,
      municipalityIds: input.municipalityIds ?? [],
      eventIds: input.eventIds ?? [],
      workshopIds: input.workshopIds ?? [],
      budgetAllocations: input.budgetAllocations ?? [],
    };
    await this.checkReferences(m, candidate, links);
    const saved = await this.measures.save(m, candidate).catch((e: unknown) => {
      throw isUniqueViolation(e) ? codeTaken(input.code) : e;
    });
    for (const kind of LINK_KINDS) await this.measures.replaceLinks(m, saved.id, kind, links[kind]);
    await this.measures.replaceAllocations(m, saved.id, links.budgetAllocations);
    const dto = await this.get(m, saved.id);
    await this.audit.record(m, actor, {
      action: 'create',
      entity: 'measure',
      entityId: saved.id,
      after: withoutIndicators(dto),
    });
    return dto;
  }

  update(actor: Actor, id: number, changes: UpdateMeasure): Promise<MeasureDetail> {
    return this.tx.run(async (m) => {
      await this.measures.lock(m, id);
      const measure = await this.measures.findById(m, id);
      if (!measure) throw new DomainError('not_found', `Measure ${id} does not exist.`);
      const before = await this.get(m, id);
      const { actionFieldIds, municipalityIds, eventIds, workshopIds, budgetAllocations, ...fields } = changes;
      const next: MeasureEntity = Object.assign(new MeasureEntity(), measure, fields, { updatedAt: new Date() });
      if (next.periodEnd < next.periodStart)
        throw new DomainError('validation_failed', 'The period must not end before it starts.', {
          errors: [{ path: 'periodEnd', message: 'must not be before periodStart' }],
        });
      const grantChanged = changes.grantId !== undefined && changes.grantId !== measure.grantId;
      const links: MeasureLinks = {
        actionFieldIds: actionFieldIds ?? before.actionFieldIds,
        municipalityIds: municipalityIds ?? before.municipalityIds,
        eventIds: eventIds ?? before.eventIds,
        workshopIds: workshopIds ?? before.workshopIds,
        // A new grant has other budget lines: the old allocations go unless new ones are given.
        budgetAllocations: budgetAllocations ?? (grantChanged ? [] : before.budgetAllocations),
      };
      await this.checkReferences(m, next, links);
      if (grantChanged) {
        const booked = await this.measures.receiptsOutsideGrant(m, id, next.grantId);
        if (booked > 0) {
          throw new MeasureError(
            'measure_has_receipts_of_grant',
            `${booked} receipt(s) of another grant are booked on this measure; move them first.`,
            {
              params: { count: booked },
              errors: [{ path: 'grantId', message: 'receipts of the current grant are booked on this measure' }],
            },
          );
        }
      }
      if (
        changes.periodStart !== undefined ||
        changes.periodEnd !== undefined ||
        changes.reportingInterval !== undefined
      ) {
        const misfits = (await this.measures.periodsInUse(m, id)).filter((p) => periodProblem(p, next) !== null);
        if (misfits.length > 0) {
          throw new MeasureError(
            'measure_period_strands_figures',
            `Targets or values exist for ${misfits.join(', ')}, which would not fit the new period or reporting interval; change or remove them first.`,
            {
              params: { periods: misfits.join(', ') },
              errors: [
                {
                  path: changes.reportingInterval !== undefined ? 'reportingInterval' : 'periodStart',
                  message: `targets or values exist for ${misfits.join(', ')}`,
                },
              ],
            },
          );
        }
      }
      await this.measures.save(m, next).catch((e: unknown) => {
        throw isUniqueViolation(e) ? codeTaken(next.code) : e;
      });
      for (const kind of LINK_KINDS)
        if (changes[kind] !== undefined) await this.measures.replaceLinks(m, id, kind, links[kind]);
      if (budgetAllocations !== undefined || grantChanged)
        await this.measures.replaceAllocations(m, id, links.budgetAllocations);
      const after = await this.get(m, id);
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'measure',
        entityId: id,
        before: withoutIndicators(before),
        after: withoutIndicators(after),
      });
      return after;
    });
  }

  /** Every id must exist; allocations must be on lines of the measure's grant. All problems in one 400. */
  private async checkReferences(
    m: EntityManager,
    measure: Omit<MeasureEntity, 'id'>,
    links: MeasureLinks,
  ): Promise<void> {
    const errors: FieldError[] = [];
    for (const kind of LINK_KINDS) {
      const missing = await this.measures.missing(m, kind, links[kind]);
      links[kind].forEach((value, i) => {
        if (missing.has(value)) errors.push({ path: `${kind}.${i}`, message: `no such ${LINK_LABEL[kind]}` });
      });
    }
    if (links.actionFieldIds.length === 0)
      errors.push({ path: 'actionFieldIds', message: 'at least one action field' });
    if (
      measure.responsibleOrganisationId !== null &&
      !(await this.measures.organisationExists(m, measure.responsibleOrganisationId))
    ) {
      errors.push({ path: 'responsibleOrganisationId', message: 'no such organisation' });
    }
    if (measure.grantId !== null && !(await this.measures.findGrant(m, measure.grantId)))
      errors.push({ path: 'grantId', message: 'no such grant' });
    if (links.budgetAllocations.length > 0) {
      if (measure.grantId === null) errors.push({ path: 'budgetAllocations', message: 'only with a grant' });
      else {
        const lines = new Set((await this.measures.budgetLinesOf(m, measure.grantId)).map((l) => l.id));
        links.budgetAllocations.forEach((a, i) => {
          if (!lines.has(a.budgetLineId))
            errors.push({
              path: `budgetAllocations.${i}.budgetLineId`,
              message: 'no such budget line in the measure’s grant',
            });
        });
      }
    }
    if (errors.length > 0)
      throw new DomainError(
        'validation_failed',
        'The measure refers to something that does not exist or does not fit.',
        { errors },
      );
  }
}

/** The audit log keeps the measure's own fields; indicators have their own entries. */
function withoutIndicators(detail: MeasureDetail) {
  const { indicators: _indicators, ...measure } = detail;
  return measure;
}
