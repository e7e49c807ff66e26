import { DataSource } from 'typeorm';
import type { SurveyDefinitionInput, SurveyDetail, SurveyInvitation } from '@wir/shared';
import { ScheduledJobRegistry } from '#api/jobs/scheduled-job.registry';
import { OfferEntity } from '#api/modules/offers/offer.entity';
import { SurveyInvitationsService } from '#api/modules/surveys/survey-invitations.service';
import { SurveyResponseEntity } from '#api/modules/surveys/survey-response.entity';
import { SurveyEntity } from '#api/modules/surveys/survey.entity';
import { MailWorker } from '#api/platform/mail/mail-worker.service';
import { errorPaths } from './support/measure-fixtures';
import { downloadFile, pdfPages } from './support/report-files';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type Client, type TestApp } from './support/test-app';

/** A small Erhebungsbogen: a yes/no with a conditional required text, a scale, and a list of offers. */
const DEFINITION: SurveyDefinitionInput = {
  sections: [
    {
      key: 'oeffnung',
      title: { de: 'Interkulturelle Öffnung' },
      questions: [
        { key: 'hat_buero', type: 'yes_no', label: { de: 'Gibt es ein Integrationsbüro?' }, required: true },
        {
          key: 'buero_name',
          type: 'text',
          label: { de: 'Wie heißt es?' },
          required: true,
          maxLength: 100,
          showIf: { questionKey: 'hat_buero', equals: true },
        },
        {
          key: 'willkommen',
          type: 'scale',
          label: { de: 'Willkommenskultur' },
          minLabel: { de: 'schwach' },
          maxLabel: { de: 'stark' },
        },
      ],
    },
    {
      key: 'angebote',
      title: { de: 'Angebote' },
      questions: [{ key: 'angebote', type: 'offer_list', label: { de: 'Ihre Angebote' }, maxRows: 3 }],
    },
  ],
};

describe('surveys: definition, versions, invitations, answering', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let coordinator: Client;
  let finance: Client;
  let checkin: Client;
  let municipalityId: number;
  let organisationId: number;
  const ds = () => t.app.get(DataSource);
  let counter = 0;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({ SMTP_URL: sink.url, PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
    coordinator = await t.userWithRoles(['coordinator']);
    finance = await t.userWithRoles(['finance']);
    checkin = await t.userWithRoles(['checkin']);
    municipalityId = (await coordinator.post('/api/municipalities', { name: 'Dietzenbach', officialKey: '06438001' }))
      .body.id;
    organisationId = (
      await coordinator.post('/api/organisations', {
        name: 'Integrationsbüro Dietzenbach',
        type: 'municipal_integration_office',
        municipalityId,
      })
    ).body.id;
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  async function contact(fields: Record<string, unknown> = {}): Promise<number> {
    const n = ++counter;
    const res = await coordinator.post('/api/contacts', {
      name: `Kontakt ${n}`,
      email: `kontakt${n}@dietzenbach.example`,
      organisationId,
      legalBasis: 'public_office',
      ...fields,
    });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  async function openSurvey(
    definition: SurveyDefinitionInput = DEFINITION,
    extra: Record<string, unknown> = {},
  ): Promise<SurveyDetail> {
    const created = await coordinator.post('/api/surveys', {
      title: { de: 'Erhebungsbogen', tr: 'Anket' },
      definition,
      ...extra,
    });
    expect(created.status).toBe(201);
    const opened = await coordinator.post(`/api/surveys/${created.body.id}/open`);
    expect(opened.status).toBe(200);
    return opened.body;
  }

  /** Sends what is in the outbox and returns the token of the newest link mailed to each address. */
  async function mailedTokens(): Promise<Map<string, string>> {
    await t.app.get(MailWorker).runOnce();
    const tokens = new Map<string, string>();
    for (const mail of sink.received) {
      const match = /\/umfrage\/([A-Za-z0-9_-]{43})\?lang=/.exec(mail.parsed.text ?? '');
      if (match) tokens.set(mail.envelopeTo[0], match[1]);
    }
    return tokens;
  }

  async function invite(surveyId: number, contactIds: number[]): Promise<Map<number, string>> {
    const res = await coordinator.post(`/api/surveys/${surveyId}/invitations`, { contactIds });
    expect(res.status).toBe(201);
    const tokens = await mailedTokens();
    const result = new Map<number, string>();
    for (const id of contactIds) result.set(id, tokens.get(emailOf.get(id)!)!);
    return result;
  }
  const emailOf = new Map<number, string>();
  async function invitedContact(fields: Record<string, unknown> = {}): Promise<number> {
    const id = await contact(fields);
    emailOf.set(id, (fields.email as string | undefined) ?? `kontakt${counter}@dietzenbach.example`);
    return id;
  }

  const invitations = async (surveyId: number): Promise<SurveyInvitation[]> =>
    (await coordinator.get(`/api/surveys/${surveyId}/invitations`)).body.items;

  it('refuses a bad definition naming each bad field', async () => {
    const bad = await coordinator.post('/api/surveys', {
      title: { de: 'Kaputt' },
      definition: {
        sections: [
          {
            key: 'a',
            title: { de: 'A' },
            questions: [
              { key: 'x', type: 'single_choice', label: { de: 'X' }, options: [] },
              { key: 'x', type: 'text', label: { de: 'Doppelt' } },
              { key: 'y', type: 'text', label: { de: 'Y' }, showIf: { questionKey: 'z', equals: true } },
            ],
          },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(errorPaths(bad.body)).toEqual(
      expect.arrayContaining([
        'definition.sections.0.questions.0.options',
        'definition.sections.0.questions.1.key',
        'definition.sections.0.questions.2.showIf.questionKey',
      ]),
    );
    expect(
      (await coordinator.get('/api/surveys')).body.items.filter(
        (s: { title: { de: string } }) => s.title.de === 'Kaputt',
      ),
    ).toEqual([]);
  });

  it('keeps one version while drafting, freezes it once open: a change becomes version 2 and answers keep theirs', async () => {
    const created = await coordinator.post('/api/surveys', { title: { de: 'Versionen' }, definition: DEFINITION });
    const id = created.body.id as number;
    expect(created.body).toMatchObject({ status: 'draft', currentVersionNumber: 1, mode: 'invited' });
    const edited = await coordinator.patch(`/api/surveys/${id}`, {
      definition: { sections: [DEFINITION.sections[0]] },
    });
    expect(edited.body.currentVersionNumber).toBe(1);
    expect(edited.body.versions).toHaveLength(1);
    await coordinator.patch(`/api/surveys/${id}`, { definition: DEFINITION });
    expect((await coordinator.post(`/api/surveys/${id}/open`)).status).toBe(200);

    const early = await invitedContact();
    const [earlyToken] = [...(await invite(id, [early])).values()];
    expect(
      (await t.http.put(`/api/public/surveys/${earlyToken}/answers`).send({ answers: { hat_buero: false } })).status,
    ).toBe(200);

    // The same definition again changes nothing; a new one makes version 2.
    expect((await coordinator.patch(`/api/surveys/${id}`, { definition: DEFINITION })).body.currentVersionNumber).toBe(
      1,
    );
    const changed = {
      sections: [
        {
          ...DEFINITION.sections[0],
          questions: [...DEFINITION.sections[0].questions, { key: 'neu', type: 'text', label: { de: 'Neu' } }],
        },
      ],
    } as SurveyDefinitionInput;
    const v2 = await coordinator.patch(`/api/surveys/${id}`, { definition: changed });
    expect(v2.status).toBe(200);
    expect(v2.body).toMatchObject({ currentVersionNumber: 2 });
    expect(v2.body.versions.map((v: { number: number; responses: number }) => [v.number, v.responses])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    const listed = (await coordinator.get('/api/surveys')).body.items as { id: number; currentVersionNumber: number }[];
    expect(listed.find((s) => s.id === id)?.currentVersionNumber).toBe(2);
    // The mode is fixed once opened.
    const mode = await coordinator.patch(`/api/surveys/${id}`, { mode: 'anonymous' });
    expect([mode.status, mode.body.code]).toEqual([409, 'survey_mode_locked']);

    // The response started before continues on version 1; a new one starts on version 2.
    const resumed = await t.http.get(`/api/public/surveys/${earlyToken}`);
    expect(resumed.body).toMatchObject({
      versionNumber: 1,
      responseStatus: 'in_progress',
      answers: { hat_buero: false },
    });
    expect(
      (await t.http.put(`/api/public/surveys/${earlyToken}/answers`).send({ answers: { neu: 'x' } })).body.errors[0]
        .path,
    ).toBe('answers.neu');
    const late = await invitedContact();
    const [lateToken] = [...(await invite(id, [late])).values()];
    expect((await t.http.get(`/api/public/surveys/${lateToken}`)).body.versionNumber).toBe(2);
    expect((await t.http.put(`/api/public/surveys/${lateToken}/answers`).send({ answers: { neu: 'x' } })).status).toBe(
      200,
    );
  });

  it('saves as the person goes, refuses a bad save as a whole, and resumes on the next visit', async () => {
    const survey = await openSurvey();
    const person = await invitedContact();
    const [token] = [...(await invite(survey.id, [person])).values()];
    expect(
      (await t.http.put(`/api/public/surveys/${token}/answers`).send({ answers: { hat_buero: true, willkommen: 4 } }))
        .status,
    ).toBe(200);
    // One bad answer: nothing of this save is stored.
    const bad = await t.http
      .put(`/api/public/surveys/${token}/answers`)
      .send({ answers: { buero_name: 'Integrationsbüro', willkommen: 9, unbekannt: 1 } });
    expect(bad.status).toBe(400);
    expect(errorPaths(bad.body).sort()).toEqual(['answers.unbekannt', 'answers.willkommen']);
    const again = await t.http.get(`/api/public/surveys/${token}?lang=tr`);
    expect(again.body).toMatchObject({
      language: 'tr',
      responseStatus: 'in_progress',
      answers: { hat_buero: true, willkommen: 4 },
    });
    expect(again.body.answers.buero_name).toBeUndefined();
    // The answers PDF comes only after submitting.
    const early = await t.http.get(`/api/public/surveys/${token}/answers.pdf`);
    expect([early.status, early.body.code]).toEqual([409, 'survey_not_submitted']);
    // null clears an answer.
    await t.http.put(`/api/public/surveys/${token}/answers`).send({ answers: { willkommen: null } });
    expect((await t.http.get(`/api/public/surveys/${token}`)).body.answers).toEqual({ hat_buero: true });
  });

  it('submits once: shown required questions needed, hidden answers dropped, offers into the inventory, nothing half-written on a refusal', async () => {
    const survey = await openSurvey();
    const person = await invitedContact({ municipalityId, tags: ['mit-buero'] });
    const [token] = [...(await invite(survey.id, [person])).values()];
    const offers = () => ds().getRepository(OfferEntity).count();
    const offersBefore = await offers();

    await t.http.put(`/api/public/surveys/${token}/answers`).send({
      answers: {
        hat_buero: true,
        angebote: [{ title: 'Sprachcafé Dietzenbach', targetGroups: ['all'], municipalityId }],
      },
    });
    const missing = await t.http.post(`/api/public/surveys/${token}/submit`);
    expect(missing.status).toBe(400);
    expect(errorPaths(missing.body)).toEqual(['answers.buero_name']);
    expect(await offers()).toBe(offersBefore);
    expect(
      (await ds().getRepository(SurveyResponseEntity).findOneByOrFail({ surveyId: survey.id })).submittedAt,
    ).toBeNull();

    // "No office": the conditional question is hidden, so not required, and its answer is dropped.
    await t.http
      .put(`/api/public/surveys/${token}/answers`)
      .send({ answers: { hat_buero: false, buero_name: 'bleibt nicht' } });
    const submitted = await t.http.post(`/api/public/surveys/${token}/submit`);
    expect(submitted.status).toBe(200);
    const response = await ds().getRepository(SurveyResponseEntity).findOneByOrFail({ surveyId: survey.id });
    expect(response.answers).toEqual({
      hat_buero: false,
      angebote: [expect.objectContaining({ title: 'Sprachcafé Dietzenbach' })],
    });
    expect(response).toMatchObject({
      municipalityId,
      organisationId,
      organisationType: 'municipal_integration_office',
      tags: ['mit-buero'],
    });
    const created = await ds().getRepository(OfferEntity).findBy({ sourceResponseId: response.id });
    expect(created.map((o) => [o.title.de, o.reviewStatus, o.sourceQuestionKey, o.sourceRowIndex])).toEqual([
      ['Sprachcafé Dietzenbach', 'new', 'angebote', 0],
    ]);

    const twice = await t.http.post(`/api/public/surveys/${token}/submit`);
    expect([twice.status, twice.body.code]).toEqual([409, 'survey_submitted_already']);
    expect(
      (await t.http.put(`/api/public/surveys/${token}/answers`).send({ answers: { willkommen: 1 } })).body.code,
    ).toBe('survey_submitted_already');
    expect(await ds().getRepository(OfferEntity).countBy({ sourceResponseId: response.id })).toBe(1);

    // What they answered, read back from the PDF: the asked language's words, the answers, the offer.
    const pdf = await downloadFile(t.http, `/api/public/surveys/${token}/answers.pdf?lang=de`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfPages(pdf.body)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Ihre Antworten');
    expect(text).toContain('Gibt es ein Integrationsbüro? Nein');
    expect(text).toContain('Angebot 1: Sprachcafé Dietzenbach');
    expect(text).not.toContain('bleibt nicht');
    const english = (
      await pdfPages((await downloadFile(t.http, `/api/public/surveys/${token}/answers.pdf?lang=en`)).body)
    ).join(' ');
    expect(english).toContain('Your answers');
  });

  it('shows each invitation as invited, opened, in progress, submitted or revoked; reminds only those who have not submitted', async () => {
    const survey = await openSurvey();
    const [a, b, c, d, e] = [
      await invitedContact(),
      await invitedContact(),
      await invitedContact(),
      await invitedContact(),
      await invitedContact(),
    ];
    const noMail = await contact({ email: null });
    const tokens = await invite(survey.id, [a, b, c, d, e]);
    await t.http.get(`/api/public/surveys/${tokens.get(b)}`);
    await t.http.put(`/api/public/surveys/${tokens.get(c)}/answers`).send({ answers: { willkommen: 3 } });
    await t.http.put(`/api/public/surveys/${tokens.get(d)}/answers`).send({ answers: { hat_buero: false } });
    expect((await t.http.post(`/api/public/surveys/${tokens.get(d)}/submit`)).status).toBe(200);
    const list = await invitations(survey.id);
    const eInvitation = list.find((i) => i.contactId === e)!;
    expect((await coordinator.post(`/api/surveys/${survey.id}/invitations/${eInvitation.id}/revoke`)).body.state).toBe(
      'revoked',
    );
    const states = new Map((await invitations(survey.id)).map((i) => [i.contactId, i.state]));
    expect([a, b, c, d, e].map((id) => states.get(id))).toEqual([
      'invited',
      'opened',
      'in_progress',
      'submitted',
      'revoked',
    ]);
    expect((await invitations(survey.id))[0]).toMatchObject({
      organisationName: 'Integrationsbüro Dietzenbach',
      municipalityName: 'Dietzenbach',
      contactName: expect.any(String),
    });
    const revoked = await t.http.get(`/api/public/surveys/${tokens.get(e)}`);
    expect([revoked.status, revoked.body.code]).toEqual([403, 'survey_link_revoked']);

    // Invited twice: skipped with a reason; no address: skipped too.
    const again = await coordinator.post(`/api/surveys/${survey.id}/invitations`, { contactIds: [a, noMail] });
    expect(again.body).toEqual({
      invited: [],
      skipped: expect.arrayContaining([
        expect.objectContaining({ contactId: a, reason: 'already_invited' }),
        expect.objectContaining({ contactId: noMail, reason: 'no_email' }),
      ]),
    });

    sink.reset();
    const reminded = await coordinator.post(`/api/surveys/${survey.id}/reminders`);
    expect(reminded.body).toEqual({ sent: 3 });
    await t.app.get(MailWorker).runOnce();
    expect(sink.received.map((m) => m.envelopeTo[0]).sort()).toEqual([a, b, c].map((id) => emailOf.get(id)!).sort());
    // The reminder's link replaces the old one; the saved answers stay.
    const fresh = await mailedTokens();
    expect((await t.http.get(`/api/public/surveys/${tokens.get(c)}`)).status).toBe(404);
    expect((await t.http.get(`/api/public/surveys/${fresh.get(emailOf.get(c)!)}`)).body.answers).toEqual({
      willkommen: 3,
    });
    expect((await invitations(survey.id)).find((i) => i.contactId === a)).toMatchObject({
      reminderCount: 1,
      lastRemindedAt: expect.any(String),
    });
  });

  it('resends a revoked link as a new one: the old link stays dead, the new one works', async () => {
    const survey = await openSurvey();
    const person = await invitedContact();
    const [oldToken] = [...(await invite(survey.id, [person])).values()];
    const [invitation] = await invitations(survey.id);
    await coordinator.post(`/api/surveys/${survey.id}/invitations/${invitation.id}/revoke`);
    sink.reset();
    const resent = await coordinator.post(`/api/surveys/${survey.id}/invitations/${invitation.id}/resend`);
    expect(resent.body.state).toBe('invited');
    const newToken = (await mailedTokens()).get(emailOf.get(person)!)!;
    expect(newToken).not.toBe(oldToken);
    expect((await t.http.get(`/api/public/surveys/${oldToken}`)).status).toBe(404);
    expect((await t.http.get(`/api/public/surveys/${newToken}`)).status).toBe(200);
  });

  it('sends the automatic reminder once, N days before closing, only to those who have not submitted', async () => {
    const closesAt = new Date(Date.now() + 10 * 86_400_000);
    const survey = await openSurvey(DEFINITION, { closesAt: closesAt.toISOString(), autoReminderDaysBeforeClose: 3 });
    const [a, b] = [await invitedContact(), await invitedContact()];
    const tokens = await invite(survey.id, [a, b]);
    await t.http.put(`/api/public/surveys/${tokens.get(b)}/answers`).send({ answers: { hat_buero: false } });
    await t.http.post(`/api/public/surveys/${tokens.get(b)}/submit`);
    expect(
      t.app
        .get(ScheduledJobRegistry)
        .list()
        .map((j) => j.name),
    ).toContain('survey reminders');
    const job = t.app.get(SurveyInvitationsService);
    expect(await job.sendDueAutoReminders(new Date(closesAt.getTime() - 5 * 86_400_000))).toBe(0); // not yet
    expect(await job.sendDueAutoReminders(new Date(closesAt.getTime() - 2 * 86_400_000))).toBe(1);
    expect(await job.sendDueAutoReminders(new Date(closesAt.getTime() - 1 * 86_400_000))).toBe(0); // once
    const states = await invitations(survey.id);
    expect(states.find((i) => i.contactId === a)).toMatchObject({ reminderCount: 1 });
    expect(states.find((i) => i.contactId === b)).toMatchObject({ reminderCount: 0, state: 'submitted' });
  });

  it('closes: by hand, or once the closing time has passed; a closed survey takes no answers', async () => {
    const survey = await openSurvey();
    const person = await invitedContact();
    const [token] = [...(await invite(survey.id, [person])).values()];
    expect((await coordinator.post(`/api/surveys/${survey.id}/close`)).body.status).toBe('closed');
    const closed = await t.http.put(`/api/public/surveys/${token}/answers`).send({ answers: { hat_buero: true } });
    expect([closed.status, closed.body.code]).toEqual([409, 'survey_closed']);
    expect((await coordinator.post(`/api/surveys/${survey.id}/close`)).body.code).toBe('survey_status_invalid');

    const soon = await openSurvey(DEFINITION, { closesAt: new Date(Date.now() + 60_000).toISOString() });
    await ds()
      .getRepository(SurveyEntity)
      .update(soon.id, { closesAt: new Date(Date.now() - 1000) });
    expect((await coordinator.get(`/api/surveys/${soon.id}`)).body.status).toBe('closed');
  });

  it('anonymous one-link: each visit starts its own response with its own access token', async () => {
    const survey = await openSurvey(
      {
        sections: [
          {
            key: 's',
            title: { de: 'S' },
            questions: [
              {
                key: 'note',
                type: 'scale',
                label: { de: 'Note' },
                required: true,
                minLabel: { de: 'a' },
                maxLabel: { de: 'b' },
              },
            ],
          },
        ],
      },
      { mode: 'anonymous' },
    );
    expect(
      (await coordinator.post(`/api/surveys/${survey.id}/invitations`, { contactIds: [await contact()] })).body.code,
    ).toBe('survey_wrong_mode');
    const link = await coordinator.post(`/api/surveys/${survey.id}/public-link`);
    expect(link.body.url).toMatch(/\/umfrage\/offen\/[A-Za-z0-9_-]{43}$/);
    const publicToken = link.body.url.split('/').pop();
    const first = (await t.http.post(`/api/public/surveys/open/${publicToken}/start`)).body.accessToken;
    const second = (await t.http.post(`/api/public/surveys/open/${publicToken}/start`)).body.accessToken;
    expect(first).not.toBe(second);
    for (const [token, note] of [
      [first, 5],
      [second, 2],
    ] as const) {
      await t.http.put(`/api/public/surveys/${token}/answers`).send({ answers: { note } });
      expect((await t.http.post(`/api/public/surveys/${token}/submit`)).status).toBe(200);
    }
    const responses = await ds().getRepository(SurveyResponseEntity).findBy({ surveyId: survey.id });
    expect(responses.map((r) => [r.invitationId, r.municipalityId, r.answers.note]).sort()).toEqual([
      [null, null, 2],
      [null, null, 5],
    ]);
    // Rotating the link: the old one no longer starts responses.
    await coordinator.post(`/api/surveys/${survey.id}/public-link`);
    expect((await t.http.post(`/api/public/surveys/open/${publicToken}/start`)).status).toBe(404);
  });

  it('stores no token in clear and refuses finance and check-in staff on every route', async () => {
    const survey = await openSurvey();
    const person = await invitedContact();
    const [token] = [...(await invite(survey.id, [person])).values()];
    const dump = JSON.stringify([
      await ds().query('SELECT * FROM survey_invitations'),
      await ds().query('SELECT * FROM outbox_mails'),
      await ds().query('SELECT * FROM audit_log'),
    ]);
    expect(dump).not.toContain(token);

    const [invitation] = await invitations(survey.id);
    const routes: [string, string, object?][] = [
      ['get', '/api/surveys'],
      ['post', '/api/surveys', { title: { de: 'x' } }],
      ['get', `/api/surveys/${survey.id}`],
      ['patch', `/api/surveys/${survey.id}`, { title: { de: 'x' } }],
      ['post', `/api/surveys/${survey.id}/open`],
      ['post', `/api/surveys/${survey.id}/close`],
      ['post', `/api/surveys/${survey.id}/public-link`],
      ['get', `/api/surveys/${survey.id}/invitations`],
      ['post', `/api/surveys/${survey.id}/invitations`, { contactIds: [person] }],
      ['post', `/api/surveys/${survey.id}/reminders`],
      ['post', `/api/surveys/${survey.id}/invitations/${invitation.id}/revoke`],
      ['post', `/api/surveys/${survey.id}/invitations/${invitation.id}/resend`],
    ];
    for (const client of [finance, checkin]) {
      for (const [method, url, body] of routes) {
        const res = await (client as unknown as Record<string, (u: string, b?: object) => Promise<{ status: number }>>)[
          method
        ](url, body);
        expect([method, url, res.status]).toEqual([method, url, 403]);
      }
    }
    expect((await t.http.get('/api/surveys')).status).toBe(401);
    expect((await invitations(survey.id))[0].state).toBe('invited');
  });
});
