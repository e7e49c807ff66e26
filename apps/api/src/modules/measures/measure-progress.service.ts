import { Injectable } from '@nestjs/common';
import type {
  IndicatorProgress,
  IndicatorStatusCounts,
  MeasureProgress,
  OrganisationType,
  ProgressRow,
} from '@wir/shared';
import {
  berlinDayEnd,
  berlinIsoDate,
  divideRounded,
  fromCenti,
  parseReportingPeriod,
  periodOfDate,
  todayIso,
} from '@wir/shared';
import { DomainError } from '#api/platform/errors/domain.error';
import type { IndicatorEntity } from './indicator.entity';
import { feedbackCells } from './feedback-statistic.util';
import { indicatorProgress, type Cell, type RowResult } from './indicator-progress.util';
import { indicatorCoreOf } from './indicator.mapper';
import { IndicatorsRepository } from './indicators.repository';
import type { MeasureEntity } from './measure.entity';
import { MeasuresRepository } from './measures.repository';
import {
  OutcomeFactsRepository,
  type FeedbackFact,
  type ParticipantFact,
  type SpendFact,
  type ValueFact,
} from './outcome-facts.repository';

export type Evaluation = { indicator: IndicatorEntity; rows: RowResult[]; total: RowResult };
/** What the evaluation of a set of measures loaded, for callers that show more than the statuses. */
export type Facts = { participants: ParticipantFact[]; spend: SpendFact[]; values: ValueFact[] };

export const emptyCounts = (): IndicatorStatusCounts => ({ achieved: 0, on_track: 0, behind: 0, no_target: 0 });

const toRow = (r: RowResult): ProgressRow => ({
  period: r.period,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  municipalityId: r.municipalityId,
  baseline: r.baselineCenti === null ? null : fromCenti(r.baselineCenti),
  target: r.targetCenti === null ? null : fromCenti(r.targetCenti),
  actual: r.actualCenti === null ? null : fromCenti(r.actualCenti),
  actualOrigin: r.actualOrigin,
  achievement: r.achievement,
  elapsedShare: r.elapsedShare,
  status: r.status,
});

/** Adds `n` to the entry of `key`. */
const bump = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);

/**
 * Progress of indicators: loads the facts of a set of measures in a few aggregate queries and applies
 * the rules of indicator-progress.util.ts. Derived sources are computed live from registrations,
 * check-ins and receipts, so they need no entry and never go stale.
 */
@Injectable()
export class MeasureProgressService {
  constructor(
    private readonly measures: MeasuresRepository,
    private readonly indicators: IndicatorsRepository,
    private readonly facts: OutcomeFactsRepository,
  ) {}

  /** Today in Berlin. */
  today(): string {
    return todayIso();
  }

  /**
   * Every indicator of the measures, evaluated as of the day. `preloaded`: facts the caller has read
   * already for all these measures (the overview), so they are not read twice.
   */
  async evaluate(
    measures: MeasureEntity[],
    asOf: string,
    preloaded: Partial<Pick<Facts, 'participants' | 'spend'>> = {},
  ): Promise<{ evaluations: Map<number, Evaluation[]>; facts: Facts }> {
    const ids = measures.map((m) => m.id);
    const indicators = await this.indicators.ofMeasures(null, ids);
    const asOfEnd = berlinDayEnd(asOf);
    const needs = (kinds: string[]) => [
      ...new Set(indicators.filter((i) => kinds.includes(i.source)).map((i) => i.measureId)),
    ];
    const surveyIds = [
      ...new Set(
        indicators
          .filter((i) => i.source === 'feedback' && i.sourceOptions.surveyId)
          .map((i) => i.sourceOptions.surveyId!),
      ),
    ];
    const [targets, values, participants, spend, feedback] = await Promise.all([
      this.indicators.targetsOf(
        null,
        indicators.map((i) => i.id),
      ),
      this.facts.currentValues(null, needs(['manual'])),
      preloaded.participants ?? this.facts.participants(null, needs(['participants', 'cost_per_participant']), asOfEnd),
      preloaded.spend ?? this.facts.spend(null, needs(['spend', 'cost_per_participant']), asOf),
      this.facts.feedback(null, surveyIds, asOfEnd),
    ]);
    const feedbackOf = groupBy(feedback, (f) => f.surveyId);
    const targetsOf = groupBy(targets, (t) => t.indicatorId);
    const valuesOf = groupBy(values, (v) => v.indicatorId);
    const peopleOf = groupBy(participants, (p) => p.measureId);
    const spendOf = groupBy(spend, (x) => x.measureId);
    const byMeasure = new Map(measures.map((m) => [m.id, m]));
    const evaluations = new Map<number, Evaluation[]>(ids.map((id) => [id, []]));
    for (const indicator of indicators) {
      const measure = byMeasure.get(indicator.measureId)!;
      const ownTargets: Cell[] = (targetsOf.get(indicator.id) ?? []).map((t) => ({
        period: t.period,
        municipalityId: t.municipalityId,
        centi: t.valueCenti,
      }));
      const live =
        indicator.source === 'feedback'
          ? this.feedbackCells(indicator, measure, feedbackOf.get(indicator.sourceOptions.surveyId ?? 0) ?? [])
          : this.liveCells(indicator, measure, peopleOf.get(measure.id) ?? [], spendOf.get(measure.id) ?? []);
      // Values are dated by their period (as receipts by their date): with asOf, periods that began later do not count yet.
      const actuals = live
        ? live.cells
        : (valuesOf.get(indicator.id) ?? []).filter((v) => (parseReportingPeriod(v.period)?.start ?? '9999') <= asOf);
      const result = indicatorProgress({
        indicator,
        measure,
        asOf,
        targets: ownTargets,
        actuals,
        live: live !== null,
        liveTotal: live?.total,
      });
      evaluations.get(indicator.measureId)!.push({ indicator, ...result });
    }
    return { evaluations, facts: { participants, spend, values } };
  }

  /** Status counts per measure (their indicators' totals). */
  async statusCounts(
    measures: MeasureEntity[],
    asOf: string,
  ): Promise<Map<number, { counts: IndicatorStatusCounts; indicators: number }>> {
    const { evaluations } = await this.evaluate(measures, asOf);
    return new Map(
      [...evaluations].map(([id, list]) => [id, { counts: countStatuses(list), indicators: list.length }]),
    );
  }

  async progress(measureId: number, asOfParam?: string): Promise<MeasureProgress> {
    const measure = await this.measures.findById(null, measureId);
    if (!measure) throw new DomainError('not_found', `Measure ${measureId} does not exist.`);
    const asOf = asOfParam ?? this.today();
    const asOfEnd = berlinDayEnd(asOf);
    const [links, participants, spend, outputs, names] = await Promise.all([
      this.measures.linksOf(null, [measureId]),
      this.facts.participants(null, [measureId], asOfEnd),
      this.facts.spend(null, [measureId], asOf),
      this.facts.outputs(null, measureId, asOfEnd),
      this.measures.municipalityNames(null),
    ]);
    const { evaluations } = await this.evaluate([measure], asOf, { participants, spend });
    const list = evaluations.get(measureId)!;
    const allocations = links.get(measureId)!.budgetAllocations;
    const lines = measure.grantId === null ? [] : await this.measures.budgetLinesOf(null, measure.grantId);
    const spentByLine = new Map<number | null, number>();
    for (const s of spend) bump(spentByLine, s.budgetLineId, s.cents);
    const byMunicipality = new Map<number | null, { registered: number; checkedIn: number }>();
    const byType = new Map<OrganisationType, { registered: number; checkedIn: number }>();
    for (const p of participants) {
      const a = byMunicipality.get(p.municipalityId) ?? { registered: 0, checkedIn: 0 };
      byMunicipality.set(p.municipalityId, {
        registered: a.registered + p.registered,
        checkedIn: a.checkedIn + p.checkedIn,
      });
      const b = byType.get(p.organisationType) ?? { registered: 0, checkedIn: 0 };
      byType.set(p.organisationType, { registered: b.registered + p.registered, checkedIn: b.checkedIn + p.checkedIn });
    }
    return {
      measureId,
      asOf,
      statusCounts: countStatuses(list),
      indicators: list.map(toIndicatorProgress),
      input: {
        allocations: allocations.map((a) => {
          const line = lines.find((l) => l.id === a.budgetLineId);
          return {
            budgetLineId: a.budgetLineId,
            code: line?.code ?? '',
            name: line?.name ?? '',
            plannedCents: a.plannedCents,
            spentCents: spentByLine.get(a.budgetLineId) ?? 0,
          };
        }),
        allocatedCents: allocations.reduce((s, a) => s + a.plannedCents, 0),
        spentCents: spend.reduce((s, x) => s + x.cents, 0),
      },
      output: {
        events: outputs.events,
        workshops: outputs.workshops,
        registered: participants.reduce((s, p) => s + p.registered, 0),
        checkedIn: participants.reduce((s, p) => s + p.checkedIn, 0),
        byMunicipality: [...byMunicipality]
          .map(([municipalityId, v]) => ({
            municipalityId,
            name: municipalityId === null ? null : (names.get(municipalityId) ?? null),
            ...v,
          }))
          .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'de')),
        byOrganisationType: [...byType]
          .map(([type, v]) => ({ type, ...v }))
          .sort((a, b) => a.type.localeCompare(b.type)),
      },
    };
  }

  /** The cells of a feedback indicator: its question's answers by the Berlin day they were submitted. */
  private feedbackCells(
    indicator: IndicatorEntity,
    measure: MeasureEntity,
    facts: FeedbackFact[],
  ): { cells: Cell[]; total: number | null } {
    const key = indicator.sourceOptions.questionKey ?? '';
    const answers = facts
      .filter((f) => Object.hasOwn(f.answers, key))
      .map((f) => ({ submittedOn: berlinIsoDate(f.submittedAt), value: f.answers[key] }));
    return feedbackCells(
      { statistic: indicator.sourceOptions.statistic ?? 'mean', threshold: indicator.sourceOptions.threshold ?? null },
      measure.reportingInterval,
      answers,
    );
  }

  /**
   * The actual cells of a derived indicator (null for a manual one) from the facts of its measure, in hundredths: per period the
   * district, and per municipality for a by-municipality participants indicator; plus the total over
   * everything linked (not the sum of the periods for a cost per participant).
   */
  private liveCells(
    indicator: IndicatorEntity,
    measure: MeasureEntity,
    participants: ParticipantFact[],
    ownSpend: SpendFact[],
  ): { cells: Cell[]; total: number | null } | null {
    if (indicator.source === 'manual') return null;
    const types = indicator.sourceOptions.organisationTypes ?? [];
    const metric = indicator.sourceOptions.count === 'registered' ? 'registered' : 'checkedIn';
    const people = types.length === 0 ? participants : participants.filter((p) => types.includes(p.organisationType));
    const peoplePerPeriod = new Map<string, number>();
    const peoplePerCell = new Map<string, number>();
    for (const p of people) {
      const period = periodOfDate(measure.reportingInterval, p.startsOn);
      bump(peoplePerPeriod, period, p[metric]);
      if (p.municipalityId !== null) bump(peoplePerCell, `${period}|${p.municipalityId}`, p[metric]);
    }
    const peopleTotal = people.reduce((s, p) => s + p[metric], 0);
    const spendPerPeriod = new Map<string, number>();
    for (const s of ownSpend) bump(spendPerPeriod, periodOfDate(measure.reportingInterval, s.date), s.cents);
    const spendTotal = ownSpend.reduce((s, x) => s + x.cents, 0);

    const district = (map: Map<string, number>): Cell[] =>
      [...map].map(([period, n]) => ({ period, municipalityId: null, centi: n * 100 }));
    if (indicator.source === 'participants') {
      const cells = district(peoplePerPeriod);
      if (indicator.byMunicipality) {
        for (const [key, n] of peoplePerCell) {
          const [period, id] = key.split('|');
          cells.push({ period, municipalityId: Number(id), centi: n * 100 });
        }
      }
      return { cells, total: peopleTotal * 100 };
    }
    if (indicator.source === 'spend') return { cells: district(spendPerPeriod), total: spendTotal * 100 };
    // cost per participant: spend ÷ people, whole cents; nothing where nobody was reached.
    const cells: Cell[] = [];
    for (const [period, n] of peoplePerPeriod)
      if (n > 0)
        cells.push({ period, municipalityId: null, centi: divideRounded(spendPerPeriod.get(period) ?? 0, n) * 100 });
    return { cells, total: peopleTotal > 0 ? divideRounded(spendTotal, peopleTotal) * 100 : null };
  }
}

/** Lists by key, in their order. */
export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function countStatuses(list: Evaluation[]): IndicatorStatusCounts {
  const counts = emptyCounts();
  for (const e of list) counts[e.total.status]++;
  return counts;
}

function toIndicatorProgress(e: Evaluation): IndicatorProgress {
  const i = e.indicator;
  return {
    indicatorId: i.id,
    ...indicatorCoreOf(i),
    sourceKind: i.source,
    total: toRow(e.total),
    rows: e.rows.map(toRow),
  };
}
