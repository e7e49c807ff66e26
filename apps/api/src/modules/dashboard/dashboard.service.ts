import { Injectable } from '@nestjs/common';
import type { Actor } from '#api/platform/auth/actor';
import type {
  DashboardEvents,
  DashboardFilter,
  DashboardGrants,
  DashboardOutcomes,
  DashboardPanel,
  DashboardSurveys,
  IndicatorStatusCounts,
} from '@wir/shared';
import { DASHBOARD_WEEKS, berlinDayEnd, dashboardPanelsFor, dashboardShowsSignOff, todayIso } from '@wir/shared';
import { DomainError } from '#api/platform/errors/domain.error';
import { percentOf } from '#api/modules/grants/budget-status.util';
import { GrantsService } from '#api/modules/grants/grants.service';
import { elapsedShare } from '#api/modules/measures/indicator-progress.util';
import { OutcomesOverviewService } from '#api/modules/outcomes/outcomes-overview.service';
import { DashboardRepository, type EventScope } from './dashboard.repository';
import { measureRollupStatus, weekStarts } from './dashboard.util';

/** The oldest receipts shown under "waiting for your sign-off". */
const SIGN_OFF_SHOWN = 5;

type Scope = { year: number; actionFieldId: number | null; asOf: string };

/**
 * The start page's panels. Each is read on its own (the page streams them); the roles that see a panel
 * are decided by `dashboardPanelsFor` (libs/shared), which the admin uses to choose what to draw.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repo: DashboardRepository,
    private readonly grantsService: GrantsService,
    private readonly outcomes: OutcomesOverviewService,
  ) {}

  /** The filter as applied: the year defaults to the current one; asOf is today, or the year's last day once it is over. */
  private scope(actor: Actor, panel: DashboardPanel, filter: DashboardFilter): Scope {
    if (!dashboardPanelsFor(actor.roles).includes(panel))
      throw new DomainError('forbidden', `The ${panel} panel is not shown to your roles.`);
    const today = todayIso();
    const year = filter.year ?? Number(today.slice(0, 4));
    return {
      year,
      actionFieldId: filter.actionFieldId ?? null,
      asOf: `${year}-12-31` < today ? `${year}-12-31` : today,
    };
  }

  private eventScope(s: Scope): EventScope {
    return {
      from: berlinDayEnd(`${s.year - 1}-12-31`),
      to: berlinDayEnd(`${s.year}-12-31`),
      actionFieldId: s.actionFieldId,
    };
  }

  async events(actor: Actor, filter: DashboardFilter): Promise<DashboardEvents> {
    const s = this.scope(actor, 'events', filter);
    const scope = this.eventScope(s);
    const now = new Date();
    const weeks = weekStarts(s.asOf, DASHBOARD_WEEKS);
    // Window i runs from Monday 00:00 (Berlin) of week i to that of the next week.
    const bounds = [
      ...weeks.map((monday) => berlinDayEnd(previousDay(monday))),
      berlinDayEnd(addDays(weeks[weeks.length - 1], 6)),
    ];
    const upcoming = await this.repo.upcomingEvents(scope, now);
    const workshops = await this.repo.workshopsToWatch(scope, now);
    const perWeek = await this.repo.registrationsPerWindow(scope, bounds);
    const past = await this.repo.pastEvents(scope, now);
    return {
      ...s,
      upcoming,
      workshops: workshops.map((w) => ({
        ...w,
        state: w.confirmed >= w.capacity ? ('full' as const) : ('nearly_empty' as const),
      })),
      registrationsPerWeek: weeks.map((weekStart, i) => ({ weekStart, count: perWeek[i] })),
      pastEvents: past.map((p) => ({ ...p, checkInPercent: percentOf(p.checkedIn, p.confirmed) })),
    };
  }

  async grants(actor: Actor, filter: DashboardFilter): Promise<DashboardGrants> {
    const s = this.scope(actor, 'grants', filter);
    const today = todayIso();
    const rows = await this.repo.grantsInScope({
      from: `${s.year}-01-01`,
      to: `${s.year}-12-31`,
      actionFieldId: s.actionFieldId,
    });
    const drawdowns = await this.repo.openDrawdowns(rows.map((g) => g.grantId));
    const grants: DashboardGrants['grants'] = [];
    const flaggedLines: DashboardGrants['flaggedLines'] = [];
    for (const g of rows) {
      // The grant's own rules (budget-status.util): everything booked for the running year, up to its last day for a past one.
      const status = await this.grantsService.budgetStatus(g.grantId, s.asOf < today ? s.asOf : undefined);
      const current = status.asOf.slice(0, 7);
      grants.push({
        grantId: g.grantId,
        title: g.title,
        periodStart: g.periodStart,
        periodEnd: g.periodEnd,
        plannedCents: status.totals.plannedCents,
        actualCents: status.totals.actualCents,
        utilisationPercent: status.totals.utilisationPercent,
        elapsedPercent: Math.round(elapsedShare(g.periodStart, g.periodEnd, s.asOf) * 1000) / 10,
        months: status.months.map((m) => ({
          month: m.month,
          cumulativeCents: m.month <= current ? m.cumulativeCents : null,
          plannedCumulativeCents: m.plannedCumulativeCents,
        })),
        openDrawdowns: drawdowns
          .filter((d) => d.grantId === g.grantId)
          .map(({ drawdownId, requestedOn, requestedCents }) => ({ drawdownId, requestedOn, requestedCents })),
        callableCents: Math.max(0, status.entitlementCents - status.drawdowns.requestedCents),
      });
      for (const line of status.lines) {
        if (line.status !== 'needs_consent' && line.status !== 'over_total') continue;
        flaggedLines.push({
          grantId: g.grantId,
          grantTitle: g.title,
          budgetLineId: line.budgetLineId,
          code: line.code,
          name: line.name,
          plannedCents: line.plannedCents,
          actualCents: line.actualCents,
          status: line.status,
          consentCovers: line.consent?.covers ?? null,
        });
      }
    }
    let signOff: DashboardGrants['signOff'] = null;
    if (dashboardShowsSignOff(actor.roles)) {
      const { count, oldest } = await this.repo.signableReceipts(actor.id, SIGN_OFF_SHOWN);
      signOff = {
        count,
        oldest: oldest.map(({ factualBy, ...r }) => ({
          ...r,
          nextStep: factualBy === null ? ('factual' as const) : ('arithmetic' as const),
        })),
      };
    }
    return { ...s, grants, flaggedLines, signOff };
  }

  async outcomesPanel(actor: Actor, filter: DashboardFilter): Promise<DashboardOutcomes> {
    const s = this.scope(actor, 'outcomes', filter);
    const overview = await this.outcomes.overview({
      year: s.year,
      actionFieldId: s.actionFieldId ?? undefined,
      asOf: s.asOf,
    });
    const municipalities = await this.repo.municipalities();
    const statusOf = new Map(overview.measures.map((m) => [m.measureId, measureRollupStatus(m.statusCounts)]));
    const actionFields = overview.actionFields.map((f) => {
      const counts: IndicatorStatusCounts = { achieved: 0, on_track: 0, behind: 0, no_target: 0 };
      for (const m of overview.measures)
        if (m.actionFieldIds.includes(f.actionFieldId)) counts[statusOf.get(m.measureId)!]++;
      return { actionFieldId: f.actionFieldId, name: f.name, measures: f.measureCount, counts };
    });
    const reached = new Map(overview.participantsByMunicipality.map((p) => [p.municipalityId, p]));
    const participantsByMunicipality: DashboardOutcomes['participantsByMunicipality'] = municipalities.map((m) => ({
      municipalityId: m.id,
      name: m.name,
      registered: reached.get(m.id)?.registered ?? 0,
      checkedIn: reached.get(m.id)?.checkedIn ?? 0,
    }));
    const without = reached.get(null);
    if (without)
      participantsByMunicipality.push({
        municipalityId: null,
        name: null,
        registered: without.registered,
        checkedIn: without.checkedIn,
      });
    return {
      ...s,
      actionFields,
      participantsByMunicipality,
      measures: overview.measures.map((m) => ({
        measureId: m.measureId,
        code: m.code,
        title: m.title,
        status: statusOf.get(m.measureId)!,
        spentCents: m.spentCents,
        checkedIn: m.checkedIn,
        costPerParticipantCents: m.costPerParticipantCents,
      })),
    };
  }

  async surveys(actor: Actor, filter: DashboardFilter): Promise<DashboardSurveys> {
    const s = this.scope(actor, 'surveys', filter);
    const open = await this.repo.openSurveys(new Date());
    const rates = await this.repo.invitationRates(open.map((x) => x.surveyId));
    return {
      ...s,
      surveys: open.map((survey) => {
        const rows = rates
          .filter((r) => r.surveyId === survey.surveyId)
          .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'de'))
          .map(({ municipalityId, name, invited, submitted }) => ({
            municipalityId,
            name,
            invited,
            submitted,
            responsePercent: percentOf(submitted, invited),
          }));
        const invited = rows.reduce((n, r) => n + r.invited, 0);
        const submitted = rows.reduce((n, r) => n + r.submitted, 0);
        return { ...survey, invited, submitted, responsePercent: percentOf(submitted, invited), municipalities: rows };
      }),
    };
  }
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
const previousDay = (isoDate: string) => addDays(isoDate, -1);
