import type { Offer, SurveyInvitation, SurveyListItem } from '@wir/shared';
import { startTestApp, TestApp } from './support/test-app';

describe('demo data: the Erhebungsbogen 2014 with invitations, answers and the offers they reported', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOAD_DEMO_DATA: 'true', JOBS_ENABLED: 'false' });
  });
  afterAll(() => t.close());

  it('is open with the tagged contacts invited, five answers submitted, one begun, one opened; their offers wait for review in the inventory', async () => {
    const coordinator = await t.userWithRoles(['coordinator']);
    const survey = ((await coordinator.get('/api/surveys')).body.items as SurveyListItem[]).find((s) =>
      s.title.de.startsWith('Erhebungsbogen 2014'),
    )!;
    expect(survey).toMatchObject({
      mode: 'invited',
      status: 'open',
      currentVersionNumber: 1,
      counts: { responses: 6, submitted: 5 },
    });
    expect(survey.counts.invitations).toBeGreaterThanOrEqual(10);

    const detail = (await coordinator.get(`/api/surveys/${survey.id}`)).body;
    expect(detail.currentVersion.definition.sections.map((s: { key: string }) => s.key)).toEqual([
      'stelle',
      'oeffnung',
      'fokus',
      'angebote',
    ]);
    expect(detail.title).toMatchObject({ tr: expect.any(String), ar: expect.any(String) });

    const invitations = (await coordinator.get(`/api/surveys/${survey.id}/invitations`)).body
      .items as SurveyInvitation[];
    const states = invitations.map((i) => i.state);
    expect(states.filter((s) => s === 'submitted')).toHaveLength(5);
    expect(states.filter((s) => s === 'in_progress')).toHaveLength(1);
    expect(states.filter((s) => s === 'opened')).toHaveLength(1);
    expect(invitations.find((i) => i.contactName === 'Leyla Aksoy')).toMatchObject({
      language: 'tr',
      state: 'submitted',
      municipalityName: 'Dietzenbach',
      organisationType: 'municipal_integration_office',
    });

    const offers = (await coordinator.get('/api/offers?pageSize=200')).body.items as Offer[];
    const reported = offers.filter((o) => o.sourceQuestionKey === 'angebote');
    expect(reported.map((o) => o.title.de).sort()).toEqual([
      'FAMILIENwerkSTADT',
      'Integrationslotsen Rodgau',
      'MiMi – Mit Migranten für Migranten: Gesundheitsmediatorinnen und -mediatoren',
      'Mutter-Kind-Gruppen',
      'Sprachcafé Seligenstadt',
      'Sprachcafé im Bürgerhaus',
    ]);
    expect(reported.every((o) => o.reviewStatus === 'new' && o.sourceResponseId !== null)).toBe(true);
  });
});
