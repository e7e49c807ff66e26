import { formatCents, formatIsoCalendarDate, type BudgetStatus, type GrantDetail } from '@wir/shared';
import { percentOf } from '#api/modules/grants/budget-status.util';
import { BUDGET_LINE_STATUS_LABELS, INCOME_SOURCE_LABELS } from './report-labels.constant';

/** One line of a plan-vs-actual table: "lt. Zuwendungsbescheid" (planned) against "lt. Abrechnung" (actual). */
export type FigureRow = {
  code: string;
  label: string;
  plannedCents: number;
  actualCents: number;
  deviationCents: number;
  /** One decimal; null where the plan is 0. */
  deviationPercent: number | null;
  status: string | null;
};

/** The figures part (zahlenmäßiger Nachweis) of the Verwendungsnachweis, the same in PDF and XLSX. */
export type ProofOfUseFigures = {
  expenses: FigureRow[];
  expenseTotal: FigureRow;
  income: FigureRow[];
  incomeTotal: FigureRow;
  result: { label: string; cents: number }[];
  notes: string[];
};

/** `asOf`: an interim report (Zwischennachweis) with the figures dated up to that day. */
export type ProofOfUseInput = { grant: GrantDetail; status: BudgetStatus; issuedAt: Date; asOf?: string };

/** Verwendungsnachweis after the period, Zwischennachweis for figures up to a day. */
export function proofOfUseTitle(asOf?: string): string {
  return asOf ? 'Zwischennachweis' : 'Verwendungsnachweis';
}

const row = (
  code: string,
  label: string,
  plannedCents: number,
  actualCents: number,
  status: string | null,
): FigureRow => ({
  code,
  label,
  plannedCents,
  actualCents,
  deviationCents: actualCents - plannedCents,
  deviationPercent: percentOf(actualCents - plannedCents, plannedCents),
  status,
});

/** The usual declaration of a Verwendungsnachweis, signed below it. */
export const PROOF_OF_USE_DECLARATION =
  'Es wird bestätigt, dass die allgemeinen und besonderen Nebenbestimmungen des Zuwendungsbescheids beachtet wurden, ' +
  'die Ausgaben notwendig waren, wirtschaftlich und sparsam verfahren worden ist und die Angaben mit den Büchern und Belegen übereinstimmen.';

export function proofOfUseFigures({ grant, status }: ProofOfUseInput): ProofOfUseFigures {
  const consented = (l: BudgetStatus['lines'][number]) => l.status === 'needs_consent' && !!l.consent?.covers;
  const expenses = status.lines.map((l) =>
    row(
      l.code,
      l.name,
      l.plannedCents,
      l.actualCents,
      consented(l) ? `Zustimmung vom ${formatIsoCalendarDate(l.consent!.on)}` : BUDGET_LINE_STATUS_LABELS[l.status],
    ),
  );
  const t = status.totals;
  const expenseTotal = row('', 'Summe Ausgaben', t.plannedCents, t.actualCents, BUDGET_LINE_STATUS_LABELS[t.status]);
  const { grant: g, ownShare, thirdParty } = status.income;
  const income = [
    row('', INCOME_SOURCE_LABELS.grant, g.plannedCents, g.actualCents, null),
    row('', INCOME_SOURCE_LABELS.own_share, ownShare.plannedCents, ownShare.actualCents, null),
    row('', INCOME_SOURCE_LABELS.third_party, thirdParty.plannedCents, thirdParty.actualCents, null),
  ];
  const incomeTotal = row(
    '',
    'Summe Einnahmen',
    income.reduce((s, r) => s + r.plannedCents, 0),
    income.reduce((s, r) => s + r.actualCents, 0),
    null,
  );
  const result = [
    { label: 'Ausgaben lt. Abrechnung', cents: t.actualCents },
    { label: 'Einnahmen lt. Abrechnung', cents: incomeTotal.actualCents },
    { label: 'Differenz (Einnahmen − Ausgaben)', cents: incomeTotal.actualCents - t.actualCents },
    { label: 'Zuwendung nach Abrechnung', cents: status.entitlementCents },
    { label: 'Ausgezahlt (Mittelabrufe)', cents: status.drawdowns.receivedCents },
    { label: 'Zurückzuzahlen', cents: status.repaymentCents },
  ];

  const notes: string[] = [];
  if (status.unsignedReceipts > 0) {
    const n = status.unsignedReceipts;
    notes.push(
      `${n} ${n === 1 ? 'Beleg ist' : 'Belege sind'} noch nicht sachlich und rechnerisch richtig gezeichnet; die Zahlen sind vorläufig.`,
    );
  }
  if (grant.financingType === 'festbetrag')
    notes.push('Festbetragsfinanzierung: Die Einzelansätze sind nicht verbindlich (ANBest-P Nr. 1.2 gilt nicht).');
  for (const l of status.lines.filter(consented)) {
    const reference = l.consent!.reference ? ` (${l.consent!.reference})` : '';
    notes.push(
      `Einzelansatz ${l.code}: Überschreitung mit vorheriger Zustimmung des Zuwendungsgebers vom ${formatIsoCalendarDate(l.consent!.on)}${reference} bis ${formatCents(l.consent!.upToCents)}.`,
    );
  }
  if (status.lines.some((l) => l.status === 'needs_consent' && !consented(l))) {
    notes.push(
      'Einzelansätze mit „Zustimmung erforderlich“ sind um mehr als 20 % überschritten; dafür ist die vorherige Zustimmung des Zuwendungsgebers nötig (ANBest-P Nr. 1.2).',
    );
  }
  if (t.status === 'over_total')
    notes.push('Der Gesamtansatz des Finanzierungsplans ist überschritten (ANBest-P Nr. 1.2).');
  return { expenses, expenseTotal, income, incomeTotal, result, notes };
}
