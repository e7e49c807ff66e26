import type { BudgetLine, GrantDetail } from '@wir/shared';
import type { Client } from './test-app';

let seq = 0;

/** The finance plan of the WIR grant 2014 (48.316,00 €), in cents. */
export const WIR_LINES = [
  { code: '1', name: 'Personalkosten WIR-Koordination', plannedCents: 2_500_000 },
  { code: '2', name: 'Innovative Projekte', plannedCents: 1_000_000 },
  { code: '3', name: 'Niedrigschwellige Sprachförderprojekte', plannedCents: 700_000 },
  { code: '4', name: 'Integrationslotsen: Einsatz und Qualifizierung', plannedCents: 431_600 },
  { code: '5', name: 'Sachkosten', plannedCents: 200_000 },
] as const;

export type GrantFixture = { grant: GrantDetail; lines: BudgetLine[] };

/** A programme and a WIR-like grant with its five budget lines, created through the API by a finance user. */
export async function wirGrant(finance: Client, over: Record<string, unknown> = {}): Promise<GrantFixture> {
  const n = ++seq;
  const programme = await finance.post('/api/funding-programmes', {
    name: `WIR – Wegweisende Integrationsansätze Realisieren ${n}`,
    funder: 'Hessisches Ministerium für Soziales und Integration',
    year: 2014,
    volumeCents: 308_000_000,
  });
  if (programme.status !== 201) throw new Error(`programme: ${programme.status} ${JSON.stringify(programme.body)}`);
  const grant = await finance.post('/api/grants', {
    programmeId: programme.body.id,
    title: `WIR-Koordination Kreis Offenbach ${n}`,
    recipient: 'Kreis Offenbach',
    noticeNumber: `IV 5-${n}/2014`,
    noticeDate: '2014-03-01',
    periodStart: '2014-01-01',
    periodEnd: '2014-12-31',
    awardedCents: 4_831_600,
    financingType: 'fehlbedarf',
    purpose: 'Wegweisende Integrationsansätze realisieren',
    ...over,
  });
  if (grant.status !== 201) throw new Error(`grant: ${grant.status} ${JSON.stringify(grant.body)}`);
  const lines: BudgetLine[] = [];
  for (const line of WIR_LINES) {
    const res = await finance.post(`/api/grants/${grant.body.id}/budget-lines`, line);
    if (res.status !== 201) throw new Error(`line: ${res.status} ${JSON.stringify(res.body)}`);
    lines.push(res.body as BudgetLine);
  }
  return { grant: grant.body as GrantDetail, lines };
}

let receiptSeq = 0;
/** Books an expense on a line; returns the receipt body (asserting 201). */
/** Books an expense receipt and answers the API's response, whatever its status (`over`: other fields). */
export function postExpense(
  finance: Client,
  grantId: number,
  budgetLineId: number,
  amountCents: number,
  over: Record<string, unknown> = {},
) {
  return finance.post(`/api/grants/${grantId}/receipts`, {
    receiptNumber: `B-${++receiptSeq}`,
    date: '2014-05-22',
    kind: 'expense',
    payee: 'Rettungsdienstschule Kreis Offenbach',
    purpose: 'Interkulturelle Schulung',
    amountCents,
    budgetLineId,
    ...over,
  });
}

export async function expense(
  finance: Client,
  grantId: number,
  budgetLineId: number,
  amountCents: number,
  over: Record<string, unknown> = {},
) {
  const res = await postExpense(finance, grantId, budgetLineId, amountCents, over);
  if (res.status !== 201) throw new Error(`receipt: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number; receiptNumber: string; amountCents: number };
}
