import {
  formatCents,
  formatGermanDate,
  formatGermanNumber,
  missesTarget,
  NARRATIVE_MEASURE_SECTIONS,
  type MeasureProgress,
  type Measure,
  type NarrativeMeasure,
  type NarrativeReport,
  type NarrativeReportBody,
  type NarrativeSection,
  type UpdateNarrativeReport,
} from '@wir/shared';
import type { FieldError } from '#api/platform/errors/domain.error';
import { INDICATOR_STATUS_LABELS } from './narrative-labels.constant';
import { formatAchievement, formatIndicatorValue } from './narrative-format.util';

/** What the draft is generated from: the grant and, per measure of the grant, its fields and progress. */
export type DraftSource = {
  grant: { title: string; purpose: string };
  measures: {
    measure: Pick<
      Measure,
      | 'id'
      | 'code'
      | 'title'
      | 'goal'
      | 'description'
      | 'status'
      | 'periodStart'
      | 'periodEnd'
      | 'sustained'
      | 'goodPractice'
    >;
    progress: MeasureProgress;
  }[];
};

const section = (suggestion: string): NarrativeSection => ({ text: suggestion, suggestion });
const percentOf = (part: number, whole: number) =>
  whole === 0 ? null : `${formatGermanNumber(Math.round((part * 100) / whole), { fractionDigits: 0 })} %`;

/** The report as generated from the data: figures, and suggested texts in every section. */
export function generateBody(source: DraftSource): NarrativeReportBody {
  const goals = [
    source.grant.purpose ? `Zuwendungszweck: ${source.grant.purpose}` : '',
    source.measures.length > 0
      ? `Ziele der Maßnahmen:\n${source.measures.map(({ measure: m }) => `• ${m.code} ${m.title}: ${m.goal || '–'}`).join('\n')}`
      : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return { goals: section(goals), measures: source.measures.map(generateMeasure) };
}

function generateMeasure({ measure: m, progress: p }: DraftSource['measures'][number]): NarrativeMeasure {
  const events = [
    ...p.output.events.map((e) => ({
      kind: 'event' as const,
      title: e.title.de,
      startsAt: e.startsAt,
      registered: e.registered,
      checkedIn: e.checkedIn,
    })),
    ...p.output.workshops.map((w) => ({
      kind: 'workshop' as const,
      title: w.title.de,
      startsAt: w.startsAt,
      registered: w.registered,
      checkedIn: w.checkedIn,
    })),
  ].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const indicators = p.indicators.map((i) => ({
    indicatorId: i.indicatorId,
    name: i.name,
    level: i.level,
    unit: i.unit,
    direction: i.direction,
    baseline: i.total.baseline,
    target: i.total.target,
    actual: i.total.actual,
    achievement: i.total.achievement,
    status: i.total.status,
    needsReason: missesTarget(i.total.target, i.total.achievement),
    reason: '',
  }));
  const spending = {
    allocatedCents: p.input.allocatedCents,
    spentCents: p.input.spentCents,
    allocations: p.input.allocations,
  };

  const done = [
    m.description,
    events.length > 0
      ? `Veranstaltungen:\n${events.map((e) => `• ${formatGermanDate(new Date(e.startsAt))}: ${e.title} – ${e.registered} angemeldet, ${e.checkedIn} teilgenommen`).join('\n')}\nErreicht: ${p.output.checkedIn} Teilnehmende (${p.output.registered} angemeldet).`
      : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const results = [
    m.goal ? `Wirkungsziel: ${m.goal}` : '',
    indicators
      .map(
        (i) =>
          `• ${i.name}: Ziel ${formatIndicatorValue(i.unit, i.target)}, erreicht ${formatIndicatorValue(i.unit, i.actual)} (${formatAchievement(i.achievement)}, ${INDICATOR_STATUS_LABELS[i.status]})`,
      )
      .join('\n'),
  ]
    .filter(Boolean)
    .join('\n');
  const missed = indicators.filter((i) => i.needsReason);
  const deviations =
    missed.length > 0
      ? missed
          .map(
            (i) =>
              `• ${i.name}: Zielwert ${formatIndicatorValue(i.unit, i.target)}, erreicht ${formatIndicatorValue(i.unit, i.actual)} (${formatAchievement(i.achievement)}).`,
          )
          .join('\n')
      : 'Keine Kennzahl verfehlt ihren Zielwert um mehr als 20 %.';
  const spendingText =
    spending.allocatedCents > 0
      ? `Für die Maßnahme waren ${formatCents(spending.allocatedCents)} vorgesehen; verausgabt wurden ${formatCents(spending.spentCents)} (${percentOf(spending.spentCents, spending.allocatedCents)}).` +
        spending.allocations
          .map((a) => `\n• ${a.code} ${a.name}: ${formatCents(a.spentCents)} von ${formatCents(a.plannedCents)}`)
          .join('')
      : `Auf die Maßnahme gebuchte Ausgaben: ${formatCents(spending.spentCents)}.`;
  const outlook = [
    m.sustained ? 'Die Maßnahme wird über den Förderzeitraum hinaus verstetigt.' : '',
    m.goodPractice ? 'Sie gilt als Beispiel guter Praxis.' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return {
    measureId: m.id,
    code: m.code,
    title: m.title,
    goal: m.goal,
    status: m.status,
    periodStart: m.periodStart,
    periodEnd: m.periodEnd,
    sections: {
      done: section(done),
      results: section(results),
      deviations: section(deviations),
      spending: section(spendingText),
      outlook: section(outlook),
    },
    events,
    participants: { registered: p.output.registered, checkedIn: p.output.checkedIn },
    byMunicipality: p.output.byMunicipality.map((r) => ({
      name: r.name,
      registered: r.registered,
      checkedIn: r.checkedIn,
    })),
    byOrganisationType: p.output.byOrganisationType,
    indicators,
    spending,
  };
}

/** A section staff changed keeps their text; an unchanged one takes the new suggestion. */
function mergeSection(previous: NarrativeSection | undefined, fresh: NarrativeSection): NarrativeSection {
  if (!previous || previous.text === previous.suggestion) return fresh;
  return { text: previous.text, suggestion: fresh.suggestion };
}

/**
 * Regenerating: the figures and suggestions come from the data, the texts staff wrote and the
 * reasons they gave stay (by measure, section and indicator). Measures no longer in the grant go.
 */
export function mergeBody(previous: NarrativeReportBody | null, fresh: NarrativeReportBody): NarrativeReportBody {
  if (!previous) return fresh;
  return {
    goals: mergeSection(previous.goals, fresh.goals),
    measures: fresh.measures.map((m) => {
      const old = previous.measures.find((o) => o.measureId === m.measureId);
      if (!old) return m;
      const sections = { ...m.sections };
      for (const key of NARRATIVE_MEASURE_SECTIONS) sections[key] = mergeSection(old.sections[key], m.sections[key]);
      return {
        ...m,
        sections,
        indicators: m.indicators.map((i) => ({
          ...i,
          reason: old.indicators.find((o) => o.indicatorId === i.indicatorId)?.reason ?? '',
        })),
      };
    }),
  };
}

/** Applies staff's changes; every measure or indicator that is not in the report is named. */
export function applyUpdate(
  body: NarrativeReportBody,
  update: UpdateNarrativeReport,
): { body: NarrativeReportBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const next: NarrativeReportBody = structuredClone(body);
  if (update.goals !== undefined) next.goals.text = update.goals;
  (update.measures ?? []).forEach((change, i) => {
    const measure = next.measures.find((m) => m.measureId === change.measureId);
    if (!measure) {
      errors.push({ path: `measures.${i}.measureId`, message: 'is not a measure of this report' });
      return;
    }
    for (const key of NARRATIVE_MEASURE_SECTIONS)
      if (change[key] !== undefined) measure.sections[key].text = change[key];
    (change.indicatorReasons ?? []).forEach((r, j) => {
      const indicator = measure.indicators.find((x) => x.indicatorId === r.indicatorId);
      if (!indicator)
        errors.push({
          path: `measures.${i}.indicatorReasons.${j}.indicatorId`,
          message: 'is not an indicator of this measure',
        });
      else indicator.reason = r.reason;
    });
  });
  return { body: next, errors };
}

/** Indicators that miss their target by more than 20 % without a written reason. */
export function missingReasons(body: NarrativeReportBody): NarrativeReport['missingReasons'] {
  return body.measures.flatMap((m) =>
    m.indicators
      .filter((i) => i.needsReason && i.reason.trim() === '')
      .map((i) => ({
        measureId: m.measureId,
        measureCode: m.code,
        indicatorId: i.indicatorId,
        name: i.name,
        achievement: i.achievement,
      })),
  );
}
