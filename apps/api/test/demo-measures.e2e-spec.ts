import { startTestApp, TestApp } from './support/test-app';

type Progress = {
  statusCounts: Record<string, number>;
  indicators: {
    name: string;
    total: { target: number | null; actual: number | null; status: string; actualOrigin: string | null };
    rows: { municipalityId: number | null; actual: number | null }[];
  }[];
  output: { checkedIn: number; events: { checkedIn: number }[] };
  input: { spentCents: number; allocatedCents: number };
};

describe('demo data: the measures of the WIR grant 2014 show figures on the first start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOAD_DEMO_DATA: 'true' });
  });
  afterAll(() => t.close());

  it('loads the measures of the press release with indicators, targets and values', async () => {
    const coordinator = await t.userWithRoles(['coordinator']);
    const grant = (await coordinator.get('/api/grants')).body.items[0];
    const list = (await coordinator.get(`/api/measures?grantId=${grant.id}`)).body.items as {
      id: number;
      code: string;
      indicatorCount: number;
      statusCounts: Record<string, number>;
    }[];
    expect(list.map((m) => m.code).sort()).toEqual(['IÖ-1', 'IÖ-2', 'WA-1', 'WA-2', 'WA-3', 'WA-4']);
    expect(list.every((m) => m.indicatorCount >= 2)).toBe(true);
    const all = list.reduce(
      (c, m) => ({
        achieved: c.achieved + m.statusCounts.achieved,
        behind: c.behind + m.statusCounts.behind,
        no_target: c.no_target + m.statusCounts.no_target,
      }),
      { achieved: 0, behind: 0, no_target: 0 },
    );
    expect(all.achieved).toBeGreaterThan(0);
    expect(all.behind).toBeGreaterThan(0);
    expect(all.no_target).toBeGreaterThan(0);

    const rescue = list.find((m) => m.code === 'IÖ-1')!;
    const p = (await coordinator.get(`/api/measures/${rescue.id}/progress?asOf=2014-12-31`)).body as Progress;
    const trained = p.indicators.find((i) => i.name === 'Geschulte Rettungskräfte')!;
    // 21 anonymised check-ins at the training of 22.05.2014, against a target of 25.
    expect(trained.total).toMatchObject({ target: 25, actual: 21, actualOrigin: 'live', status: 'behind' });
    expect(trained.rows.filter((r) => r.municipalityId !== null).reduce((s, r) => s + (r.actual ?? 0), 0)).toBe(21);
    expect(p.indicators.find((i) => i.name === 'Bereichsbezogenes Leitbild beschlossen')!.total).toMatchObject({
      target: 1,
      actual: 1,
      status: 'achieved',
    });
    // 1.200,00 € for the workshop ÷ 21 people = 57,14 €.
    expect(p.indicators.find((i) => i.name === 'Kosten je geschulter Person')!.total.actual).toBe(5714);
    expect(p.input).toMatchObject({ allocatedCents: 300_000, spentCents: 120_000 });
    expect(p.output.checkedIn).toBe(21);

    const language = list.find((m) => m.code === 'WA-4')!;
    const lp = (await coordinator.get(`/api/measures/${language.id}/progress?asOf=2014-12-31`)).body as Progress;
    // 80 % of 38 and 63,64 % of 22 people: 74 % of 60, weighted, not the mean of the two shares (71,82 %).
    expect(lp.indicators.find((i) => i.name === 'Abschlussquote')!.total).toMatchObject({
      target: 75,
      actual: 74,
      status: 'behind',
    });
    expect(lp.indicators.find((i) => i.name === 'Teilnehmende')!.total).toMatchObject({ target: 65, actual: 60 });

    const overview = (await coordinator.get('/api/outcomes/overview?year=2014')).body;
    expect(overview.totals).toMatchObject({ measures: 6, checkedIn: 21 });
    expect(overview.actionFields.map((f: { name: string; measureCount: number }) => [f.name, f.measureCount])).toEqual([
      ['Interkulturelle Öffnung', 4],
      ['Willkommens- und Anerkennungskultur', 4],
    ]);
    const training = (await coordinator.get('/api/events')).body.items.find(
      (e: { slug: string }) => e.slug === 'workshop-rettungsdienst-2014',
    );
    expect(training.confirmedCount).toBe(21);
  });
});
