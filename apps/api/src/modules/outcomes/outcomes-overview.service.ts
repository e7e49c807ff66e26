import { Injectable } from '@nestjs/common';
import type { IndicatorStatusCounts, OrganisationType, OutcomesOverview, OutcomesOverviewFilter } from '@wir/shared';
import { berlinDayEnd, divideRounded, todayIso } from '@wir/shared';
import {
  countStatuses,
  emptyCounts,
  groupBy,
  MeasureProgressService,
} from '#api/modules/measures/measure-progress.service';
import { MeasuresRepository } from '#api/modules/measures/measures.repository';
import { OutcomeFactsRepository } from '#api/modules/measures/outcome-facts.repository';

const addCounts = (a: IndicatorStatusCounts, b: IndicatorStatusCounts): IndicatorStatusCounts => ({
  achieved: a.achieved + b.achieved,
  on_track: a.on_track + b.on_track,
  behind: a.behind + b.behind,
  no_target: a.no_target + b.no_target,
});
const perHead = (cents: number, people: number) => (people > 0 ? divideRounded(cents, people) : null);

/**
 * The outcomes dashboard: per action field and measure the statuses of the indicators (as the
 * measure's own progress shows them at asOf), people reached and money spent. The figures are
 * aggregated in SQL; with `year`, only events of that year and receipts dated in it count.
 */
@Injectable()
export class OutcomesOverviewService {
  constructor(
    private readonly measures: MeasuresRepository,
    private readonly facts: OutcomeFactsRepository,
    private readonly progress: MeasureProgressService,
  ) {}

  async overview(filter: OutcomesOverviewFilter): Promise<OutcomesOverview> {
    const today = todayIso();
    const year = filter.year ?? null;
    const asOf = filter.asOf ?? (year !== null && `${year}-12-31` < today ? `${year}-12-31` : today);
    const rows = await this.measures.list(null, {
      year: filter.year,
      actionFieldId: filter.actionFieldId,
      grantId: filter.grantId,
    });
    const ids = rows.map((r) => r.id);
    const window =
      year === null ? null : { from: berlinDayEnd(`${year - 1}-12-31`), to: berlinDayEnd(`${year}-12-31`) };
    const inYear = (day: string) => year === null || day.startsWith(`${year}-`);
    // People and spend are read once for all measures: unrestricted for the statuses, filtered by the year for the figures.
    const [{ participants, reach }, spendAll, links, actionFields, names] = await Promise.all([
      this.facts.participantsAndReach(null, ids, berlinDayEnd(asOf), window),
      this.facts.spend(null, ids, asOf),
      this.measures.linksOf(null, ids),
      this.measures.actionFields(null),
      this.measures.municipalityNames(null),
    ]);
    const { evaluations } = await this.progress.evaluate(rows, asOf, { participants, spend: spendAll });
    const peopleOf = groupBy(
      participants.filter((p) => inYear(p.startsOn)),
      (p) => p.measureId,
    );
    const spendOf = groupBy(
      spendAll.filter((x) => inYear(x.date)),
      (x) => x.measureId,
    );

    const measures = rows.map((r) => {
      const l = links.get(r.id)!;
      const statusCounts = countStatuses(evaluations.get(r.id)!);
      const own = peopleOf.get(r.id) ?? [];
      const checkedIn = own.reduce((s, p) => s + p.checkedIn, 0);
      const spentCents = (spendOf.get(r.id) ?? []).reduce((s, x) => s + x.cents, 0);
      return {
        measureId: r.id,
        code: r.code,
        title: r.title,
        status: r.status,
        actionFieldIds: l.actionFieldIds,
        grantId: r.grantId,
        statusCounts,
        allocatedCents: l.budgetAllocations.reduce((s, a) => s + a.plannedCents, 0),
        spentCents,
        registered: own.reduce((s, p) => s + p.registered, 0),
        checkedIn,
        costPerParticipantCents: perHead(spentCents, checkedIn),
      };
    });

    const fields = actionFields
      .filter((f) => filter.actionFieldId === undefined || f.id === filter.actionFieldId)
      .map((f) => {
        const mine = measures.filter((x) => x.actionFieldIds.includes(f.id));
        return {
          actionFieldId: f.id,
          name: f.name,
          measureCount: mine.length,
          statusCounts: mine.reduce((c, x) => addCounts(c, x.statusCounts), emptyCounts()),
        };
      });

    const byMunicipality = new Map<number | null, { registered: number; checkedIn: number }>();
    const byType = new Map<OrganisationType, { registered: number; checkedIn: number }>();
    for (const r of reach) {
      const a = byMunicipality.get(r.municipalityId) ?? { registered: 0, checkedIn: 0 };
      byMunicipality.set(r.municipalityId, {
        registered: a.registered + r.registered,
        checkedIn: a.checkedIn + r.checkedIn,
      });
      const b = byType.get(r.organisationType) ?? { registered: 0, checkedIn: 0 };
      byType.set(r.organisationType, { registered: b.registered + r.registered, checkedIn: b.checkedIn + r.checkedIn });
    }
    const spentCents = measures.reduce((s, x) => s + x.spentCents, 0);
    const checkedIn = reach.reduce((s, r) => s + r.checkedIn, 0);
    return {
      asOf,
      year,
      actionFields: fields,
      measures,
      participantsByMunicipality: [...byMunicipality]
        .map(([municipalityId, v]) => ({
          municipalityId,
          name: municipalityId === null ? null : (names.get(municipalityId) ?? null),
          ...v,
        }))
        .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'de')),
      participantsByOrganisationType: [...byType]
        .map(([type, v]) => ({ type, ...v }))
        .sort((a, b) => a.type.localeCompare(b.type)),
      totals: {
        measures: measures.length,
        indicators: [...evaluations.values()].reduce((s, list) => s + list.length, 0),
        statusCounts: measures.reduce((c, x) => addCounts(c, x.statusCounts), emptyCounts()),
        allocatedCents: measures.reduce((s, x) => s + x.allocatedCents, 0),
        spentCents,
        registered: reach.reduce((s, r) => s + r.registered, 0),
        checkedIn,
        costPerParticipantCents: perHead(spentCents, checkedIn),
      },
    };
  }
}
