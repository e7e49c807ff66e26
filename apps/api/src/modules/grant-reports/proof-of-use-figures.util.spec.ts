import type { BudgetStatus, GrantDetail } from '@wir/shared';
import { budgetStatus, type StatusFacts } from '#api/modules/grants/budget-status.util';
import { proofOfUseFigures } from './proof-of-use-figures.util';

const lines = [
  { id: 1, code: '1', name: 'Personalkosten', plannedCents: 50_000 },
  { id: 2, code: '2', name: 'Sachkosten', plannedCents: 50_000 },
];
const statusGrant = {
  id: 1,
  financingType: 'fehlbedarf' as const,
  awardedCents: 80_000,
  sharePercent: null,
  ownShareCents: 20_000,
  thirdPartyCents: 0,
  periodStart: '2014-01-01',
  periodEnd: '2014-12-31',
};
const facts = (actual: [number, number], over: Partial<StatusFacts> = {}): StatusFacts => ({
  actualByLine: new Map([
    [1, actual[0]],
    [2, actual[1]],
  ]),
  incomeBySource: { grant: 60_000, own_share: 20_000, third_party: 1_000 },
  expenseByMonth: new Map(),
  drawdownsRequestedCents: 70_000,
  drawdownsReceivedCents: 70_000,
  unsignedReceipts: 0,
  ...over,
});
const figures = (status: BudgetStatus, over: Partial<GrantDetail> = {}) =>
  proofOfUseFigures({
    grant: { financingType: status.financingType, ...over } as GrantDetail,
    status,
    issuedAt: new Date(),
  });

describe('Verwendungsnachweis figures', () => {
  it('sets plan against actual per line with the rule status in German, and the totals', () => {
    const f = figures(budgetStatus(statusGrant, lines, facts([58_000, 30_000]), '2014-12-31'));
    expect(
      f.expenses.map((r) => [r.code, r.plannedCents, r.actualCents, r.deviationCents, r.deviationPercent, r.status]),
    ).toEqual([
      ['1', 50_000, 58_000, 8_000, 16, 'Überschreitung ≤ 20 %, ausgeglichen'],
      ['2', 50_000, 30_000, -20_000, -40, 'im Plan'],
    ]);
    expect(f.expenseTotal).toMatchObject({
      label: 'Summe Ausgaben',
      plannedCents: 100_000,
      actualCents: 88_000,
      status: 'im Plan',
    });
    expect(f.notes).toEqual([]);
  });

  it('lists the income side against the plan, and the result', () => {
    const f = figures(budgetStatus(statusGrant, lines, facts([58_000, 30_000]), '2014-12-31'));
    expect(f.income.map((r) => [r.label, r.plannedCents, r.actualCents, r.deviationPercent])).toEqual([
      ['Zuwendung', 80_000, 60_000, -25],
      ['Eigenanteil', 20_000, 20_000, 0],
      ['Drittmittel', 0, 1_000, null],
    ]);
    expect(f.incomeTotal).toMatchObject({ plannedCents: 100_000, actualCents: 81_000 });
    expect(Object.fromEntries(f.result.map((r) => [r.label, r.cents]))).toEqual({
      'Ausgaben lt. Abrechnung': 88_000,
      'Einnahmen lt. Abrechnung': 81_000,
      'Differenz (Einnahmen − Ausgaben)': -7_000,
      // Fehlbedarf: costs less own share and third-party funds.
      'Zuwendung nach Abrechnung': 67_000,
      'Ausgezahlt (Mittelabrufe)': 70_000,
      Zurückzuzahlen: 3_000,
    });
  });

  it('notes unsigned receipts, lines that need consent, an exceeded total and the festbetrag exception', () => {
    const consent = figures(
      budgetStatus(statusGrant, lines, facts([61_000, 0], { unsignedReceipts: 1 }), '2014-12-31'),
    );
    expect(consent.expenses[0].status).toBe('Zustimmung erforderlich');
    expect(consent.notes).toEqual([
      '1 Beleg ist noch nicht sachlich und rechnerisch richtig gezeichnet; die Zahlen sind vorläufig.',
      expect.stringContaining('vorherige Zustimmung des Zuwendungsgebers'),
    ]);
    const total = figures(
      budgetStatus(statusGrant, lines, facts([61_000, 50_000], { unsignedReceipts: 2 }), '2014-12-31'),
    );
    expect(total.expenses.map((r) => r.status)).toEqual(['Gesamtansatz überschritten', 'im Plan']);
    expect(total.expenseTotal.status).toBe('Gesamtansatz überschritten');
    expect(total.notes[0]).toMatch(/^2 Belege sind/);
    expect(total.notes).toContain('Der Gesamtansatz des Finanzierungsplans ist überschritten (ANBest-P Nr. 1.2).');
    const fixed = figures(
      budgetStatus({ ...statusGrant, financingType: 'festbetrag' }, lines, facts([90_000, 50_000]), '2014-12-31'),
    );
    expect(fixed.expenses.map((r) => r.status)).toEqual(['im Plan', 'im Plan']);
    expect(fixed.notes).toEqual([
      'Festbetragsfinanzierung: Die Einzelansätze sind nicht verbindlich (ANBest-P Nr. 1.2 gilt nicht).',
    ]);
  });

  it('names a recorded consent that covers the overrun instead of asking for one', () => {
    const withConsent = [
      { ...lines[0], consent: { on: '2014-08-15', reference: 'IV 5 - 12/2014', upToCents: 62_000 } },
      lines[1],
    ];
    const covered = figures(budgetStatus(statusGrant, withConsent, facts([61_000, 0]), '2014-12-31'));
    expect(covered.expenses[0].status).toBe('Zustimmung vom 15.08.2014');
    expect(covered.notes).toEqual([
      'Einzelansatz 1: Überschreitung mit vorheriger Zustimmung des Zuwendungsgebers vom 15.08.2014 (IV 5 - 12/2014) bis 620,00\u00a0€.',
    ]);
    const beyond = figures(budgetStatus(statusGrant, withConsent, facts([63_000, 0]), '2014-12-31'));
    expect(beyond.expenses[0].status).toBe('Zustimmung erforderlich');
    expect(beyond.notes).toEqual([expect.stringContaining('vorherige Zustimmung des Zuwendungsgebers')]);
  });
});
