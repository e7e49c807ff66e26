import { Injectable } from '@nestjs/common';
import type { OrganisationType, ResponseRateRow, SurveyResults, SurveyResultsQuery } from '@wir/shared';
import { berlinIsoDate } from '@wir/shared';
import { DomainError } from '#api/platform/errors/domain.error';
import type { Download } from '#api/platform/export/download';
import { writeGermanCsv } from '#api/platform/export/german-csv.util';
import { pdfFonts } from '#api/platform/export/pdf-fonts.util';
import { writeXlsx } from '#api/platform/export/xlsx-stream.util';
import { writeNarrativeReportPdf } from '#api/modules/narrative-reports/narrative-report-pdf.writer';
import type { SurveyEntity } from '#api/modules/surveys/survey.entity';
import { responseColumns, summaryBlocks } from './survey-results-files.util';
import { SurveyResultError } from './survey-results.errors';
import { SurveyResultsRepository, type RateCell, type ResultRow } from './survey-results.repository';
import { isSuppressed, questionResults, rateRow } from './survey-results.util';

/**
 * The most submitted responses one results request reads into memory for its distributions (the
 * counting of response rates is done in SQL). An Erhebungsbogen goes to a few hundred contacts, a
 * feedback form to one event's participants; far more answers than this would need SQL aggregation.
 */
export const MAX_RESULT_RESPONSES = 20_000;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const byName = (a: string | null, b: string | null) => (a ?? '\uffff').localeCompare(b ?? '\uffff', 'de');

/** Adds up the cells of a key. */
function groupCells<K>(
  cells: RateCell[],
  key: (c: RateCell) => K,
): Map<K, { invited: number; submitted: number; name: string | null }> {
  const out = new Map<K, { invited: number; submitted: number; name: string | null }>();
  for (const c of cells) {
    const k = key(c);
    const a = out.get(k) ?? { invited: 0, submitted: 0, name: c.municipalityName };
    out.set(k, { invited: a.invited + c.invited, submitted: a.submitted + c.submitted, name: a.name });
  }
  return out;
}

/** Results of a survey (figures per question, response rate) and their downloads; coordinators only. */
@Injectable()
export class SurveyResultsService {
  constructor(private readonly repository: SurveyResultsRepository) {}

  private async load(id: number, query: SurveyResultsQuery) {
    const survey = await this.repository.findSurvey(id);
    if (!survey) throw new DomainError('not_found', `Survey ${id} does not exist.`);
    const allVersions = await this.repository.versions(id);
    const versions = query.version === undefined ? allVersions : allVersions.filter((v) => v.number === query.version);
    if (query.version !== undefined && versions.length === 0) {
      throw new DomainError('validation_failed', `Survey ${id} has no version ${query.version}.`, {
        errors: [{ path: 'version', message: 'no such version of this survey' }],
      });
    }
    const count = await this.repository.countSubmitted(id, query);
    if (count > MAX_RESULT_RESPONSES)
      throw new SurveyResultError(
        'survey_results_too_many',
        `More than ${MAX_RESULT_RESPONSES} answers in this group; narrow the filters.`,
        { params: { max: MAX_RESULT_RESPONSES } },
      );
    const rows = await this.repository.submitted(id, query);
    return { survey, allVersions, versions, rows, anonymous: survey.mode === 'anonymous' };
  }

  async results(id: number, query: SurveyResultsQuery): Promise<SurveyResults> {
    const { survey, allVersions, versions, rows, anonymous } = await this.load(id, query);
    const [responseRate, tags] = [
      await this.responseRate(survey, query, rows.length),
      await this.repository.invitationTags(id),
    ];
    return {
      survey: { id: survey.id, title: survey.title, mode: survey.mode, status: survey.status, eventId: survey.eventId },
      filters: {
        municipalityId: query.municipalityId ?? null,
        organisationType: query.organisationType ?? null,
        tag: query.tag ?? null,
        version: query.version ?? null,
      },
      versions: allVersions.map((v) => ({ number: v.number, createdAt: v.createdAt.toISOString() })),
      tags,
      submitted: isSuppressed(anonymous, rows.length) ? null : rows.length,
      suppressed: isSuppressed(anonymous, rows.length),
      responseRate,
      questions: questionResults(versions, rows, anonymous),
    };
  }

  /**
   * Invited mode: invitations (not revoked) against submitted answers, overall, by municipality (every
   * invited one, also with none) and by organisation type. Anonymous: the per-person links issued (none
   * for a one-link survey) against the answers; answers carry no municipality, so there are no rows.
   */
  private async responseRate(
    survey: SurveyEntity,
    query: SurveyResultsQuery,
    submitted: number,
  ): Promise<SurveyResults['responseRate']> {
    if (survey.mode === 'anonymous') {
      const invited = survey.publicLinkTokenHash ? null : await this.repository.accessTokens(survey.id);
      return { overall: rateRow(true, invited, submitted), byMunicipality: [], byOrganisationType: [] };
    }
    const cells = await this.repository.invitationRates(survey.id, query);
    const row = (g: { invited: number; submitted: number }): ResponseRateRow => rateRow(false, g.invited, g.submitted);
    const total = cells.reduce((s, c) => ({ invited: s.invited + c.invited, submitted: s.submitted + c.submitted }), {
      invited: 0,
      submitted: 0,
    });
    return {
      overall: row(total),
      byMunicipality: [...groupCells(cells, (c) => c.municipalityId)]
        .map(([municipalityId, g]) => ({ municipalityId, name: g.name, ...row(g) }))
        .sort((a, b) => byName(a.name, b.name)),
      byOrganisationType: [...groupCells(cells, (c) => c.organisationType)]
        .map(([organisationType, g]) => ({ organisationType: organisationType as OrganisationType | null, ...row(g) }))
        .sort((a, b) => byName(a.organisationType, b.organisationType)),
    };
  }

  /**
   * The rows of an export: in an anonymous survey only for a group of at least three answers (409 otherwise),
   * and then without id, time and language, ordered by their answers, so no row points to a person.
   */
  private async exportRows(id: number, query: SurveyResultsQuery) {
    const loaded = await this.load(id, query);
    if (isSuppressed(loaded.anonymous, loaded.rows.length)) {
      throw new SurveyResultError(
        'survey_results_group_too_small',
        'Fewer than three answers in this group of an anonymous survey: the answers are not shown.',
      );
    }
    const rows: ResultRow[] = loaded.anonymous
      ? [...loaded.rows].sort((a, b) => JSON.stringify(a.answers).localeCompare(JSON.stringify(b.answers)))
      : loaded.rows;
    return { ...loaded, rows, columns: responseColumns(loaded.versions, loaded.anonymous) };
  }

  async csv(id: number, query: SurveyResultsQuery): Promise<Download> {
    const { survey, rows, columns } = await this.exportRows(id, query);
    return {
      fileName: fileName(survey, 'csv'),
      contentType: 'text/csv; charset=utf-8',
      write: (out) => writeGermanCsv(rows, columns, out),
    };
  }

  async xlsx(id: number, query: SurveyResultsQuery): Promise<Download> {
    const { survey, rows, columns } = await this.exportRows(id, query);
    return {
      fileName: fileName(survey, 'xlsx'),
      contentType: XLSX_TYPE,
      write: (out) => writeXlsx(out, [{ name: 'Antworten', columns, rows }]),
    };
  }

  /** The figures behind the charts as tables; a small anonymous group shows its notice instead of counts. */
  async summaryPdf(id: number, query: SurveyResultsQuery): Promise<Download> {
    const results = await this.results(id, query);
    const issuedAt = new Date();
    const survey = (await this.repository.findSurvey(id))!;
    return {
      fileName: fileName(survey, 'pdf', 'Auswertung'),
      contentType: 'application/pdf',
      write: (out) =>
        writeNarrativeReportPdf(out, {
          title: `Auswertung: ${results.survey.title.de}`,
          footer: `Auswertung ${results.survey.title.de}`,
          blocks: summaryBlocks(results, issuedAt),
          fonts: pdfFonts(),
        }),
    };
  }
}

/** "Umfrage Erhebungsbogen 2014 2026-12-01.csv" */
function fileName(survey: SurveyEntity, extension: string, prefix = 'Umfrage'): string {
  const title = survey.title.de
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .slice(0, 80)
    .trim();
  return `${prefix} ${title} ${berlinIsoDate(new Date())}.${extension}`;
}
