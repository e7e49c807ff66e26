import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LocalizedText } from '@wir/shared';
import { DASHBOARD_LIST_LIMIT, NEARLY_EMPTY_PERCENT } from '@wir/shared';
import { rawRows } from '#api/platform/database/raw-query.util';
import { instantFromRow, instantParam } from '#api/modules/measures/instant-param.util';

type Instant = Date | string;
const num = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
const text = (v: unknown): LocalizedText =>
  typeof v === 'string' ? (JSON.parse(v) as LocalizedText) : (v as LocalizedText);
const iso = (v: Instant) => instantFromRow(v).toISOString();

/** Which events count: not drafts, starting in [from, to), and (with an action field) linked to one of its measures. */
export type EventScope = { from: Date; to: Date; actionFieldId: number | null };
export type GrantScope = { from: string; to: string; actionFieldId: number | null };

export type UpcomingEventRow = {
  eventId: number;
  title: LocalizedText;
  startsAt: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
};
export type WorkshopRow = {
  workshopId: number;
  eventId: number;
  eventTitle: LocalizedText;
  title: LocalizedText;
  startsAt: string;
  capacity: number;
  confirmed: number;
};
export type PastEventRow = {
  eventId: number;
  title: LocalizedText;
  startsAt: string;
  confirmed: number;
  checkedIn: number;
};
export type GrantRow = { grantId: number; title: string; periodStart: string; periodEnd: string };
export type OpenDrawdownRow = { drawdownId: number; grantId: number; requestedOn: string; requestedCents: number };
export type SignOffRow = {
  receiptId: number;
  grantId: number;
  grantTitle: string;
  receiptNumber: string;
  date: string;
  amountCents: number;
  factualBy: number | null;
};
export type OpenSurveyRow = { surveyId: number; title: LocalizedText; closesAt: string | null };
export type InvitationRateRow = {
  surveyId: number;
  municipalityId: number | null;
  name: string | null;
  invited: number;
  submitted: number;
};

/** The start page's reads: every figure counted in SQL, lists bounded by DASHBOARD_LIST_LIMIT. */
@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get m(): EntityManager {
    return this.dataSource.manager;
  }

  /** `e` is the event; parameters from `$first` on. */
  private eventFilter(scope: EventScope, first: number): { sql: string; params: unknown[] } {
    const params: unknown[] = [instantParam(this.m, scope.from), instantParam(this.m, scope.to)];
    let sql = ` AND e.status <> 'draft' AND e.starts_at >= $${first} AND e.starts_at < $${first + 1}`;
    if (scope.actionFieldId !== null) {
      sql += ` AND EXISTS (SELECT 1 FROM measure_events me JOIN measure_action_fields maf ON maf.measure_id = me.measure_id
                           WHERE me.event_id = e.id AND maf.action_field_id = $${first + 2})`;
      params.push(scope.actionFieldId);
    }
    return { sql, params };
  }

  async upcomingEvents(scope: EventScope, now: Date): Promise<UpcomingEventRow[]> {
    const f = this.eventFilter(scope, 2);
    const rows = await rawRows<{
      id: number;
      title: unknown;
      starts_at: Instant;
      capacity: number;
      confirmed_count: number;
      waitlisted: string | number | null;
    }>(
      this.m,
      `SELECT e.id, e.title, e.starts_at, e.capacity, e.confirmed_count,
              (SELECT COUNT(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted') AS waitlisted
       FROM events e WHERE e.ends_at >= $1${f.sql}
       ORDER BY e.starts_at, e.id LIMIT ${DASHBOARD_LIST_LIMIT}`,
      [instantParam(this.m, now), ...f.params],
    );
    return rows.map((r) => ({
      eventId: Number(r.id),
      title: text(r.title),
      startsAt: iso(r.starts_at),
      capacity: num(r.capacity),
      confirmed: num(r.confirmed_count),
      waitlisted: num(r.waitlisted),
    }));
  }

  /** Workshops of events not over yet that are full or have fewer than NEARLY_EMPTY_PERCENT % of their seats taken. */
  async workshopsToWatch(scope: EventScope, now: Date): Promise<WorkshopRow[]> {
    const f = this.eventFilter(scope, 2);
    const rows = await rawRows<{
      id: number;
      event_id: number;
      event_title: unknown;
      title: unknown;
      starts_at: Instant;
      capacity: number;
      confirmed_count: number;
    }>(
      this.m,
      `SELECT w.id, w.event_id, e.title AS event_title, w.title, w.starts_at, w.capacity, w.confirmed_count
       FROM workshops w JOIN events e ON e.id = w.event_id
       WHERE e.ends_at >= $1${f.sql}
         AND (w.confirmed_count >= w.capacity OR w.confirmed_count * 100 < w.capacity * ${NEARLY_EMPTY_PERCENT})
       ORDER BY w.starts_at, w.id LIMIT ${DASHBOARD_LIST_LIMIT}`,
      [instantParam(this.m, now), ...f.params],
    );
    return rows.map((r) => ({
      workshopId: Number(r.id),
      eventId: Number(r.event_id),
      eventTitle: text(r.event_title),
      title: text(r.title),
      startsAt: iso(r.starts_at),
      capacity: num(r.capacity),
      confirmed: num(r.confirmed_count),
    }));
  }

  /** New registrations of the scoped events per window [bounds[i], bounds[i + 1]): one aggregate row, a column per window. */
  async registrationsPerWindow(scope: EventScope, bounds: Date[]): Promise<number[]> {
    const windows = bounds.length - 1;
    const p = (i: number) => `$${i + 1}`;
    const columns = Array.from(
      { length: windows },
      (_, i) => `SUM(CASE WHEN r.created_at >= ${p(i)} AND r.created_at < ${p(i + 1)} THEN 1 ELSE 0 END) AS w${i}`,
    );
    const f = this.eventFilter(scope, bounds.length + 1);
    const [row] = await rawRows<Record<string, string | number | null>>(
      this.m,
      `SELECT ${columns.join(', ')} FROM registrations r JOIN events e ON e.id = r.event_id
       WHERE r.created_at >= $1 AND r.created_at < ${p(windows)}${f.sql}`,
      [...bounds.map((b) => instantParam(this.m, b)), ...f.params],
    );
    return Array.from({ length: windows }, (_, i) => num(row?.[`w${i}`]));
  }

  /** Events over by `now`, latest first: confirmed registrations and how many of them were checked in. */
  async pastEvents(scope: EventScope, now: Date): Promise<PastEventRow[]> {
    const f = this.eventFilter(scope, 2);
    const rows = await rawRows<{
      id: number;
      title: unknown;
      starts_at: Instant;
      confirmed: string | number | null;
      checked_in: string | number | null;
    }>(
      this.m,
      `SELECT e.id, e.title, e.starts_at,
              SUM(CASE WHEN r.status = 'confirmed' THEN 1 ELSE 0 END) AS confirmed,
              SUM(CASE WHEN r.status = 'confirmed' AND r.checked_in_at IS NOT NULL THEN 1 ELSE 0 END) AS checked_in
       FROM events e LEFT JOIN registrations r ON r.event_id = e.id
       WHERE e.ends_at < $1${f.sql}
       GROUP BY e.id, e.title, e.starts_at
       ORDER BY e.starts_at DESC, e.id DESC LIMIT ${DASHBOARD_LIST_LIMIT}`,
      [instantParam(this.m, now), ...f.params],
    );
    return rows.map((r) => ({
      eventId: Number(r.id),
      title: text(r.title),
      startsAt: iso(r.starts_at),
      confirmed: num(r.confirmed),
      checkedIn: num(r.checked_in),
    }));
  }

  /** Grants whose funding period overlaps [from, to] (and, with an action field, that fund one of its measures). */
  async grantsInScope(scope: GrantScope): Promise<GrantRow[]> {
    const params: unknown[] = [scope.to, scope.from];
    let sql = `SELECT g.id, g.title, CAST(g.period_start AS TEXT) AS period_start, CAST(g.period_end AS TEXT) AS period_end
               FROM grants g WHERE g.period_start <= $1 AND g.period_end >= $2`;
    if (scope.actionFieldId !== null) {
      sql += ` AND EXISTS (SELECT 1 FROM measures ms JOIN measure_action_fields maf ON maf.measure_id = ms.id WHERE ms.grant_id = g.id AND maf.action_field_id = $3)`;
      params.push(scope.actionFieldId);
    }
    const rows = await rawRows<{ id: number; title: string; period_start: string; period_end: string }>(
      this.m,
      `${sql} ORDER BY g.period_start, g.id LIMIT ${DASHBOARD_LIST_LIMIT}`,
      params,
    );
    return rows.map((r) => ({
      grantId: Number(r.id),
      title: r.title,
      periodStart: r.period_start.slice(0, 10),
      periodEnd: r.period_end.slice(0, 10),
    }));
  }

  /** Drawdowns requested and not received yet, of these grants, oldest first. */
  async openDrawdowns(grantIds: number[]): Promise<OpenDrawdownRow[]> {
    if (grantIds.length === 0) return [];
    const rows = await rawRows<{ id: number; grant_id: number; requested_on: string; requested_cents: number }>(
      this.m,
      `SELECT id, grant_id, CAST(requested_on AS TEXT) AS requested_on, requested_cents FROM drawdowns
       WHERE grant_id IN (${grantIds.map(Number).join(', ')}) AND received_cents IS NULL ORDER BY requested_on, id`,
      [],
    );
    return rows.map((r) => ({
      drawdownId: Number(r.id),
      grantId: Number(r.grant_id),
      requestedOn: r.requested_on.slice(0, 10),
      requestedCents: num(r.requested_cents),
    }));
  }

  /**
   * Receipts `userId` may sign now, as the sign-off queue decides canSign: no "rechnerisch richtig" yet, and
   * either no "sachlich richtig" yet or one by somebody else (four eyes). The count and the oldest few.
   */
  async signableReceipts(userId: number, limit: number): Promise<{ count: number; oldest: SignOffRow[] }> {
    const where = `r.arithmetic_by IS NULL AND (r.factual_by IS NULL OR r.factual_by <> $1)`;
    const [counted] = await rawRows<{ n: string | number }>(
      this.m,
      `SELECT COUNT(*) AS n FROM receipts r WHERE ${where}`,
      [userId],
    );
    const rows = await rawRows<{
      id: number;
      grant_id: number;
      grant_title: string;
      receipt_number: string;
      date: string;
      amount_cents: number;
      factual_by: number | null;
    }>(
      this.m,
      `SELECT r.id, r.grant_id, g.title AS grant_title, r.receipt_number, CAST(r.date AS TEXT) AS date, r.amount_cents, r.factual_by
       FROM receipts r JOIN grants g ON g.id = r.grant_id WHERE ${where} ORDER BY r.date, r.id LIMIT ${Number(limit)}`,
      [userId],
    );
    return {
      count: num(counted?.n),
      oldest: rows.map((r) => ({
        receiptId: Number(r.id),
        grantId: Number(r.grant_id),
        grantTitle: r.grant_title,
        receiptNumber: r.receipt_number,
        date: r.date.slice(0, 10),
        amountCents: num(r.amount_cents),
        factualBy: r.factual_by === null ? null : Number(r.factual_by),
      })),
    };
  }

  /** Every municipality, by name. */
  async municipalities(): Promise<{ id: number; name: string }[]> {
    const rows = await rawRows<{ id: number; name: string }>(this.m, 'SELECT id, name FROM municipalities', []);
    return rows.map((r) => ({ id: Number(r.id), name: r.name })).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  /** Questionnaires with invitations that are open at `now`, closing soonest first. */
  async openSurveys(now: Date): Promise<OpenSurveyRow[]> {
    const rows = await rawRows<{ id: number; title: unknown; closes_at: Instant | null }>(
      this.m,
      `SELECT s.id, s.title, s.closes_at FROM surveys s
       WHERE s.status = 'open' AND s.mode = 'invited' AND (s.closes_at IS NULL OR s.closes_at > $1)
       ORDER BY CASE WHEN s.closes_at IS NULL THEN 1 ELSE 0 END, s.closes_at, s.id LIMIT ${DASHBOARD_LIST_LIMIT}`,
      [instantParam(this.m, now)],
    );
    return rows.map((r) => ({
      surveyId: Number(r.id),
      title: text(r.title),
      closesAt: r.closes_at === null ? null : iso(r.closes_at),
    }));
  }

  /** Per survey and invited municipality: invitations not revoked, and how many of them submitted an answer. */
  async invitationRates(surveyIds: number[]): Promise<InvitationRateRow[]> {
    if (surveyIds.length === 0) return [];
    const rows = await rawRows<{
      survey_id: number;
      municipality_id: number | null;
      name: string | null;
      invited: string | number;
      submitted: string | number | null;
    }>(
      this.m,
      `SELECT a.survey_id, a.municipality_id, mu.name, COUNT(*) AS invited,
              SUM(CASE WHEN EXISTS (SELECT 1 FROM survey_responses r WHERE r.invitation_id = a.id AND r.submitted_at IS NOT NULL) THEN 1 ELSE 0 END) AS submitted
       FROM survey_invitations a LEFT JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE a.survey_id IN (${surveyIds.map(Number).join(', ')}) AND a.revoked_at IS NULL
       GROUP BY a.survey_id, a.municipality_id, mu.name`,
      [],
    );
    return rows.map((r) => ({
      surveyId: Number(r.survey_id),
      municipalityId: r.municipality_id === null ? null : Number(r.municipality_id),
      name: r.name,
      invited: num(r.invited),
      submitted: num(r.submitted),
    }));
  }
}
