import JSZip from 'jszip';
import type { MeasureProgress, NarrativeReport } from '@wir/shared';
import { expense, wirGrant } from './support/grant-fixtures';
import type { MeasureApp } from './support/measure-fixtures';
import { addIndicator, attendedTraining, createMeasure, errorPaths, startMeasureApp } from './support/measure-fixtures';
import { downloadFile, pdfPages } from './support/report-files';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The text of a Word file: the runs of word/document.xml, paragraphs on their own lines. */
async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

describe('narrative report (Sachbericht): draft from data, edits, reasons, versions, files, roles', () => {
  let { t, coordinator, finance, master } = {} as MeasureApp;
  beforeAll(async () => {
    ({ t, coordinator, finance, master } = await startMeasureApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' }));
  });
  afterAll(() => t.close());

  /**
   * A WIR grant with the rescue-service training of 22.05.2014 (event and workshop, four people,
   * three checked in), a measure linking them with two indicators (trained people from check-ins,
   * target 4, reached 3 = 75 %: a reason is needed; a Leitbild adopted, achieved) and 1.200,00 € spent.
   */
  async function scenario(slug: string) {
    const { grant, lines } = await wirGrant(finance);
    const ev = await attendedTraining(t, master, slug);

    const measure = await createMeasure(coordinator, master.openingId, {
      title: 'Interkulturelle Schulung Rettungsdienst',
      goal: 'Rettungskräfte handeln interkulturell kompetent.',
      description: 'Schulung in der Rettungsdienstschule.',
      grantId: grant.id,
      budgetAllocations: [{ budgetLineId: lines[1].id, plannedCents: 250_000 }],
      eventIds: [ev.id],
      workshopIds: ev.workshopIds,
      sustained: true,
    });
    const trained = await addIndicator(coordinator, measure.id, {
      name: 'Geschulte Rettungskräfte',
      level: 'output',
      step: 2,
      source: { kind: 'participants' },
    });
    expect(
      (
        await coordinator.put(`/api/indicators/${trained.id}/targets`, {
          targets: [{ period: '2014', municipalityId: null, value: 4 }],
        })
      ).status,
    ).toBe(200);
    const leitbild = await addIndicator(coordinator, measure.id, {
      name: 'Leitbild beschlossen',
      level: 'impact',
      step: 7,
      unit: 'yes_no',
    });
    expect(
      (
        await coordinator.put(`/api/indicators/${leitbild.id}/targets`, {
          targets: [{ period: '2014', municipalityId: null, value: 1 }],
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await coordinator.post(`/api/indicators/${leitbild.id}/values`, {
          period: '2014',
          municipalityId: null,
          value: 1,
          note: 'Kreistag',
        })
      ).status,
    ).toBe(201);
    await expense(finance, grant.id, lines[1].id, 120_000, { measureId: measure.id });
    return { grant, lines, ev, measure, trained, leitbild };
  }

  const report = (grantId: number) => `/api/grants/${grantId}/narrative-report`;
  const draft = async (grantId: number, asOf = '2014-12-31') => {
    const res = await coordinator.post(`${report(grantId)}/draft`, { asOf });
    expect(res.status).toBe(200);
    return res.body as NarrativeReport;
  };
  const progressOf = async (measureId: number, asOf: string) =>
    (await finance.get(`/api/measures/${measureId}/progress?asOf=${asOf}`)).body as MeasureProgress;

  it('drafts from the data: events with dates, attendance by municipality and organisation type, indicators and spend as the progress API has them', async () => {
    const s = await scenario('sachbericht-daten');
    expect((await finance.get(report(s.grant.id))).status).toBe(404);
    const body = await draft(s.grant.id);
    const progress = await progressOf(s.measure.id, '2014-12-31');
    expect(body).toMatchObject({
      grantId: s.grant.id,
      version: 1,
      status: 'draft',
      dataAsOf: '2014-12-31',
      finalisedAt: null,
    });
    expect(body.goals.text).toContain('Wegweisende Integrationsansätze realisieren');
    expect(body.goals.text).toContain('Rettungskräfte handeln interkulturell kompetent.');
    expect(body.measures).toHaveLength(1);
    const m = body.measures[0];
    expect(m.events.map((e) => [e.kind, e.startsAt, e.registered, e.checkedIn])).toEqual([
      [
        'event',
        progress.output.events[0].startsAt,
        progress.output.events[0].registered,
        progress.output.events[0].checkedIn,
      ],
      [
        'workshop',
        progress.output.workshops[0].startsAt,
        progress.output.workshops[0].registered,
        progress.output.workshops[0].checkedIn,
      ],
    ]);
    expect(m.events.map((e) => [e.registered, e.checkedIn])).toEqual([
      [4, 3],
      [2, 2],
    ]);
    expect(m.participants).toEqual({ registered: progress.output.registered, checkedIn: progress.output.checkedIn });
    expect(m.byMunicipality).toEqual(
      progress.output.byMunicipality.map(({ name, registered, checkedIn }) => ({ name, registered, checkedIn })),
    );
    expect(m.byOrganisationType).toEqual(progress.output.byOrganisationType);
    expect(
      m.indicators.map(({ indicatorId, baseline, target, actual, achievement, status }) => ({
        indicatorId,
        baseline,
        target,
        actual,
        achievement,
        status,
      })),
    ).toEqual(
      progress.indicators.map((i) => ({
        indicatorId: i.indicatorId,
        baseline: i.total.baseline,
        target: i.total.target,
        actual: i.total.actual,
        achievement: i.total.achievement,
        status: i.total.status,
      })),
    );
    expect(m.indicators.find((i) => i.indicatorId === s.trained.id)).toMatchObject({
      target: 4,
      actual: 3,
      achievement: 0.75,
      needsReason: true,
      reason: '',
    });
    expect(m.indicators.find((i) => i.indicatorId === s.leitbild.id)).toMatchObject({
      actual: 1,
      status: 'achieved',
      needsReason: false,
    });
    expect(m.spending).toEqual({
      allocatedCents: progress.input.allocatedCents,
      spentCents: progress.input.spentCents,
      allocations: progress.input.allocations,
    });
    expect(m.spending).toMatchObject({ allocatedCents: 250_000, spentCents: 120_000 });
    expect(m.sections.done.text).toContain('22.05.2014');
    expect(m.sections.results.text).toContain('Geschulte Rettungskräfte: Ziel 4, erreicht 3 (75 %');
    expect(m.sections.spending.text).toContain('2.500,00');
    expect(m.sections.outlook.text).toContain('verstetigt');
    expect(body.missingReasons).toEqual([
      {
        measureId: s.measure.id,
        measureCode: s.measure.code,
        indicatorId: s.trained.id,
        name: 'Geschulte Rettungskräfte',
        achievement: 0.75,
      },
    ]);
    expect((await finance.get(report(s.grant.id))).body).toEqual(body);
  });

  it('keeps what staff wrote when the draft is generated again; figures and untouched suggestions follow the data', async () => {
    const s = await scenario('sachbericht-erneut');
    const first = await draft(s.grant.id);
    const edited = await coordinator.put(report(s.grant.id), {
      goals: 'Unsere eigenen Ziele.',
      measures: [
        {
          measureId: s.measure.id,
          done: 'Eigener Text zur Schulung.',
          indicatorReasons: [{ indicatorId: s.trained.id, reason: 'Zwei Wachen waren im Einsatz.' }],
        },
      ],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.missingReasons).toEqual([]);
    // More spending and a lower target: the figures and the unedited suggestions change.
    await expense(finance, s.grant.id, s.lines[1].id, 30_000, { measureId: s.measure.id });
    expect(
      (
        await coordinator.put(`/api/indicators/${s.trained.id}/targets`, {
          targets: [{ period: '2014', municipalityId: null, value: 3 }],
        })
      ).status,
    ).toBe(200);
    const again = await draft(s.grant.id);
    expect(again.version).toBe(1);
    expect(again.goals.text).toBe('Unsere eigenen Ziele.');
    const m = again.measures[0];
    expect(m.sections.done.text).toBe('Eigener Text zur Schulung.');
    expect(m.sections.done.suggestion).toBe(first.measures[0].sections.done.suggestion);
    expect(m.sections.spending.text).not.toBe(first.measures[0].sections.spending.text);
    expect(m.sections.spending.text).toContain('1.500,00');
    expect(m.spending.spentCents).toBe(150_000);
    expect(m.indicators.find((i) => i.indicatorId === s.trained.id)).toMatchObject({
      target: 3,
      actual: 3,
      status: 'achieved',
      needsReason: false,
      reason: 'Zwei Wachen waren im Einsatz.',
    });
    expect(m.sections.results.text).toContain('Ziel 3, erreicht 3');
  });

  it('refuses to finalise while an indicator misses its target by more than 20 % without a reason (409 naming it); a final is frozen and a change starts the next version', async () => {
    const s = await scenario('sachbericht-final');
    expect((await coordinator.post(`${report(s.grant.id)}/finalise`)).status).toBe(409);
    await draft(s.grant.id);
    const refused = await coordinator.post(`${report(s.grant.id)}/finalise`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('narrative_report_reasons_missing');
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(errorPaths(refused.body)).toEqual([`measures.${s.measure.id}.indicators.${s.trained.id}.reason`]);
    expect(refused.body.detail).toContain('Geschulte Rettungskräfte');
    expect((await finance.get(report(s.grant.id))).body.status).toBe('draft');

    await coordinator.put(report(s.grant.id), {
      measures: [
        {
          measureId: s.measure.id,
          indicatorReasons: [{ indicatorId: s.trained.id, reason: 'Zwei Wachen waren im Einsatz.' }],
        },
      ],
    });
    const final = await coordinator.post(`${report(s.grant.id)}/finalise`);
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({
      version: 1,
      status: 'final',
      finalisedBy: expect.stringContaining('Test coordinator'),
    });
    expect(final.body.finalisedAt).not.toBeNull();
    expect((await coordinator.post(`${report(s.grant.id)}/finalise`)).status).toBe(409);

    // New data does not touch the final version.
    await expense(finance, s.grant.id, s.lines[1].id, 50_000, { measureId: s.measure.id });
    expect((await finance.get(`${report(s.grant.id)}/versions/1`)).body).toEqual(final.body);

    const changed = await coordinator.put(report(s.grant.id), {
      measures: [{ measureId: s.measure.id, outlook: 'Fortsetzung 2015 mit eigenen Mitteln.' }],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, status: 'draft', dataAsOf: '2014-12-31' });
    expect(changed.body.measures[0].sections.outlook.text).toBe('Fortsetzung 2015 mit eigenen Mitteln.');
    expect(
      changed.body.measures[0].indicators.find((i: { indicatorId: number }) => i.indicatorId === s.trained.id).reason,
    ).toBe('Zwei Wachen waren im Einsatz.');
    const v1 = (await finance.get(`${report(s.grant.id)}/versions/1`)).body;
    expect(v1.status).toBe('final');
    expect(v1.measures[0].sections.outlook.text).toBe(final.body.measures[0].sections.outlook.text);

    const v2 = await coordinator.post(`${report(s.grant.id)}/finalise`);
    expect(v2.body).toMatchObject({ version: 2, status: 'final' });
    const regenerated = await draft(s.grant.id);
    expect(regenerated).toMatchObject({ version: 3, status: 'draft' });
    expect(regenerated.measures[0].spending.spentCents).toBe(170_000);
    expect(regenerated.measures[0].sections.outlook.text).toBe('Fortsetzung 2015 mit eigenen Mitteln.');
    const versions = await finance.get(`${report(s.grant.id)}/versions`);
    expect(versions.body.items.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [3, 'draft'],
      [2, 'final'],
      [1, 'final'],
    ]);
    expect((await finance.get(`${report(s.grant.id)}/versions/9`)).status).toBe(404);

    const log = await (await t.admin()).get('/api/audit-log?entity=narrative_report');
    const ours = log.body.items.filter((e: { after: { grantId: number } }) => e.after?.grantId === s.grant.id);
    expect(
      ours.map((e: { action: string; after: { version: number; status: string } }) => [
        e.action,
        e.after.version,
        e.after.status,
      ]),
    ).toEqual([
      ['create', 3, 'draft'],
      ['update', 2, 'final'],
      ['create', 2, 'draft'],
      ['update', 1, 'final'],
      ['update', 1, 'draft'],
      ['create', 1, 'draft'],
    ]);
  });

  it('names each bad field (400 problem+json) and writes nothing', async () => {
    const s = await scenario('sachbericht-fehler');
    expect((await coordinator.put(report(s.grant.id), { goals: 'x' })).status).toBe(409);
    const before = await draft(s.grant.id);
    const bad = await coordinator.put(report(s.grant.id), {
      goals: 'x'.repeat(20_001),
      colour: 'rot',
      measures: [{ measureId: s.measure.id, done: 5 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(errorPaths(bad.body).sort()).toEqual(['colour', 'goals', 'measures.0.done']);
    const unknown = await coordinator.put(report(s.grant.id), {
      goals: 'Darf nicht gespeichert werden.',
      measures: [
        { measureId: 999_999, done: 'x' },
        { measureId: s.measure.id, indicatorReasons: [{ indicatorId: 999_998, reason: 'x' }] },
      ],
    });
    expect(unknown.status).toBe(400);
    expect(errorPaths(unknown.body)).toEqual(['measures.0.measureId', 'measures.1.indicatorReasons.0.indicatorId']);
    expect((await coordinator.put(report(s.grant.id), {})).status).toBe(400);
    expect(errorPaths((await coordinator.post(`${report(s.grant.id)}/draft`, { asOf: '2014-02-30' })).body)).toEqual([
      'asOf',
    ]);
    expect((await finance.get(report(s.grant.id))).body).toEqual(before);
    expect((await coordinator.post('/api/grants/999999/narrative-report/draft', {})).status).toBe(404);
    expect((await finance.get(`/api/grants/${s.grant.id}/reports/narrative-report.pdf?asOf=31.12.2014`)).status).toBe(
      400,
    );
    expect((await finance.get(`/api/grants/${s.grant.id}/reports/narrative-report.docx?version=7`)).status).toBe(404);
  });

  it('lets coordinators and admins write, finance read and download, and keeps checkin out', async () => {
    const s = await scenario('sachbericht-rollen');
    const checkin = await t.userWithRoles(['checkin']);
    const admin = await t.admin();
    expect((await finance.post(`${report(s.grant.id)}/draft`, {})).status).toBe(403);
    expect((await admin.post(`${report(s.grant.id)}/draft`, { asOf: '2014-12-31' })).status).toBe(200);
    expect((await finance.put(report(s.grant.id), { goals: 'x' })).status).toBe(403);
    expect((await finance.post(`${report(s.grant.id)}/finalise`)).status).toBe(403);
    for (const url of [
      report(s.grant.id),
      `${report(s.grant.id)}/versions`,
      `${report(s.grant.id)}/versions/1`,
      `/api/grants/${s.grant.id}/reports/narrative-report.pdf`,
      `/api/grants/${s.grant.id}/reports/narrative-report.docx`,
    ]) {
      expect([url, (await finance.get(url)).status]).toEqual([url, 200]);
      expect([url, (await checkin.get(url)).status]).toEqual([url, 403]);
      expect([url, (await t.http.get(url)).status]).toEqual([url, 401]);
    }
    expect((await checkin.put(report(s.grant.id), { goals: 'x' })).status).toBe(403);
    expect((await checkin.post(`${report(s.grant.id)}/draft`, {})).status).toBe(403);
    expect((await checkin.post(`${report(s.grant.id)}/finalise`)).status).toBe(403);
    expect((await admin.put(report(s.grant.id), { goals: 'Vom Admin.' })).status).toBe(200);
  });

  it('writes PDF and DOCX in German with the figures of the progress API; ?asOf= gives a Zwischenbericht with that day’s figures', async () => {
    const s = await scenario('sachbericht-dateien');
    await draft(s.grant.id);
    await coordinator.put(report(s.grant.id), {
      measures: [
        {
          measureId: s.measure.id,
          indicatorReasons: [{ indicatorId: s.trained.id, reason: 'Zwei Wachen waren im Einsatz.' }],
        },
      ],
    });
    await coordinator.post(`${report(s.grant.id)}/finalise`);
    const progress = await progressOf(s.measure.id, '2014-12-31');
    const trained = progress.indicators.find((i) => i.indicatorId === s.trained.id)!.total;

    const pdf = await downloadFile(finance, `/api/grants/${s.grant.id}/reports/narrative-report.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('no-store');
    expect(pdf.headers['content-disposition']).toContain('attachment');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfText = (await pdfPages(pdf.body)).join('\n').replace(/\s+/g, ' ');

    const docx = await downloadFile(finance, `/api/grants/${s.grant.id}/reports/narrative-report.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toBe(DOCX_TYPE);
    expect(docx.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const wordText = (await docxText(docx.body)).replace(/\s+/g, ' ');

    for (const [name, text] of [
      ['pdf', pdfText],
      ['docx', wordText],
    ]) {
      for (const expected of [
        'Sachbericht',
        'Version 1, endgültig',
        s.grant.title,
        '1. Ziele der Zuwendung',
        `2. Maßnahme ${s.measure.code}: Interkulturelle Schulung Rettungsdienst`,
        'Durchgeführte Aktivitäten',
        'Ergebnisse im Vergleich zu den Zielen',
        'Abweichungen und ihre Gründe',
        'Notwendigkeit und Angemessenheit der Ausgaben',
        'Ausblick und Nachhaltigkeit',
        '22.05.2014',
        'Workshop: Workshop 1',
        'Rettungsdienst',
        `Geschulte Rettungskräfte – ${trained.target} ${trained.actual} ${Math.round(trained.achievement! * 100)} % im Rückstand`,
        'Leitbild beschlossen – ja ja 100 % erreicht',
        'Begründung zu „Geschulte Rettungskräfte“ (Zielerreichung 75 %): Zwei Wachen waren im Einsatz.',
        '2 Innovative Projekte 2.500,00 € 1.200,00 €',
        'Stand der Zahlen 31.12.2014',
      ]) {
        expect([name, text.includes(expected.replace(/\s+/g, ' ')) ? expected : text]).toEqual([name, expected]);
      }
      expect([name, text.includes('Zwischenbericht')]).toEqual([name, false]);
    }

    // Interim: the day before the training nobody was checked in yet; nothing had been spent.
    const before = await progressOf(s.measure.id, '2014-05-21');
    expect(before.indicators.find((i) => i.indicatorId === s.trained.id)!.total.actual).toBe(0);
    const interimPdf = await downloadFile(
      finance,
      `/api/grants/${s.grant.id}/reports/narrative-report.pdf?asOf=2014-05-21`,
    );
    expect(interimPdf.headers['content-disposition']).toContain('Zwischenbericht');
    const interimDocx = await downloadFile(
      finance,
      `/api/grants/${s.grant.id}/reports/narrative-report.docx?asOf=2014-05-21`,
    );
    for (const text of [
      (await pdfPages(interimPdf.body)).join('\n').replace(/\s+/g, ' '),
      (await docxText(interimDocx.body)).replace(/\s+/g, ' '),
    ]) {
      expect(text).toContain('Zwischenbericht');
      expect(text).toContain('Stand der Zahlen 21.05.2014');
      expect(text).toContain('Geschulte Rettungskräfte – 4 0 0 % im Rückstand');
      expect(text).toContain('2 Innovative Projekte 2.500,00 € 0,00 €');
      expect(text).toContain('Zwei Wachen waren im Einsatz.');
    }
  });
});
