import type { EventFeedback, MeasureProgress, SurveyResults } from '@wir/shared';
import { DEMO_MEASURES } from '#api/seed/demo-measures';
import { startTestApp, TestApp } from './support/test-app';

describe('demo data: survey results and the feedback form of the training of 22.05.2014 with the indicator it feeds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOAD_DEMO_DATA: 'true', JOBS_ENABLED: 'false' });
  });
  afterAll(() => t.close());

  it('has 17 anonymous answers from the 21 people checked in, and measure IÖ-1 shows the share of 4 or 5', async () => {
    const coordinator = await t.userWithRoles(['coordinator']);
    const training = (await coordinator.get('/api/events')).body.items.find(
      (e: { slug: string }) => e.slug === 'workshop-rettungsdienst-2014',
    );
    const feedback = (await coordinator.get(`/api/events/${training.id}/feedback`)).body as EventFeedback;
    expect(feedback).toMatchObject({
      checkedIn: 21,
      mailed: 21,
      forms: [{ mode: 'anonymous', status: 'closed', submitted: 17 }],
    });

    const results = (await coordinator.get(`/api/surveys/${feedback.forms[0].surveyId}/results`)).body as SurveyResults;
    expect(results).toMatchObject({
      submitted: 17,
      suppressed: false,
      responseRate: { overall: { invited: 21, submitted: 17 } },
    });
    const competence = results.questions.find((q) => q.key === 'kompetenz')!;
    expect(competence.options.map((o) => o.count)).toEqual([0, 2, 3, 8, 4]);
    expect(results.questions.find((q) => q.key === 'anregungen')!.texts).toHaveLength(5);

    const measure = (await coordinator.get('/api/measures')).body.items.find(
      (m: { code: string }) => m.code === 'IÖ-1',
    );
    const progress = (await coordinator.get(`/api/measures/${measure.id}/progress?asOf=2014-12-31`))
      .body as MeasureProgress;
    const share = progress.indicators.find((i) => i.sourceKind === 'feedback')!;
    // 12 of 17 answered 4 or 5: 70,59 % against a target of 75 %.
    expect(share).toMatchObject({ level: 'outcome', step: 4, unit: 'percent' });
    expect(share.total).toMatchObject({ target: 75, actual: 70.59, actualOrigin: 'live', status: 'behind' });
  });

  it('shows the results of the demo Erhebungsbogen with the response rate of the five municipalities with an integration office and the two without', async () => {
    const coordinator = await t.userWithRoles(['coordinator']);
    const surveys = (await coordinator.get('/api/surveys')).body.items as {
      id: number;
      mode: string;
      title: { de: string };
    }[];
    const erhebung = surveys.find((s) => s.mode === 'invited' && s.title.de.includes('Erhebungsbogen'))!;
    const results = (await coordinator.get(`/api/surveys/${erhebung.id}/results`)).body as SurveyResults;
    const names = results.responseRate.byMunicipality.map((r) => r.name);
    // The Erhebungsbogen belongs to measure WA-1: every municipality it surveys has a row.
    const surveyed = DEMO_MEASURES.find((m) => m.code === 'WA-1')!.municipalities;
    expect(surveyed).toHaveLength(7);
    for (const name of surveyed) expect(names).toContain(name);
    expect(results.submitted).toBeGreaterThan(0);
    expect(results.responseRate.byMunicipality.some((r) => r.submitted === 0)).toBe(true);
    expect(results.questions.some((q) => q.type === 'offer_list' && (q.offerRows ?? 0) > 0)).toBe(true);
  });
});
