import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LocalizedText, OrganisationType } from '@wir/shared';
import { rawRows } from '../../platform/database/raw-query.util';
import { instantFromRow, instantParam } from './berlin-day.util';

const num = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
/** Ids come from our own tables; they are integers, so they may be written into the statement. */
const idList = (ids: number[]) => ids.map((id) => (Number.isSafeInteger(id) ? String(id) : '0')).join(',');

/** An optional window for the event start (the overview's year), as instants [from, to). */
export type StartWindow = { from: Date; to: Date } | null;

export type ParticipantFact = { measureId: number; startsAt: Date; municipalityId: number | null; organisationType: OrganisationType; registered: number; checkedIn: number };
export type SpendFact = { measureId: number; date: string; budgetLineId: number | null; cents: number };
export type ValueFact = { indicatorId: number; period: string; municipalityId: number | null; centi: number; sampleSize: number | null };
export type ReachFact = { municipalityId: number | null; organisationType: OrganisationType; registered: number; checkedIn: number };

/**
 * The links of measures to people: a registration counts for a measure through a linked event, or
 * through a place in a linked workshop. `reg`: it held a seat (confirmed, or was checked in);
 * `chk`: checked in (at the event for a linked event, at the workshop itself for a linked workshop).
 * Only fields that survive anonymisation are read: status, the check-in times, municipality and
 * organisation type. `$1`: end of asOf (exclusive).
 */
function linksSql(measureIds: number[], window: StartWindow, firstWindowParam: number): string {
  const ids = idList(measureIds);
  const onEvent = window ? `AND e.starts_at >= $${firstWindowParam} AND e.starts_at < $${firstWindowParam + 1}` : '';
  const onWorkshop = window ? `AND w.starts_at >= $${firstWindowParam} AND w.starts_at < $${firstWindowParam + 1}` : '';
  return `
    SELECT me.measure_id, r.id AS registration_id, e.starts_at,
           CASE WHEN r.status = 'confirmed' OR (r.checked_in_at IS NOT NULL AND r.checked_in_at < $1) THEN 1 ELSE 0 END AS reg,
           CASE WHEN r.checked_in_at IS NOT NULL AND r.checked_in_at < $1 THEN 1 ELSE 0 END AS chk
    FROM measure_events me
    JOIN events e ON e.id = me.event_id
    JOIN registrations r ON r.event_id = me.event_id
    WHERE me.measure_id IN (${ids}) AND r.created_at < $1 ${onEvent}
    UNION ALL
    SELECT mw.measure_id, r.id AS registration_id, w.starts_at,
           CASE WHEN rw.status = 'confirmed' OR (rw.checked_in_at IS NOT NULL AND rw.checked_in_at < $1) THEN 1 ELSE 0 END AS reg,
           CASE WHEN rw.checked_in_at IS NOT NULL AND rw.checked_in_at < $1 THEN 1 ELSE 0 END AS chk
    FROM measure_workshops mw
    JOIN workshops w ON w.id = mw.workshop_id
    JOIN registration_workshops rw ON rw.workshop_id = mw.workshop_id
    JOIN registrations r ON r.id = rw.registration_id
    WHERE mw.measure_id IN (${ids}) AND r.created_at < $1 ${onWorkshop}`;
}

/** The figures behind progress and the overview, aggregated in SQL (one statement per kind of fact). */
@Injectable()
export class OutcomeFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /**
   * Distinct people per measure (a person in an event and in its workshop counts once), by the start
   * of what they attended, municipality and organisation type.
   */
  async participants(measureIds: number[], asOfEnd: Date, window: StartWindow = null, manager?: EntityManager): Promise<ParticipantFact[]> {
    if (measureIds.length === 0) return [];
    const m = this.m(manager);
    const params: unknown[] = [instantParam(m, asOfEnd)];
    if (window) params.push(instantParam(m, window.from), instantParam(m, window.to));
    const rows = await rawRows<{ measure_id: number; starts_at: Date | string; municipality_id: number | null; organisation_type: OrganisationType; registered: string | number; checked_in: string | number }>(
      m,
      `WITH links AS (${linksSql(measureIds, window, 2)}),
       people AS (
         SELECT measure_id, registration_id, MIN(starts_at) AS starts_at, MAX(reg) AS reg, MAX(chk) AS chk
         FROM links GROUP BY measure_id, registration_id
       )
       SELECT p.measure_id, p.starts_at, r.municipality_id, r.organisation_type, SUM(p.reg) AS registered, SUM(p.chk) AS checked_in
       FROM people p JOIN registrations r ON r.id = p.registration_id
       WHERE p.reg = 1 OR p.chk = 1
       GROUP BY p.measure_id, p.starts_at, r.municipality_id, r.organisation_type`,
      params,
    );
    return rows.map((r) => ({
      measureId: Number(r.measure_id),
      startsAt: instantFromRow(r.starts_at),
      municipalityId: r.municipality_id === null ? null : Number(r.municipality_id),
      organisationType: r.organisation_type,
      registered: num(r.registered),
      checkedIn: num(r.checked_in),
    }));
  }

  /** Distinct people over a whole set of measures (one person reached by two measures counts once). */
  async reach(measureIds: number[], asOfEnd: Date, window: StartWindow = null, manager?: EntityManager): Promise<ReachFact[]> {
    if (measureIds.length === 0) return [];
    const m = this.m(manager);
    const params: unknown[] = [instantParam(m, asOfEnd)];
    if (window) params.push(instantParam(m, window.from), instantParam(m, window.to));
    const rows = await rawRows<{ municipality_id: number | null; organisation_type: OrganisationType; registered: string | number; checked_in: string | number }>(
      m,
      `WITH links AS (${linksSql(measureIds, window, 2)}),
       people AS (SELECT registration_id, MAX(reg) AS reg, MAX(chk) AS chk FROM links GROUP BY registration_id)
       SELECT r.municipality_id, r.organisation_type, SUM(p.reg) AS registered, SUM(p.chk) AS checked_in
       FROM people p JOIN registrations r ON r.id = p.registration_id
       WHERE p.reg = 1 OR p.chk = 1
       GROUP BY r.municipality_id, r.organisation_type`,
      params,
    );
    return rows.map((r) => ({
      municipalityId: r.municipality_id === null ? null : Number(r.municipality_id),
      organisationType: r.organisation_type,
      registered: num(r.registered),
      checkedIn: num(r.checked_in),
    }));
  }

  /** Per linked event and workshop of one measure: people with a seat and checked in. */
  async outputs(measureId: number, asOfEnd: Date, manager?: EntityManager) {
    const m = this.m(manager);
    const at = instantParam(m, asOfEnd);
    const [events, workshops] = await Promise.all([
      rawRows<{ id: number; title: string; starts_at: Date | string; registered: string | number | null; checked_in: string | number | null }>(
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
      rawRows<{ id: number; event_id: number; title: string; starts_at: Date | string; registered: string | number | null; checked_in: string | number | null }>(
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
    ]);
    const title = (t: string) => JSON.parse(t) as LocalizedText;
    return {
      events: events.map((e) => ({ eventId: Number(e.id), title: title(e.title), startsAt: instantFromRow(e.starts_at).toISOString(), registered: num(e.registered), checkedIn: num(e.checked_in) })),
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
  async spend(measureIds: number[], asOf: string, year: { from: string; to: string } | null = null, manager?: EntityManager): Promise<SpendFact[]> {
    if (measureIds.length === 0) return [];
    const params: unknown[] = [asOf];
    if (year) params.push(year.from, year.to);
    const rows = await rawRows<{ measure_id: number; date: string; budget_line_id: number | null; cents: string | number }>(
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

  /** The current values (no entry supersedes them) of the measures' manual indicators. */
  async currentValues(measureIds: number[], manager?: EntityManager): Promise<ValueFact[]> {
    if (measureIds.length === 0) return [];
    const rows = await rawRows<{ indicator_id: number; period: string; municipality_id: number | null; value_centi: string | number; sample_size: number | null }>(
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
