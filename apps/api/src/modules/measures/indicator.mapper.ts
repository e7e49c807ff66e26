import type { CreateIndicatorParsed, Indicator, IndicatorSource, IndicatorValue } from '@wir/shared';
import { fromCenti, toCenti } from '@wir/shared';
import type { IndicatorTargetEntity } from './indicator-target.entity';
import type { IndicatorValueEntity } from './indicator-value.entity';
import type { IndicatorEntity, IndicatorSourceOptions } from './indicator.entity';

export function sourceOf(i: Pick<IndicatorEntity, 'source' | 'sourceOptions'>): IndicatorSource {
  switch (i.source) {
    case 'participants':
    case 'cost_per_participant':
      return {
        kind: i.source,
        count: i.sourceOptions.count ?? 'checked_in',
        organisationTypes: i.sourceOptions.organisationTypes ?? [],
      };
    case 'spend':
      return { kind: 'spend' };
    case 'feedback':
      return {
        kind: 'feedback',
        surveyId: i.sourceOptions.surveyId ?? 0,
        questionKey: i.sourceOptions.questionKey ?? '',
        statistic: i.sourceOptions.statistic ?? 'mean',
        threshold: i.sourceOptions.threshold ?? null,
      };
    default:
      return { kind: 'manual' };
  }
}

export function sourceColumns(source: IndicatorSource): {
  source: IndicatorSource['kind'];
  sourceOptions: IndicatorSourceOptions;
} {
  if (source.kind === 'participants' || source.kind === 'cost_per_participant') {
    return { source: source.kind, sourceOptions: { count: source.count, organisationTypes: source.organisationTypes } };
  }
  if (source.kind === 'feedback') {
    return {
      source: 'feedback',
      sourceOptions: {
        surveyId: source.surveyId,
        questionKey: source.questionKey,
        statistic: source.statistic,
        threshold: source.statistic === 'mean' ? null : (source.threshold ?? null),
      },
    };
  }
  return { source: source.kind, sourceOptions: {} };
}

/** The columns of a new indicator from its parsed input (the API's create and the demo data alike). */
export function indicatorColumns(input: CreateIndicatorParsed) {
  return {
    name: input.name,
    level: input.level,
    step: input.step,
    unit: input.unit,
    aggregation: input.aggregation,
    direction: input.direction,
    byMunicipality: input.byMunicipality,
    method: input.method ?? '',
    baselineCenti: input.baseline ? toCenti(input.baseline.value) : null,
    baselineDate: input.baseline?.date ?? null,
    ...sourceColumns(input.source),
  } satisfies Partial<IndicatorEntity>;
}

/** What an indicator counts (libs/shared indicatorCoreFields), as the indicator and its progress row show it. */
export const indicatorCoreOf = (i: IndicatorEntity) => ({
  name: i.name,
  level: i.level,
  step: i.step,
  unit: i.unit,
  aggregation: i.aggregation,
  direction: i.direction,
  byMunicipality: i.byMunicipality,
});

export const toIndicator = (i: IndicatorEntity, targets: IndicatorTargetEntity[]): Indicator => ({
  id: i.id,
  measureId: i.measureId,
  ...indicatorCoreOf(i),
  method: i.method,
  baseline:
    i.baselineCenti !== null && i.baselineDate !== null
      ? { value: fromCenti(i.baselineCenti), date: i.baselineDate }
      : null,
  source: sourceOf(i),
  position: i.position,
  targets: targets.map((t) => ({ period: t.period, municipalityId: t.municipalityId, value: fromCenti(t.valueCenti) })),
});

/** `supersededBy`: entry id → the id of the entry that corrects it. */
export const toIndicatorValue = (
  v: IndicatorValueEntity,
  supersededBy: Map<number, number>,
  names: Map<number, string>,
): IndicatorValue => ({
  id: v.id,
  indicatorId: v.indicatorId,
  period: v.period,
  municipalityId: v.municipalityId,
  value: fromCenti(v.valueCenti),
  sampleSize: v.sampleSize,
  note: v.note,
  evidence: v.evidence,
  supersedesId: v.supersedesId,
  reason: v.reason,
  supersededById: supersededBy.get(v.id) ?? null,
  current: !supersededBy.has(v.id),
  recordedBy: { id: v.recordedBy, name: names.get(v.recordedBy) ?? `#${v.recordedBy}` },
  recordedAt: v.recordedAt.toISOString(),
});
