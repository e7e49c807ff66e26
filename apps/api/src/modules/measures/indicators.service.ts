import { Injectable } from '@nestjs/common';
import type {
  CreateIndicatorParsed,
  CreateIndicatorValue,
  Indicator,
  IndicatorSource,
  IndicatorValue,
  IndicatorValueList,
  PutTargets,
  TargetList,
  UpdateIndicatorParsed,
} from '@wir/shared';
import { indicatorProblems, periodProblem, toCenti } from '@wir/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { isUniqueViolation } from '#api/platform/database/unique-violation.util';
import { DomainError, type FieldError } from '#api/platform/errors/domain.error';
import type { GrantEntity } from '#api/modules/grants/grant.entity';
import { isFrozenPeriod, valueProblem } from './indicator-rules.util';
import { IndicatorEntity } from './indicator.entity';
import { indicatorColumns, sourceColumns, sourceOf, toIndicator, toIndicatorValue } from './indicator.mapper';
import { IndicatorsRepository } from './indicators.repository';
import type { MeasureEntity } from './measure.entity';
import { MeasuresRepository } from './measures.repository';
import { MeasureError } from './measures.errors';

/** Question types a feedback indicator can count (H5's survey definition). */
const FEEDBACK_QUESTION_TYPES = ['scale', 'number', 'yes_no'];

const germanDate = (iso: string) => iso.split('-').reverse().join('.');
const frozen = (grant: GrantEntity, periods: string[]) =>
  new MeasureError(
    'indicator_figures_frozen',
    `The proof of use of grant "${grant.title}" was submitted on ${germanDate(grant.proofSubmittedOn!)}; the figures of ${periods.join(', ')} stay as reported.`,
    {
      params: { grantTitle: grant.title, proofSubmittedOn: grant.proofSubmittedOn!, periods: periods.join(', ') },
    },
  );

/** Indicators of measures, their targets and the append-only history of their actual values. */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly indicators: IndicatorsRepository,
    private readonly measures: MeasuresRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  private async dto(m: EntityManager | null, indicator: IndicatorEntity): Promise<Indicator> {
    return toIndicator(indicator, await this.indicators.targetsOf(m, [indicator.id]));
  }

  private async indicatorOrFail(m: EntityManager | null, id: number): Promise<IndicatorEntity> {
    const indicator = await this.indicators.findById(m, id);
    if (!indicator) throw new DomainError('not_found', `Indicator ${id} does not exist.`);
    return indicator;
  }

  private async context(
    m: EntityManager,
    indicator: IndicatorEntity,
  ): Promise<{ measure: MeasureEntity; grant: GrantEntity | null }> {
    const measure = (await this.measures.findById(m, indicator.measureId))!;
    return { measure, grant: measure.grantId === null ? null : await this.measures.findGrant(m, measure.grantId) };
  }

  /**
   * A feedback source names a survey and a question that exists in one of its versions and is a scale,
   * number or yes/no question; a share of a scale or number needs its threshold, a yes/no question counts yes.
   */
  private async checkFeedbackSource(m: EntityManager, source: IndicatorSource | undefined): Promise<void> {
    if (source?.kind !== 'feedback') return;
    const questions = await this.indicators.surveyQuestions(m, source.surveyId);
    const fail = (path: string, message: string) => {
      throw new DomainError('validation_failed', 'The feedback source does not fit the survey.', {
        errors: [{ path: `source.${path}`, message }],
      });
    };
    if (questions === null) return fail('surveyId', 'no such survey');
    const types = new Set(questions.filter((q) => q.key === source.questionKey).map((q) => q.type));
    if (types.size === 0) return fail('questionKey', 'no question of the survey has this key');
    if (![...types].every((t) => FEEDBACK_QUESTION_TYPES.includes(t)))
      return fail('questionKey', 'must be a scale, number or yes/no question');
    if (types.has('yes_no') && source.statistic !== 'share_at_least')
      return fail('statistic', 'a yes/no question gives the share of yes: share_at_least');
    if (!types.has('yes_no') && source.statistic === 'share_at_least' && source.threshold == null)
      return fail('threshold', 'a share needs the answer it counts from (e.g. 4 of 5)');
  }

  create(actor: Actor, measureId: number, input: CreateIndicatorParsed): Promise<Indicator> {
    return this.tx.run(async (m) => {
      await this.measures.lock(m, measureId);
      if (!(await this.measures.findById(m, measureId)))
        throw new DomainError('not_found', `Measure ${measureId} does not exist.`);
      await this.checkFeedbackSource(m, input.source);
      const saved = await this.indicators.save(m, {
        measureId,
        ...indicatorColumns(input),
        position: await this.indicators.nextPosition(m, measureId),
        createdAt: new Date(),
      });
      const dto = await this.dto(m, saved);
      await this.audit.record(m, actor, { action: 'create', entity: 'indicator', entityId: saved.id, after: dto });
      return dto;
    });
  }

  update(actor: Actor, id: number, changes: UpdateIndicatorParsed): Promise<Indicator> {
    return this.tx.run(async (m) => {
      await this.indicators.lock(m, id);
      const indicator = await this.indicatorOrFail(m, id);
      const before = await this.dto(m, indicator);
      const { baseline, source, ...fields } = changes;
      const next: IndicatorEntity = Object.assign(new IndicatorEntity(), indicator, fields);
      if (baseline !== undefined)
        Object.assign(next, {
          baselineCenti: baseline ? toCenti(baseline.value) : null,
          baselineDate: baseline?.date ?? null,
        });
      if (source !== undefined) Object.assign(next, sourceColumns(source));
      // The rules hold for the merged indicator, not only for the fields sent.
      const merged = {
        ...next,
        baseline: next.baselineCenti === null ? null : { value: next.baselineCenti / 100 },
        source: sourceOf(next),
      };
      const problems = indicatorProblems(merged);
      if (problems.length > 0)
        throw new DomainError('validation_failed', 'The indicator would not be consistent.', { errors: problems });
      if (source !== undefined) await this.checkFeedbackSource(m, source);
      if (
        (next.unit !== indicator.unit || next.byMunicipality !== indicator.byMunicipality) &&
        (before.targets.length > 0 || (await this.indicators.hasValues(m, id)))
      ) {
        throw new MeasureError(
          'indicator_unit_locked',
          'Targets or values exist in the current unit and split; the unit and the split by municipality stay as they are.',
          {
            errors: [
              { path: next.unit !== indicator.unit ? 'unit' : 'byMunicipality', message: 'targets or values exist' },
            ],
          },
        );
      }
      const saved = await this.indicators.save(m, next);
      const after = await this.dto(m, saved);
      await this.audit.record(m, actor, { action: 'update', entity: 'indicator', entityId: id, before, after });
      return after;
    });
  }

  remove(actor: Actor, id: number): Promise<void> {
    return this.tx.run(async (m) => {
      await this.indicators.lock(m, id);
      const indicator = await this.indicatorOrFail(m, id);
      const { grant } = await this.context(m, indicator);
      const before = await this.dto(m, indicator);
      const values = await this.indicators.valuesOf(m, id);
      const frozenPeriods = [
        ...new Set([...before.targets.map((t) => t.period), ...values.map((v) => v.period)]),
      ].filter((p) => isFrozenPeriod(p, grant));
      if (frozenPeriods.length > 0) throw frozen(grant!, frozenPeriods);
      await this.indicators.delete(m, id);
      await this.audit.record(m, actor, {
        action: 'delete',
        entity: 'indicator',
        entityId: id,
        before: { ...before, valueEntries: values.length },
      });
    });
  }

  putTargets(actor: Actor, id: number, input: PutTargets): Promise<TargetList> {
    return this.tx.run(async (m) => {
      await this.indicators.lock(m, id);
      const indicator = await this.indicatorOrFail(m, id);
      const { measure, grant } = await this.context(m, indicator);
      const missing = await this.indicators.missingMunicipalities(
        m,
        input.targets.flatMap((t) => (t.municipalityId === null ? [] : [t.municipalityId])),
      );
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      const next = input.targets.map((t, i) => {
        const at = `targets.${i}`;
        const period = periodProblem(t.period, measure);
        if (period) errors.push({ path: `${at}.period`, message: period });
        if (t.municipalityId !== null && !indicator.byMunicipality)
          errors.push({
            path: `${at}.municipalityId`,
            message: 'the indicator is not kept by municipality: null (the district)',
          });
        else if (t.municipalityId !== null && missing.has(t.municipalityId))
          errors.push({ path: `${at}.municipalityId`, message: 'no such municipality' });
        const centi = toCenti(t.value)!;
        const problem = valueProblem(indicator.unit, centi);
        if (problem) errors.push({ path: `${at}.value`, message: problem });
        const key = `${t.period}|${t.municipalityId ?? ''}`;
        if (seen.has(key)) errors.push({ path: at, message: 'a second target for the same period and municipality' });
        seen.add(key);
        return { period: t.period, municipalityId: t.municipalityId, valueCenti: centi };
      });
      if (errors.length > 0)
        throw new DomainError('validation_failed', 'Some targets do not fit the indicator or its measure.', { errors });
      const current = await this.indicators.targetsOf(m, [id]);
      const sameAs = (a: { period: string; municipalityId: number | null; valueCenti: number }, list: typeof next) =>
        list.some(
          (b) => b.period === a.period && b.municipalityId === a.municipalityId && b.valueCenti === a.valueCenti,
        );
      const changedFrozen = [
        ...new Set(
          [...current.filter((t) => !sameAs(t, next)), ...next.filter((t) => !sameAs(t, current))]
            .map((t) => t.period)
            .filter((p) => isFrozenPeriod(p, grant)),
        ),
      ];
      if (changedFrozen.length > 0) throw frozen(grant!, changedFrozen);
      const before = (await this.dto(m, indicator)).targets;
      await this.indicators.replaceTargets(m, id, next);
      const after = (await this.dto(m, indicator)).targets;
      await this.audit.record(m, actor, { action: 'update', entity: 'indicator_targets', entityId: id, before, after });
      return { items: after };
    });
  }

  /**
   * Appends an actual value. Without `supersedes` the period and municipality must not have a current
   * value yet (409); a correction supersedes exactly the current one, with a reason. Concurrent writes
   * of one indicator queue on its row lock; the unique index on supersedes_id stops a double correction.
   */
  addValue(actor: Actor, id: number, input: CreateIndicatorValue): Promise<IndicatorValue> {
    return this.tx.run(async (m) => {
      await this.indicators.lock(m, id);
      const indicator = await this.indicatorOrFail(m, id);
      const { measure, grant } = await this.context(m, indicator);
      if (indicator.source !== 'manual') {
        const from =
          indicator.source === 'spend'
            ? 'the receipts booked on the measure'
            : indicator.source === 'feedback'
              ? 'the answers of a feedback form'
              : 'the registrations and check-ins of its events';
        throw new MeasureError(
          'indicator_values_computed',
          `The values of this indicator are computed from ${from}; they are not entered.`,
          { params: { source: indicator.source } },
        );
      }
      const errors: FieldError[] = [];
      const period = periodProblem(input.period, measure);
      if (period) errors.push({ path: 'period', message: period });
      if (input.municipalityId !== null) {
        if (!indicator.byMunicipality)
          errors.push({
            path: 'municipalityId',
            message: 'the indicator is not kept by municipality: null (the district)',
          });
        else if ((await this.indicators.missingMunicipalities(m, [input.municipalityId])).size > 0)
          errors.push({ path: 'municipalityId', message: 'no such municipality' });
      } else if (indicator.byMunicipality && indicator.aggregation === 'sum') {
        errors.push({
          path: 'municipalityId',
          message: 'the district total of a sum is computed from the municipalities',
        });
      }
      const centi = toCenti(input.value)!;
      const problem = valueProblem(indicator.unit, centi);
      if (problem) errors.push({ path: 'value', message: problem });
      if (errors.length > 0)
        throw new DomainError('validation_failed', 'The value does not fit the indicator or its measure.', { errors });
      if (isFrozenPeriod(input.period, grant)) throw frozen(grant!, [input.period]);

      const current = await this.indicators.current(m, id, input.period, input.municipalityId);
      if (input.supersedes === undefined) {
        if (current) {
          throw new MeasureError(
            'indicator_value_exists',
            `${input.period} has a value already (entry ${current.id}); a correction supersedes it with a reason.`,
            {
              params: { period: input.period, entryId: current.id },
              errors: [{ path: 'supersedes', message: `entry ${current.id} is the current value` }],
            },
          );
        }
      } else {
        const old = await this.indicators.findValue(m, input.supersedes);
        if (!old || old.indicatorId !== id)
          throw new DomainError('validation_failed', 'The corrected entry is not a value of this indicator.', {
            errors: [{ path: 'supersedes', message: 'no such value of this indicator' }],
          });
        if (old.period !== input.period || old.municipalityId !== input.municipalityId) {
          throw new DomainError(
            'validation_failed',
            'A correction keeps the period and municipality of the entry it corrects.',
            { errors: [{ path: 'supersedes', message: 'is a value of another period or municipality' }] },
          );
        }
        if (!current || current.id !== old.id) {
          throw new MeasureError(
            'indicator_value_corrected_already',
            `Entry ${old.id} was corrected already${current ? ` (the current one is ${current.id})` : ''}.`,
            {
              params: { entryId: old.id },
              errors: [{ path: 'supersedes', message: 'is not the current value' }],
            },
          );
        }
      }
      const saved = await this.indicators
        .insertValue(m, {
          indicatorId: id,
          period: input.period,
          municipalityId: input.municipalityId,
          valueCenti: centi,
          sampleSize: input.sampleSize ?? null,
          note: input.note ?? '',
          evidence: input.evidence ?? '',
          supersedesId: input.supersedes ?? null,
          reason: input.reason ?? '',
          recordedBy: actor.id,
          recordedAt: new Date(),
        })
        .catch((e: unknown) => {
          throw isUniqueViolation(e)
            ? new MeasureError(
                'indicator_value_corrected_already',
                `Entry ${input.supersedes} was corrected already.`,
                {
                  params: { entryId: input.supersedes! },
                  errors: [{ path: 'supersedes', message: 'is not the current value' }],
                },
              )
            : e;
        });
      const dto = toIndicatorValue(saved, new Map(), await this.indicators.userNames(m, [actor.id]));
      await this.audit.record(m, actor, {
        action: 'create',
        entity: 'indicator_value',
        entityId: saved.id,
        after: dto,
      });
      return dto;
    });
  }

  async values(id: number): Promise<IndicatorValueList> {
    await this.indicatorOrFail(null, id);
    const rows = await this.indicators.valuesOf(null, id);
    const supersededBy = new Map(rows.filter((r) => r.supersedesId !== null).map((r) => [r.supersedesId!, r.id]));
    const names = await this.indicators.userNames(
      null,
      rows.map((r) => r.recordedBy),
    );
    return { items: rows.map((r) => toIndicatorValue(r, supersededBy, names)) };
  }
}
