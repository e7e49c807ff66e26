import type { QuestionResult, ResponseRateRow, SurveyQuestion, SurveyResults } from '@wir/shared';
import { formatGermanDateTime, formatGermanNumber } from '@wir/shared';
import type { SpreadsheetColumn } from '#api/platform/export/spreadsheet-column';
import { LANGUAGE_LABELS, ORGANISATION_TYPE_LABELS } from '#api/modules/exports/export-labels.constant';
import type { Block } from '#api/modules/narrative-reports/narrative-report-layout.util';
import type { ResultRow } from './survey-results.repository';
import { questionsAcrossVersions, type ResultVersion } from './survey-results.util';

const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** An answer as a cell: choices by their German label (several joined), yes/no as ja/nein, numbers as numbers. */
function answerCell(question: SurveyQuestion, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  switch (question.type) {
    case 'single_choice':
      return typeof value === 'string' ? (question.options.find((o) => o.value === value)?.label.de ?? value) : null;
    case 'multiple_choice':
      return Array.isArray(value)
        ? value.map((v) => question.options.find((o) => o.value === v)?.label.de ?? String(v)).join(', ')
        : null;
    case 'yes_no':
      return typeof value === 'boolean' ? (value ? 'ja' : 'nein') : null;
    case 'number':
    case 'scale':
      return typeof value === 'number' ? value : null;
    case 'text':
      return typeof value === 'string' ? value : null;
    case 'offer_list':
      return null;
  }
}

const offerTitles = (value: unknown) =>
  Array.isArray(value) ? value.map((row) => String((row as { title?: unknown }).title ?? '')).join(' | ') : null;

/**
 * One column per question (a list of offers: its row count and the titles), after the response's own
 * columns. Anonymous surveys: only the version, no id, time, language or group.
 */
export function responseColumns(versions: ResultVersion[], anonymous: boolean): SpreadsheetColumn<ResultRow>[] {
  const own: SpreadsheetColumn<ResultRow>[] = anonymous
    ? [{ header: 'Version', value: (r) => r.versionNumber, type: 'integer', width: 8 }]
    : [
        { header: 'Nr.', value: (r) => r.id, type: 'integer', width: 8 },
        { header: 'Version', value: (r) => r.versionNumber, type: 'integer', width: 8 },
        {
          header: 'Sprache',
          value: (r) => LANGUAGE_LABELS[r.language as keyof typeof LANGUAGE_LABELS] ?? r.language,
          width: 10,
        },
        { header: 'Abgeschickt am', value: (r) => r.submittedAt, type: 'datetime', width: 17 },
        { header: 'Gemeinde', value: (r) => r.municipalityName, width: 20 },
        { header: 'Organisation', value: (r) => r.organisationName, width: 28 },
        {
          header: 'Art der Organisation',
          value: (r) => (r.organisationType ? ORGANISATION_TYPE_LABELS[r.organisationType] : null),
          width: 24,
        },
        { header: 'Schlagwörter', value: (r) => r.tags.join(', '), width: 20 },
      ];
  const questions = questionsAcrossVersions(versions).flatMap(
    ({ question, versions: asked }): SpreadsheetColumn<ResultRow>[] => {
      const header = `${short(question.label.de)} [${question.key}]`;
      const on = (r: ResultRow) => asked.includes(r.versionNumber);
      if (question.type === 'offer_list') {
        return [
          {
            header: `${header} Anzahl`,
            value: (r) =>
              on(r)
                ? Array.isArray(r.answers[question.key])
                  ? (r.answers[question.key] as unknown[]).length
                  : 0
                : null,
            type: 'integer',
            width: 10,
          },
          { header: `${header} Titel`, value: (r) => (on(r) ? offerTitles(r.answers[question.key]) : null), width: 40 },
        ];
      }
      return [
        {
          header,
          value: (r) => (on(r) ? answerCell(question, r.answers[question.key]) : null),
          width: question.type === 'text' ? 50 : 18,
        },
      ];
    },
  );
  return [...own, ...questions];
}

const number = (n: number | null, digits?: number) =>
  n === null ? '–' : formatGermanNumber(n, { fractionDigits: digits });
const percent = (share: number | null) =>
  share === null ? '–' : `${formatGermanNumber(share * 100, { fractionDigits: 1 })} %`;
const SUPPRESSED = 'Weniger als 3 Antworten in dieser Gruppe einer anonymen Umfrage: keine Zahlen.';

function rateCells(r: ResponseRateRow): string[] {
  return r.suppressed
    ? [r.invited === null ? '–' : String(r.invited), '–', '–']
    : [r.invited === null ? '–' : String(r.invited), number(r.submitted), percent(r.rate)];
}

function questionBlocks(q: QuestionResult, index: number): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: `${index + 1}. ${q.label.de}` }];
  if (q.suppressed) return [...blocks, { kind: 'paragraph', text: SUPPRESSED }];
  blocks.push({
    kind: 'paragraph',
    text: `Antworten: ${q.answered ?? 0}${q.versions.length > 0 ? ` · gefragt in Version ${q.versions.join(', ')}` : ''}`,
  });
  if (q.options.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Antwort', width: 300, align: 'left' },
        { header: 'Anzahl', width: 60, align: 'right' },
        { header: 'Anteil', width: 60, align: 'right' },
      ],
      rows: q.options.map((o) => [o.label.de, number(o.count), percent(o.share)]),
    });
  }
  if (q.type === 'number' || q.type === 'scale') {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Mittelwert', width: 100, align: 'right' },
        { header: 'Median', width: 100, align: 'right' },
        { header: 'Kleinster Wert', width: 100, align: 'right' },
        { header: 'Größter Wert', width: 100, align: 'right' },
      ],
      rows: [[number(q.mean, 2), number(q.median), number(q.min), number(q.max)]],
    });
  }
  if (q.type === 'text')
    blocks.push(
      ...(q.texts.length > 0
        ? q.texts.map((t): Block => ({ kind: 'paragraph', text: `• ${t}` }))
        : [{ kind: 'paragraph', text: 'Keine Antworten.' } as Block]),
    );
  if (q.type === 'offer_list') blocks.push({ kind: 'paragraph', text: `Gemeldete Angebote: ${q.offerRows ?? 0}` });
  return blocks;
}

/** The summary PDF: the filters, the response rate and per question the figures the charts show. */
export function summaryBlocks(results: SurveyResults, issuedAt: Date): Block[] {
  const f = results.filters;
  const municipality =
    f.municipalityId === null
      ? null
      : (results.responseRate.byMunicipality.find((m) => m.municipalityId === f.municipalityId)?.name ??
        `#${f.municipalityId}`);
  const filters = [
    municipality && `Gemeinde ${municipality}`,
    f.organisationType && `Art der Organisation ${ORGANISATION_TYPE_LABELS[f.organisationType]}`,
    f.tag && `Schlagwort ${f.tag}`,
    f.version !== null && `Version ${f.version}`,
  ].filter(Boolean);
  const rate = results.responseRate;
  const rateColumns = (first: string) => [
    { header: first, width: 220, align: 'left' as const },
    { header: results.survey.mode === 'invited' ? 'Eingeladen' : 'Links', width: 70, align: 'right' as const },
    { header: 'Abgeschickt', width: 70, align: 'right' as const },
    { header: 'Quote', width: 60, align: 'right' as const },
  ];
  const blocks: Block[] = [
    {
      kind: 'title',
      text: `Auswertung: ${results.survey.title.de}`,
      subtitle: `Stand ${formatGermanDateTime(issuedAt)}`,
    },
    {
      kind: 'fields',
      rows: [
        ['Art', results.survey.mode === 'invited' ? 'mit persönlichen Einladungen' : 'anonym'],
        ['Filter', filters.length > 0 ? filters.join(' · ') : 'keine'],
        ['Abgeschickte Antworten', results.suppressed ? 'weniger als 3' : String(results.submitted ?? 0)],
      ],
    },
    { kind: 'heading', level: 1, text: 'Rücklauf' },
    { kind: 'table', columns: rateColumns('Gesamt'), rows: [['Alle', ...rateCells(rate.overall)]] },
  ];
  if (rate.byMunicipality.length > 0)
    blocks.push({
      kind: 'table',
      columns: rateColumns('Gemeinde'),
      rows: rate.byMunicipality.map((r) => [r.name ?? 'ohne Gemeinde', ...rateCells(r)]),
    });
  if (rate.byOrganisationType.length > 0) {
    blocks.push({
      kind: 'table',
      columns: rateColumns('Art der Organisation'),
      rows: rate.byOrganisationType.map((r) => [
        r.organisationType ? ORGANISATION_TYPE_LABELS[r.organisationType] : 'ohne Angabe',
        ...rateCells(r),
      ]),
    });
  }
  blocks.push({ kind: 'heading', level: 1, text: 'Fragen' });
  if (results.suppressed) blocks.push({ kind: 'paragraph', text: SUPPRESSED });
  results.questions.forEach((q, i) => blocks.push(...questionBlocks(q, i)));
  return blocks;
}
