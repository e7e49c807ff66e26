import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LocalizedText, OrganisationType } from '@wir/shared';
import { berlinIsoDate } from '@wir/shared';
import { independentReads } from '#api/platform/database/independent-reads.util';
import { rawRows } from '#api/platform/database/raw-query.util';
import { instantFromRow, instantParam } from './instant-param.util';

const num = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
/** Ids come from our own tables; they are integers, so they may be written into the statement. */
const idList = (ids: number[]) => ids.map((id) => (Number.isSafeInteger(id) ? String(id) : '0')).join(',');

/** An optional window for the event start (the overview's year), as instants [from, to). */
export type StartWindow = { from: Date; to: Date } | null;

/** `startsOn`: the Berlin day of `startsAt` (what periods and years are cut by). */
export type ParticipantFact = {
  measureId: number;
  startsAt: Date;
  startsOn: string;
  municipalityId: number | null;
  organisationType: OrganisationType;
  registered: number;
  checkedIn: number;
};
export type SpendFact = { measureId: number; date: string; budgetLineId: number | null; cents: number };
export type ValueFact = {
  indicatorId: number;
  period: string;
  municipalityId: number | null;
  centi: number;
  sampleSize: number | null;
};
/** A submitted answer set of a survey (a feedback form): when, and the answers by question key. */
export type FeedbackFact = { surveyId: number; submittedAt: Date; answers: Record<string, unknown> };
export type ReachFact = {
  municipalityId: number | null;
  organisationType: OrganisationType;
  registered: number;
  checkedIn: number;
};

/**
 * The people of measures, once per measure and registration: a registration counts through a linked
 * event, or through a place in a linked workshop; a person in an event and in its workshop counts once
 * (the largest of their flags). `reg`: held a seat (confirmed, or checked in); `chk`: checked in (at
 * the event for a linked event, at the workshop itself for a linked workshop). Only fields that survive
 * anonymisation are read: status, check-in times, workshop places, municipality, organisation type.
 * Municipality and type ride along, so nothing joins back to the registrations. `$1`: end of asOf (exclusive).
 */
function peopleSql(measureIds: number[]): string {
  const ids = idList(measureIds);
  return `
    links AS (
      SELECT me.measure_id, r.id AS registration_id, e.starts_at, r.municipality_id, r.organisation_type,
             CASE WHEN r.status = 'confirmed' OR (r.checked_in_at IS NOT NULL AND r.checked_in_at < $1) THEN 1 ELSE 0 END AS reg,
             CASE WHEN r.checked_in_at IS NOT NULL AND r.checked_in_at < $1 THEN 1 ELSE 0 END AS chk
      FROM measure_events me
      JOIN events e ON e.id = me.event_id
      JOIN registrations r ON r.event_id = me.event_id
      WHERE me.measure_id IN (${ids}) AND r.created_at < $1
      UNION ALL
      SELECT mw.measure_id, r.id AS registration_id, w.starts_at, r.municipality_id, r.organisation_type,
             CASE WHEN rw.status = 'confirmed' OR (rw.checked_in_at IS NOT NULL AND rw.checked_in_at < $1) THEN 1 ELSE 0 END AS reg,
             CASE WHEN rw.checked_in_at IS NOT NULL AND rw.checked_in_at < $1 THEN 1 ELSE 0 END AS chk
      FROM measure_workshops mw
      JOIN workshops w ON w.id = mw.workshop_id
      JOIN registration_workshops rw ON rw.workshop_id = mw.workshop_id
      JOIN registrations r ON r.id = rw.registration_id
      WHERE mw.measure_id IN (${ids}) AND r.created_at < $1
    ),
    people AS MATERIALIZED (
      SELECT measure_id, registration_id, MIN(starts_at) AS starts_at, municipality_id, organisation_type, MAX(reg) AS reg, MAX(chk) AS chk
      FROM links GROUP BY measure_id, registration_id, municipality_id, organisation_type
    )`;
}

/** People per measure, by the start of what they attended, municipality and organisation type. */
const PER_MEASURE_SQL = `
  SELECT 'measure' AS kind, measure_id, starts_at, municipality_id, organisation_type, SUM(reg) AS registered, SUM(chk) AS checked_in
  FROM people WHERE reg = 1 OR chk = 1
  GROUP BY measure_id, starts_at, municipality_id, organisation_type`;

type PeopleRow = {
  kind: 'measure' | 'reach';
  measure_id: number | null;
  starts_at: Date | string | null;
  municipality_id: number | null;
  organisation_type: OrganisationType;
  registered: string | number;
  checked_in: string | number;
};

/** Rows to facts; the Berlin day of each start is worked out once per instant (Intl formatting is the slow part). */
function toParticipants(rows: PeopleRow[]): ParticipantFact[] {
  const days = new Map<number, string>();
  return rows.map((r) => {
    const startsAt = instantFromRow(r.starts_at!);
    let startsOn = days.get(startsAt.getTime());
    if (startsOn === undefined) days.set(startsAt.getTime(), (startsOn = berlinIsoDate(startsAt)));
    return {
      measureId: Number(r.measure_id),
      startsAt,
      startsOn,
      municipalityId: r.municipality_id === null ? null : Number(r.municipality_id),
      organisationType: r.organisation_type,
      registered: num(r.registered),
      checkedIn: num(r.checked_in),
    };
  });
}

/** The figures behind progress and the overview, aggregated in SQL (one statement per kind of fact). */
@Injectable()
export class OutcomeFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Distinct people per measure (see peopleSql). */
  async participants(manager: EntityManager | null, measureIds: number[], asOfEnd: Date): Promise<ParticipantFact[]> {
    if (measureIds.length === 0) return [];
    const m = this.m(manager);
    const rows = await rawRows<PeopleRow>(m, `WITH ${peopleSql(measureIds)} ${PER_MEASURE_SQL}`, [
      instantParam(m, asOfEnd),
    ]);
    return toParticipants(rows);
  }

  /**
   * In one statement (the links are read once): the people per measure, and the people over the
   * whole set of measures (one person reached by two measures counts once), the latter only for what
   * started within `window` (the overview's year) when one is given.
   */
  async participantsAndReach(
    manager: EntityManager | null,
    measureIds: number[],
    asOfEnd: Date,
    window: StartWindow,
  ): Promise<{ participants: ParticipantFact[]; reach: ReachFact[] }> {
    if (measureIds.length === 0) return { participants: [], reach: [] };
    const m = this.m(manager);
    const params: unknown[] = [instantParam(m, asOfEnd)];
    if (window) params.push(instantParam(m, window.from), instantParam(m, window.to));
    const rows = await rawRows<PeopleRow>(
      m,
      `WITH ${peopleSql(measureIds)},
       reached AS (
         SELECT municipality_id, organisation_type, MAX(reg) AS reg, MAX(chk) AS chk FROM people
         ${window ? 'WHERE starts_at >= $2 AND starts_at < $3' : ''}
         GROUP BY registration_id, municipality_id, organisation_type
       )
       ${PER_MEASURE_SQL}
       UNION ALL
       SELECT 'reach' AS kind, NULL, NULL, municipality_id, organisation_type, SUM(reg), SUM(chk)
       FROM reached WHERE reg = 1 OR chk = 1
       GROUP BY municipality_id, organisation_type`,
      params,
    );
    return {
      participants: toParticipants(rows.filter((r) => r.kind === 'measure')),
      reach: rows
        .filter((r) => r.kind === 'reach')
        .map((r) => ({
          municipalityId: r.municipality_id === null ? null : Number(r.municipality_id),
          organisationType: r.organisation_type,
          registered: num(r.registered),
          checkedIn: num(r.checked_in),
        })),
    };
  }

  /** Per linked event and workshop of one measure: people with a seat and checked in. */
  async outputs(manager: EntityManager | null, measureId: number, asOfEnd: Date) {
    const m = this.m(manager);
    const at = instantParam(m, asOfEnd);
    const [events, workshops] = await independentReads(manager ?? undefined, [
      () =>
        rawRows<{
          id: number;
          title: string;
          starts_at: Date | string;
          registered: string | number | null;
          checked_in: string | number | null;
        }>(
          m,
          `SELECT e.id, e.title, e.starts_at,
                  SUM(CASE WHEN r.id IS NOT NULL AND (r.status = 'confirmed' OR (r.checked_in_at IS NOT NULL AND r.checked_in_at < $2)) THEN 1 ELSE 0 END) AS registered,
                  SUM(CASE WHEN r.checked_in_at IS NOT NULL AND r.checked_in_at < $2 THEN 1 ELSE 0 END) AS checked_in
           FROM measure_events me JOIN events e ON e.id = me.event_id
           LEFT JOIN registrations r ON r.event_id = e.id AND r.created_at < $2
           WHERE me.measure_id = $1
           GROUP BY e.id, e.title, e.starts_at ORDER BY e.starts_at, e.id`,
          [measureId, at],
        ),
      () =>
        rawRows<{
          id: number;
          event_id: number;
          title: string;
          starts_at: Date | string;
          registered: string | number | null;
          checked_in: string | number | null;
        }>(
          m,
          `SELECT w.id, w.event_id, w.title, w.starts_at,
                  SUM(CASE WHEN r.id IS NOT NULL AND (rw.status = 'confirmed' OR (rw.checked_in_at IS NOT NULL AND rw.checked_in_at < $2)) THEN 1 ELSE 0 END) AS registered,
                  SUM(CASE WHEN r.id IS NOT NULL AND rw.checked_in_at IS NOT NULL AND rw.checked_in_at < $2 THEN 1 ELSE 0 END) AS checked_in
           FROM measure_workshops mw JOIN workshops w ON w.id = mw.workshop_id
           LEFT JOIN registration_workshops rw ON rw.workshop_id = w.id
           LEFT JOIN registrations r ON r.id = rw.registration_id AND r.created_at < $2
           WHERE mw.measure_id = $1
           GROUP BY w.id, w.event_id, w.title, w.starts_at ORDER BY w.starts_at, w.id`,
          [measureId, at],
        ),
    ] as const);
    const title = (t: string) => JSON.parse(t) as LocalizedText;
    return {
      events: events.map((e) => ({
        eventId: Number(e.id),
        title: title(e.title),
        startsAt: instantFromRow(e.starts_at).toISOString(),
        registered: num(e.registered),
        checkedIn: num(e.checked_in),
      })),
      workshops: workshops.map((w) => ({
        workshopId: Number(w.id),
        eventId: Number(w.event_id),
        title: title(w.title),
        startsAt: instantFromRow(w.starts_at).toISOString(),
        registered: num(w.registered),
        checkedIn: num(w.checked_in),
      })),
    };
  }

  /** Cents of the expense receipts booked on the measures, dated up to asOf (and within the year), by day and budget line. */
  async spend(
    manager: EntityManager | null,
    measureIds: number[],
    asOf: string,
    year: { from: string; to: string } | null = null,
  ): Promise<SpendFact[]> {
    if (measureIds.length === 0) return [];
    const params: unknown[] = [asOf];
    if (year) params.push(year.from, year.to);
    const rows = await rawRows<{
      measure_id: number;
      date: string;
      budget_line_id: number | null;
      cents: string | number;
    }>(
      this.m(manager),
      `SELECT measure_id, CAST(date AS TEXT) AS date, budget_line_id, SUM(amount_cents) AS cents FROM receipts
       WHERE measure_id IN (${idList(measureIds)}) AND kind = 'expense' AND date <= $1 ${year ? 'AND date >= $2 AND date <= $3' : ''}
       GROUP BY measure_id, date, budget_line_id`,
      params,
    );
    return rows.map((r) => ({
      measureId: Number(r.measure_id),
      date: r.date.slice(0, 10),
      budgetLineId: r.budget_line_id === null ? null : Number(r.budget_line_id),
      cents: num(r.cents),
    }));
  }

  /**
   * The submitted answers of the surveys feeding feedback indicators, up to `asOfEnd`. Read whole and
   * counted in code (answers are JSON); a feedback form has at most as many answers as its event had people.
   */
  async feedback(manager: EntityManager | null, surveyIds: number[], asOfEnd: Date): Promise<FeedbackFact[]> {
    if (surveyIds.length === 0) return [];
    const m = this.m(manager);
    const rows = await rawRows<{ survey_id: number; submitted_at: Date | string; answers: unknown }>(
      m,
      `SELECT survey_id, submitted_at, answers FROM survey_responses
       WHERE survey_id IN (${idList(surveyIds)}) AND submitted_at IS NOT NULL AND submitted_at < $1`,
      [instantParam(m, asOfEnd)],
    );
    return rows.map((r) => ({
      surveyId: Number(r.survey_id),
      submittedAt: instantFromRow(r.submitted_at),
      answers: (typeof r.answers === 'string' ? JSON.parse(r.answers) : (r.answers ?? {})) as Record<string, unknown>,
    }));
  }

  /** The current values (no entry supersedes them) of the measures' manual indicators. */
  async currentValues(manager: EntityManager | null, measureIds: number[]): Promise<ValueFact[]> {
    if (measureIds.length === 0) return [];
    const rows = await rawRows<{
      indicator_id: number;
      period: string;
      municipality_id: number | null;
      value_centi: string | number;
      sample_size: number | null;
    }>(
      this.m(manager),
      `SELECT v.indicator_id, v.period, v.municipality_id, v.value_centi, v.sample_size
       FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
       WHERE i.measure_id IN (${idList(measureIds)})
         AND NOT EXISTS (SELECT 1 FROM indicator_values s WHERE s.supersedes_id = v.id)`,
      [],
    );
    return rows.map((r) => ({
      indicatorId: Number(r.indicator_id),
      period: r.period,
      municipalityId: r.municipality_id === null ? null : Number(r.municipality_id),
      centi: num(r.value_centi),
      sampleSize: r.sample_size === null ? null : Number(r.sample_size),
    }));
  }
}
