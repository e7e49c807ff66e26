import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OrganisationType, SurveyDefinition, SurveyResultsQuery } from '@wir/shared';
import { rawRows } from '#api/platform/database/raw-query.util';
import { instantFromRow } from '#api/modules/measures/instant-param.util';
import { SurveyVersionEntity } from '#api/modules/surveys/survey-version.entity';
import { SurveyEntity } from '#api/modules/surveys/survey.entity';

/** A submitted response as results and exports read it: answers, version, and the snapshot columns (null for anonymous). */
export type ResultRow = {
  id: number;
  versionNumber: number;
  answers: Record<string, unknown>;
  language: string;
  submittedAt: Date;
  municipalityName: string | null;
  organisationName: string | null;
  organisationType: OrganisationType | null;
  tags: string[];
};

/** Invitations and submitted answers of one municipality and organisation type. */
export type RateCell = {
  municipalityId: number | null;
  municipalityName: string | null;
  organisationType: OrganisationType | null;
  invited: number;
  submitted: number;
};

const num = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
const json = <T>(v: unknown, fallback: T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : ((v as T) ?? fallback));

/** `tags` is a JSON array stored as text: the filter looks for the quoted tag, LIKE wildcards escaped. */
const tagPattern = (tag: string) => `%${JSON.stringify(tag).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A response through a revoked invitation counts nowhere (as the invitation counts in no response rate). */
const LIVE_INVITATION =
  ' AND NOT EXISTS (SELECT 1 FROM survey_invitations ri WHERE ri.id = a.invitation_id AND ri.revoked_at IS NOT NULL)';

/**
 * The filters on a table's snapshot columns (alias `a`), from parameter `$first` on. The version filter
 * applies to responses only (`v` is the joined version).
 */
function snapshotFilters(
  query: SurveyResultsQuery,
  first: number,
  withVersion: boolean,
): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const next = () => `$${first + params.length}`;
  if (query.municipalityId !== undefined) {
    parts.push(`a.municipality_id = ${next()}`);
    params.push(query.municipalityId);
  }
  if (query.organisationType !== undefined) {
    parts.push(`a.organisation_type = ${next()}`);
    params.push(query.organisationType);
  }
  if (query.tag !== undefined) {
    parts.push(`a.tags LIKE ${next()} ESCAPE '\\'`);
    params.push(tagPattern(query.tag));
  }
  if (withVersion && query.version !== undefined) {
    parts.push(`v.number = ${next()}`);
    params.push(query.version);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/** The reads behind a survey's results: counting in SQL, the answers of the filtered group as rows. */
@Injectable()
export class SurveyResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findSurvey(id: number): Promise<SurveyEntity | null> {
    return this.m().getRepository(SurveyEntity).findOneBy({ id });
  }

  async versions(surveyId: number): Promise<{ number: number; createdAt: Date; definition: SurveyDefinition }[]> {
    const rows = await this.m()
      .getRepository(SurveyVersionEntity)
      .find({ where: { surveyId }, order: { number: 'ASC' } });
    return rows.map((v) => ({ number: v.number, createdAt: v.createdAt, definition: v.definition }));
  }

  /** Submitted responses in the filtered group. */
  async countSubmitted(surveyId: number, query: SurveyResultsQuery): Promise<number> {
    const f = snapshotFilters(query, 2, true);
    const [row] = await rawRows<{ n: string | number }>(
      this.m(),
      `SELECT COUNT(*) AS n FROM survey_responses a JOIN survey_versions v ON v.id = a.version_id
       WHERE a.survey_id = $1 AND a.submitted_at IS NOT NULL${LIVE_INVITATION}${f.sql}`,
      [surveyId, ...f.params],
    );
    return num(row?.n);
  }

  /** Submitted responses in the filtered group, oldest first, with names of their municipality and organisation. */
  async submitted(surveyId: number, query: SurveyResultsQuery): Promise<ResultRow[]> {
    const f = snapshotFilters(query, 2, true);
    const rows = await rawRows<{
      id: number;
      number: number;
      answers: unknown;
      language: string;
      submitted_at: Date | string;
      municipality_name: string | null;
      organisation_name: string | null;
      organisation_type: OrganisationType | null;
      tags: unknown;
    }>(
      this.m(),
      `SELECT a.id, v.number, a.answers, a.language, a.submitted_at, mu.name AS municipality_name, o.name AS organisation_name, a.organisation_type, a.tags
       FROM survey_responses a
       JOIN survey_versions v ON v.id = a.version_id
       LEFT JOIN municipalities mu ON mu.id = a.municipality_id
       LEFT JOIN organisations o ON o.id = a.organisation_id
       WHERE a.survey_id = $1 AND a.submitted_at IS NOT NULL${LIVE_INVITATION}${f.sql}
       ORDER BY a.submitted_at, a.id`,
      [surveyId, ...f.params],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      versionNumber: Number(r.number),
      answers: json<Record<string, unknown>>(r.answers, {}),
      language: r.language,
      submittedAt: instantFromRow(r.submitted_at),
      municipalityName: r.municipality_name,
      organisationName: r.organisation_name,
      organisationType: r.organisation_type,
      tags: json<string[] | null>(r.tags, null) ?? [],
    }));
  }

  /**
   * Invited mode: per municipality and organisation type (of the invitation's snapshot) the invitations
   * that were not revoked and how many of them submitted (on the filtered version).
   */
  async invitationRates(surveyId: number, query: SurveyResultsQuery): Promise<RateCell[]> {
    const f = snapshotFilters({ ...query, version: undefined }, 2, false);
    const versionFilter = query.version === undefined ? '' : ` AND v.number = $${2 + f.params.length}`;
    const rows = await rawRows<{
      municipality_id: number | null;
      municipality_name: string | null;
      organisation_type: OrganisationType | null;
      invited: string | number;
      submitted: string | number | null;
    }>(
      this.m(),
      `SELECT a.municipality_id, mu.name AS municipality_name, a.organisation_type, COUNT(*) AS invited,
              SUM(CASE WHEN r.submitted_at IS NOT NULL${versionFilter} THEN 1 ELSE 0 END) AS submitted
       FROM survey_invitations a
       LEFT JOIN survey_responses r ON r.invitation_id = a.id
       LEFT JOIN survey_versions v ON v.id = r.version_id
       LEFT JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE a.survey_id = $1 AND a.revoked_at IS NULL${f.sql}
       GROUP BY a.municipality_id, mu.name, a.organisation_type`,
      [surveyId, ...f.params, ...(query.version === undefined ? [] : [query.version])],
    );
    return rows.map((r) => ({
      municipalityId: r.municipality_id === null ? null : Number(r.municipality_id),
      municipalityName: r.municipality_name,
      organisationType: r.organisation_type,
      invited: num(r.invited),
      submitted: num(r.submitted),
    }));
  }

  /** Anonymous mode: the per-person links issued (e.g. feedback mails), which bound the possible answers. */
  async accessTokens(surveyId: number): Promise<number> {
    const [row] = await rawRows<{ n: string | number }>(
      this.m(),
      'SELECT COUNT(*) AS n FROM survey_access_tokens WHERE survey_id = $1',
      [surveyId],
    );
    return num(row?.n);
  }

  /** The tags the survey's invitations carry (the tag filter's choices). */
  async invitationTags(surveyId: number): Promise<string[]> {
    const rows = await rawRows<{ tags: unknown }>(
      this.m(),
      'SELECT DISTINCT tags FROM survey_invitations WHERE survey_id = $1',
      [surveyId],
    );
    return [...new Set(rows.flatMap((r) => json<string[] | null>(r.tags, null) ?? []))].sort((a, b) =>
      a.localeCompare(b, 'de'),
    );
  }
}
