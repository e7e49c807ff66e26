import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LocalizedText, PublicLanguage, SurveyMode, SurveyStatus } from '@wir/shared';
import { rawRows } from '#api/platform/database/raw-query.util';
import { instantFromRow, instantParam } from '#api/modules/measures/instant-param.util';

export type DueForm = { surveyId: number; eventId: number; eventTitle: LocalizedText; startsAt: Date };
export type FeedbackRecipient = { id: number; email: string; language: PublicLanguage };

const num = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

/** Reads and writes of the feedback mailing: events' feedback forms (surveys) and their checked-in registrations. */
@Injectable()
export class EventFeedbackRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /**
   * Per event that ended in [windowStart, now], its open anonymous feedback form (the lowest id when there
   * are several: every person gets one feedback mail per event), if the form takes answers now.
   */
  async dueForms(now: Date, windowStart: Date): Promise<DueForm[]> {
    const m = this.m();
    const rows = await rawRows<{ survey_id: number; event_id: number; title: unknown; starts_at: Date | string }>(
      m,
      `SELECT MIN(s.id) AS survey_id, e.id AS event_id, e.title, e.starts_at
       FROM surveys s JOIN events e ON e.id = s.event_id
       WHERE s.mode = 'anonymous' AND s.status = 'open' AND e.ends_at <= $1 AND e.ends_at > $2
         AND (s.opens_at IS NULL OR s.opens_at <= $1) AND (s.closes_at IS NULL OR s.closes_at > $1)
       GROUP BY e.id, e.title, e.starts_at`,
      [instantParam(m, now), instantParam(m, windowStart)],
    );
    return rows.map((r) => ({
      surveyId: Number(r.survey_id),
      eventId: Number(r.event_id),
      eventTitle: json<LocalizedText>(r.title),
      startsAt: instantFromRow(r.starts_at),
    }));
  }

  /** Serialises two processes mailing the same form. */
  async lockSurvey(m: EntityManager, surveyId: number): Promise<void> {
    await rawRows(m, 'UPDATE surveys SET id = id WHERE id = $1', [surveyId]);
  }

  /** Checked-in registrations of the event not yet mailed, not anonymised, with an address. */
  async unmailed(m: EntityManager, eventId: number): Promise<FeedbackRecipient[]> {
    const rows = await rawRows<{ id: number; email: string; language: PublicLanguage }>(
      m,
      `SELECT id, email, language FROM registrations
       WHERE event_id = $1 AND checked_in_at IS NOT NULL AND feedback_mailed_at IS NULL AND anonymised_at IS NULL AND email <> ''
       ORDER BY id`,
      [eventId],
    );
    return rows.map((r) => ({ id: Number(r.id), email: r.email, language: r.language }));
  }

  async markMailed(m: EntityManager, registrationIds: number[], at: Date): Promise<void> {
    if (registrationIds.length === 0) return;
    const ids = registrationIds.map((id) => (Number.isSafeInteger(id) ? String(id) : '0')).join(',');
    await rawRows(m, `UPDATE registrations SET feedback_mailed_at = $1 WHERE id IN (${ids})`, [instantParam(m, at)]);
  }

  async insertAccessTokens(m: EntityManager, surveyId: number, tokenHashes: string[], at: Date): Promise<void> {
    for (const hash of tokenHashes)
      await rawRows(m, 'INSERT INTO survey_access_tokens (survey_id, token_hash, created_at) VALUES ($1, $2, $3)', [
        surveyId,
        hash,
        instantParam(m, at),
      ]);
  }

  async event(eventId: number): Promise<{ id: number; endsAt: Date } | null> {
    const [row] = await rawRows<{ id: number; ends_at: Date | string }>(
      this.m(),
      'SELECT id, ends_at FROM events WHERE id = $1',
      [eventId],
    );
    return row ? { id: Number(row.id), endsAt: instantFromRow(row.ends_at) } : null;
  }

  /** Checked-in registrations and how many of them were mailed. */
  async mailingCounts(eventId: number): Promise<{ checkedIn: number; mailed: number }> {
    const [row] = await rawRows<{ checked_in: string | number; mailed: string | number | null }>(
      this.m(),
      `SELECT COUNT(*) AS checked_in, SUM(CASE WHEN feedback_mailed_at IS NOT NULL THEN 1 ELSE 0 END) AS mailed
       FROM registrations WHERE event_id = $1 AND checked_in_at IS NOT NULL`,
      [eventId],
    );
    return { checkedIn: num(row?.checked_in), mailed: num(row?.mailed) };
  }

  /** The surveys linked to the event, with their submitted answers. */
  async forms(
    eventId: number,
  ): Promise<{ surveyId: number; title: LocalizedText; mode: SurveyMode; status: SurveyStatus; submitted: number }[]> {
    const rows = await rawRows<{
      id: number;
      title: unknown;
      mode: SurveyMode;
      status: SurveyStatus;
      submitted: string | number | null;
    }>(
      this.m(),
      `SELECT s.id, s.title, s.mode, s.status, SUM(CASE WHEN r.submitted_at IS NOT NULL THEN 1 ELSE 0 END) AS submitted
       FROM surveys s LEFT JOIN survey_responses r ON r.survey_id = s.id
       WHERE s.event_id = $1 GROUP BY s.id, s.title, s.mode, s.status ORDER BY s.id`,
      [eventId],
    );
    return rows.map((r) => ({
      surveyId: Number(r.id),
      title: json<LocalizedText>(r.title),
      mode: r.mode,
      status: r.status,
      submitted: num(r.submitted),
    }));
  }
}
