import { formatCents, formatGermanDate, formatIsoCalendarDate, type NarrativeMeasure } from '@wir/shared';
import { ORGANISATION_TYPE_LABELS } from '#api/modules/exports/export-labels.constant';
import { grantHeaderFields, headerFieldText } from '#api/modules/grant-reports/grant-header.util';
import type { NarrativeFileContent } from './narrative-reports.service';
import { INDICATOR_STATUS_LABELS, MEASURE_STATUS_LABELS, SECTION_LABELS } from './narrative-labels.constant';
import { formatAchievement, formatIndicatorValue } from './narrative-format.util';

/**
 * The Sachbericht as a list of blocks, in German, so the PDF and the Word file say exactly the
 * same: headings, label/value pairs, paragraphs and tables.
 */
export type Block =
  | { kind: 'title'; text: string; subtitle: string }
  | { kind: 'fields'; rows: [string, string][] }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | {
      kind: 'table';
      columns: { header: string; width: number; align: 'left' | 'right' }[];
      rows: string[][];
      totalRow?: boolean;
    };

export function narrativeTitle(interim: boolean): string {
  return interim ? 'Zwischenbericht' : 'Sachbericht';
}

/** "Sachbericht WIR 2014 2014-12-31.pdf" */
export function narrativeFileName(content: NarrativeFileContent, extension: 'pdf' | 'docx'): string {
  const version = content.version !== null ? ` v${content.version}` : '';
  return `${narrativeTitle(content.interim)} ${content.grant.title}${version} ${content.dataAsOf}.${extension}`;
}

function stateLine(content: NarrativeFileContent): string {
  const figures = `Stand der Zahlen: ${formatIsoCalendarDate(content.dataAsOf)}`;
  if (content.version === null)
    return `Sachbericht (Teil des Verwendungsnachweises, ANBest-P Nr. 6) · ungespeicherter Entwurf aus den Daten · ${figures}`;
  const state =
    content.status === 'final'
      ? `endgültig${content.finalisedAt ? ` seit ${formatGermanDate(content.finalisedAt)}` : ''}`
      : 'Entwurf';
  return `Sachbericht (Teil des Verwendungsnachweises, ANBest-P Nr. 6) · Version ${content.version}, ${state} · ${figures}`;
}

const text = (t: string) => (t.trim() === '' ? '–' : t);

function measureBlocks(m: NarrativeMeasure, index: number): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `${index + 2}. Maßnahme ${m.code}: ${m.title}` },
    {
      kind: 'fields',
      rows: [
        ['Wirkungsziel', text(m.goal)],
        ['Zeitraum', `${formatIsoCalendarDate(m.periodStart)} – ${formatIsoCalendarDate(m.periodEnd)}`],
        ['Stand', MEASURE_STATUS_LABELS[m.status]],
      ],
    },
    { kind: 'heading', level: 2, text: SECTION_LABELS.done },
    { kind: 'paragraph', text: text(m.sections.done.text) },
  ];
  if (m.events.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Veranstaltungen und Teilnahme' },
      {
        kind: 'table',
        columns: [
          { header: 'Datum', width: 70, align: 'left' },
          { header: 'Veranstaltung / Workshop', width: 265, align: 'left' },
          { header: 'Angemeldet', width: 60, align: 'right' },
          { header: 'Teilgenommen', width: 70, align: 'right' },
        ],
        rows: [
          ...m.events.map((e) => [
            formatGermanDate(new Date(e.startsAt)),
            `${e.kind === 'workshop' ? 'Workshop: ' : ''}${e.title}`,
            String(e.registered),
            String(e.checkedIn),
          ]),
          ['', 'Personen insgesamt', String(m.participants.registered), String(m.participants.checkedIn)],
        ],
        totalRow: true,
      },
    );
  }
  if (m.byMunicipality.length > 0 || m.byOrganisationType.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Teilnahme nach Kommune und Organisationsart', width: 335, align: 'left' },
        { header: 'Angemeldet', width: 60, align: 'right' },
        { header: 'Teilgenommen', width: 70, align: 'right' },
      ],
      rows: [
        ...m.byMunicipality.map((r) => [
          `Kommune: ${r.name ?? 'ohne Angabe'}`,
          String(r.registered),
          String(r.checkedIn),
        ]),
        ...m.byOrganisationType.map((r) => [
          `Organisationsart: ${ORGANISATION_TYPE_LABELS[r.type]}`,
          String(r.registered),
          String(r.checkedIn),
        ]),
      ],
    });
  }
  blocks.push(
    { kind: 'heading', level: 2, text: SECTION_LABELS.results },
    { kind: 'paragraph', text: text(m.sections.results.text) },
  );
  if (m.indicators.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Kennzahl', width: 150, align: 'left' },
        { header: 'Ausgangswert', width: 62, align: 'right' },
        { header: 'Zielwert', width: 62, align: 'right' },
        { header: 'Istwert', width: 62, align: 'right' },
        { header: 'Zielerreichung', width: 62, align: 'right' },
        { header: 'Status', width: 67, align: 'left' },
      ],
      rows: m.indicators.map((i) => [
        i.name,
        formatIndicatorValue(i.unit, i.baseline),
        formatIndicatorValue(i.unit, i.target),
        formatIndicatorValue(i.unit, i.actual),
        formatAchievement(i.achievement),
        INDICATOR_STATUS_LABELS[i.status],
      ]),
    });
  }
  blocks.push(
    { kind: 'heading', level: 2, text: SECTION_LABELS.deviations },
    { kind: 'paragraph', text: text(m.sections.deviations.text) },
  );
  for (const i of m.indicators.filter((x) => x.needsReason || x.reason)) {
    blocks.push({
      kind: 'paragraph',
      text: `Begründung zu „${i.name}“ (Zielerreichung ${formatAchievement(i.achievement)}): ${text(i.reason)}`,
    });
  }
  blocks.push(
    { kind: 'heading', level: 2, text: SECTION_LABELS.spending },
    { kind: 'paragraph', text: text(m.sections.spending.text) },
  );
  if (m.spending.allocations.length > 0 || m.spending.spentCents > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Einzelansatz', width: 265, align: 'left' },
        { header: 'Zugeordnet', width: 100, align: 'right' },
        { header: 'Verausgabt', width: 100, align: 'right' },
      ],
      rows: [
        ...m.spending.allocations.map((a) => [
          `${a.code} ${a.name}`,
          formatCents(a.plannedCents),
          formatCents(a.spentCents),
        ]),
        ['Summe der Maßnahme', formatCents(m.spending.allocatedCents), formatCents(m.spending.spentCents)],
      ],
      totalRow: true,
    });
  }
  blocks.push(
    { kind: 'heading', level: 2, text: SECTION_LABELS.outlook },
    { kind: 'paragraph', text: text(m.sections.outlook.text) },
  );
  return blocks;
}

export function narrativeBlocks(content: NarrativeFileContent, issuedAt: Date): Block[] {
  const header = grantHeaderFields(content.grant, issuedAt).map(
    (f) => [f.label, headerFieldText(f)] as [string, string],
  );
  header.push(['Stand der Zahlen', formatIsoCalendarDate(content.dataAsOf)]);
  return [
    { kind: 'title', text: narrativeTitle(content.interim), subtitle: stateLine(content) },
    { kind: 'fields', rows: header },
    { kind: 'heading', level: 1, text: '1. Ziele der Zuwendung' },
    { kind: 'paragraph', text: text(content.body.goals.text) },
    ...content.body.measures.flatMap(measureBlocks),
    ...(content.body.measures.length === 0
      ? [{ kind: 'paragraph' as const, text: 'Der Zuwendung sind keine Maßnahmen zugeordnet.' }]
      : []),
  ];
}
