import { formatCents, formatGermanDate, formatIsoCalendarDate, type GrantDetail } from '@wir/shared';
import type { XlsxField } from '#api/platform/export/xlsx-stream.util';
import { FINANCING_TYPE_LABELS } from './report-labels.constant';

/** The latest Änderungsbescheid (amending notice), if there is one. */
export function latestAmendment(grant: Pick<GrantDetail, 'amendments'>): GrantDetail['amendments'][number] | null {
  const amendments = grant.amendments.filter((a) => a.kind === 'amendment');
  amendments.sort((a, b) => (a.noticeDate === b.noticeDate ? a.id - b.id : a.noticeDate < b.noticeDate ? -1 : 1));
  return amendments.at(-1) ?? null;
}

/** The grant's data at the top of every report (label, value and how to show it). */
export function grantHeaderFields(grant: GrantDetail, issuedAt: Date, asOf?: string): XlsxField[] {
  const amendment = latestAmendment(grant);
  const original = grant.amendments.find((a) => a.kind === 'original');
  const financing =
    grant.financingType === 'anteil' && grant.sharePercent !== null
      ? `${FINANCING_TYPE_LABELS.anteil} (${grant.sharePercent} %)`
      : FINANCING_TYPE_LABELS[grant.financingType];
  const fields: XlsxField[] = [
    { label: 'Zuwendung', value: grant.title },
    { label: 'Förderprogramm', value: grant.programmeName },
    { label: 'Zuwendungsgeber', value: grant.funder },
    { label: 'Zuwendungsempfänger', value: grant.recipient || '–' },
    { label: 'Zuwendungsbescheid', value: `${grant.noticeNumber} vom ${formatIsoCalendarDate(grant.noticeDate)}` },
    {
      label: 'Änderungsbescheid',
      value: amendment
        ? `${amendment.noticeNumber} vom ${formatIsoCalendarDate(amendment.noticeDate)} (letzter)`
        : 'keiner',
    },
    {
      label: 'Bewilligungszeitraum',
      value: `${formatIsoCalendarDate(grant.periodStart)} – ${formatIsoCalendarDate(grant.periodEnd)}`,
    },
    { label: 'Bewilligte Zuwendung', value: grant.awardedCents, type: 'cents' },
  ];
  if (amendment && original && original.awardedCents !== grant.awardedCents)
    fields.push({ label: 'Ursprünglich bewilligt', value: original.awardedCents, type: 'cents' });
  fields.push(
    { label: 'Finanzierungsart', value: financing },
    { label: 'Zuwendungszweck', value: grant.purpose || '–' },
    { label: 'Erstellt am', value: issuedAt, type: 'date' },
  );
  if (asOf) fields.push({ label: 'Belege bis', value: asOf, type: 'date' });
  return fields;
}

/** A header field as text (PDF). */
export function headerFieldText(field: XlsxField): string {
  const { value, type } = field;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return type === 'cents' ? formatCents(value) : String(value);
  if (value instanceof Date) return formatGermanDate(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  return type === 'date' ? formatIsoCalendarDate(value) : value;
}
