import {
  budgetStatus,
  entitlement,
  forecast,
  lineStatus,
  percentOf,
  type StatusFacts,
  type StatusGrant,
} from './budget-status.util';

const grant = (over: Partial<StatusGrant> = {}): StatusGrant => ({
  id: 1,
  financingType: 'fehlbedarf',
  awardedCents: 100_000,
  sharePercent: null,
  ownShareCents: 0,
  thirdPartyCents: 0,
  periodStart: '2014-01-01',
  periodEnd: '2014-12-31',
  ...over,
});
const facts = (actual: Record<number, number>, over: Partial<StatusFacts> = {}): StatusFacts => ({
  actualByLine: new Map(Object.entries(actual).map(([k, v]) => [Number(k), v])),
  incomeBySource: { grant: 0, own_share: 0, third_party: 0 },
  expenseByMonth: new Map(),
  drawdownsRequestedCents: 0,
  drawdownsReceivedCents: 0,
  unsignedReceipts: 0,
  ...over,
});
const lines = [
  { id: 1, code: '1', name: 'A', plannedCents: 50_000 },
  { id: 2, code: '2', name: 'B', plannedCents: 50_000 },
];

describe('ANBest-P Nr. 1.2 line status', () => {
  it('is ok within plan and exactly at plan', () => {
    expect(lineStatus('fehlbedarf', 50_000, 49_999, false)).toBe('ok');
    expect(lineStatus('fehlbedarf', 50_000, 50_000, false)).toBe('ok');
  });
  it('is over_covered up to and including 20 % when the total holds', () => {
    expect(lineStatus('anteil', 50_000, 60_000, false)).toBe('over_covered');
    expect(lineStatus('anteil', 50_000, 50_001, false)).toBe('over_covered');
  });
  it('needs consent one cent beyond 20 %', () => {
    expect(lineStatus('fehlbedarf', 50_000, 60_001, false)).toBe('needs_consent');
  });
  it('needs consent for any spending on a line planned at 0', () => {
    expect(lineStatus('fehlbedarf', 0, 1, false)).toBe('needs_consent');
  });
  it('is over_total when the plan total is exceeded, whatever the line overrun', () => {
    expect(lineStatus('fehlbedarf', 50_000, 50_100, true)).toBe('over_total');
    expect(lineStatus('fehlbedarf', 50_000, 90_000, true)).toBe('over_total');
  });
  it('does not apply to festbetrag', () => {
    expect(lineStatus('festbetrag', 50_000, 90_000, false)).toBe('ok');
  });
});

describe('budgetStatus', () => {
  it('offsets an overrun with savings elsewhere and reports the totals', () => {
    const s = budgetStatus(grant(), lines, facts({ 1: 58_000, 2: 30_000 }), '2014-12-31');
    expect(s.lines.map((l) => l.status)).toEqual(['over_covered', 'ok']);
    expect(s.lines[0]).toMatchObject({ deviationCents: 8_000, deviationPercent: 16 });
    expect(s.totals).toMatchObject({
      plannedCents: 100_000,
      actualCents: 88_000,
      remainingCents: 12_000,
      utilisationPercent: 88,
      status: 'ok',
    });
  });
  it('marks overrunning lines over_total when the whole plan is exceeded', () => {
    const s = budgetStatus(grant(), lines, facts({ 1: 58_000, 2: 50_000 }), '2014-12-31');
    expect(s.lines.map((l) => l.status)).toEqual(['over_total', 'ok']);
    expect(s.totals.status).toBe('over_total');
  });
  it('keeps festbetrag lines ok even over the total', () => {
    const s = budgetStatus(
      grant({ financingType: 'festbetrag' }),
      lines,
      facts({ 1: 90_000, 2: 50_000 }),
      '2014-12-31',
    );
    expect(s.lines.map((l) => l.status)).toEqual(['ok', 'ok']);
    expect(s.totals.status).toBe('ok');
  });
  it('builds the burn-down by month with an even plan spread', () => {
    const s = budgetStatus(
      grant(),
      lines,
      facts(
        { 1: 3_000 },
        {
          expenseByMonth: new Map([
            ['2014-02', 1_000],
            ['2014-03', 2_000],
          ]),
        },
      ),
      '2014-12-31',
    );
    expect(s.months).toHaveLength(12);
    expect(s.months[2]).toEqual({
      month: '2014-03',
      actualCents: 2_000,
      cumulativeCents: 3_000,
      plannedCumulativeCents: 25_000,
    });
    expect(s.months[11].plannedCumulativeCents).toBe(100_000);
  });
  it('clamps the day of the figures to the funding period', () => {
    expect(budgetStatus(grant(), lines, facts({}), '2020-01-01').asOf).toBe('2014-12-31');
    expect(budgetStatus(grant(), lines, facts({}), '2013-01-01').asOf).toBe('2014-01-01');
  });
  it('asks for repayment of received money beyond the entitlement', () => {
    const s = budgetStatus(
      grant({ financingType: 'anteil', sharePercent: 50 }),
      lines,
      facts({ 1: 40_000 }, { drawdownsReceivedCents: 30_000 }),
      '2014-12-31',
    );
    expect(s.entitlementCents).toBe(20_000);
    expect(s.repaymentCents).toBe(10_000);
  });
});

describe('forecast and entitlement', () => {
  it('stretches the spending so far over the whole period', () => {
    expect(forecast(1_000, '2014-01-01', '2014-01-10', '2014-01-05')).toBe(2_000);
    expect(forecast(1_000, '2014-01-01', '2014-01-10', '2014-01-10')).toBe(1_000);
  });
  it('computes the grant by financing type, never above the award', () => {
    const f = facts({}, { incomeBySource: { grant: 0, own_share: 5_000, third_party: 2_000 } });
    expect(entitlement(grant({ financingType: 'festbetrag' }), 80_000, f)).toBe(80_000);
    expect(entitlement(grant({ financingType: 'festbetrag' }), 180_000, f)).toBe(100_000);
    expect(entitlement(grant({ financingType: 'anteil', sharePercent: 75 }), 10_001, f)).toBe(7_500);
    expect(entitlement(grant({ financingType: 'fehlbedarf', ownShareCents: 10_000 }), 50_000, f)).toBe(38_000);
    expect(entitlement(grant({ financingType: 'fehlbedarf' }), 1_000, f)).toBe(0);
  });
  it('rounds per cent to one decimal and gives null for a zero plan', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(5, 0)).toBeNull();
  });
});

describe('funder consent', () => {
  it('says whether a recorded consent covers the actual spending', () => {
    const withConsent = [{ ...lines[0], consent: { on: '2014-08-15', reference: '', upToCents: 65_000 } }, lines[1]];
    const covered = budgetStatus(grant(), withConsent, facts({ 1: 65_000, 2: 10_000 }), '2014-12-31');
    expect(covered.lines[0]).toMatchObject({ status: 'needs_consent', consent: { upToCents: 65_000, covers: true } });
    expect(covered.lines[1].consent).toBeNull();
    const beyond = budgetStatus(grant(), withConsent, facts({ 1: 65_001, 2: 10_000 }), '2014-12-31');
    expect(beyond.lines[0].consent?.covers).toBe(false);
  });
});
