import { DataSource } from 'typeorm';
import type { EventFeedback, MeasureProgress, NarrativeReport } from '@wir/shared';
import { FEEDBACK_FORM_DEFINITION } from '@wir/shared';
import { EventFeedbackService } from '#api/modules/event-feedback/event-feedback.service';
import { RegistrationEntity } from '#api/modules/registrations/registration.entity';
import { SurveyResponseEntity } from '#api/modules/surveys/survey-response.entity';
import { MailWorker } from '#api/platform/mail/mail-worker.service';
import { OutboxMailEntity } from '#api/platform/mail/outbox-mail.entity';
import { hashToken } from '#api/platform/security/secret-token.util';
import { wirGrant } from './support/grant-fixtures';
import type { MeasureApp } from './support/measure-fixtures';
import { addIndicator, attendedTraining, createMeasure, errorPaths, startMeasureApp } from './support/measure-fixtures';
import { SmtpSink } from './support/smtp-sink';

/** The day after the training of 22.05.2014 ended (14:00 UTC). */
const DAY_AFTER = new Date('2014-05-23T08:00:00Z');

describe('feedback after events: mails to the checked-in, anonymous answers, the indicator fed by them', () => {
  let sink: SmtpSink;
  let { t, coordinator, finance, master } = {} as MeasureApp;
  const ds = () => t.app.get(DataSource);
  const job = () => t.app.get(EventFeedbackService);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    ({ t, coordinator, finance, master } = await startMeasureApp({
      SMTP_URL: sink.url,
      MAIL_WORKER_ENABLED: 'false',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
    }));
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  /** The training of 22.05.2014 (three of four checked in) with an open anonymous feedback form. */
  async function trainingWithForm(slug: string) {
    const ev = await attendedTraining(t, master, slug);
    const regs = ds().getRepository(RegistrationEntity);
    // The three checked in read German, Turkish and Arabic; the fourth (never checked in) English.
    for (const [i, language] of (['de', 'tr', 'ar', 'en'] as const).entries())
      await regs.update({ id: ev.registrationIds[i] }, { language });
    const created = await coordinator.post('/api/surveys', {
      title: { de: 'Rückmeldung zur Schulung', tr: 'Eğitim hakkında geri bildirim' },
      mode: 'anonymous',
      eventId: ev.id,
      definition: FEEDBACK_FORM_DEFINITION,
    });
    expect(created.status).toBe(201);
    expect((await coordinator.post(`/api/surveys/${created.body.id}/open`)).status).toBe(200);
    return { ev, surveyId: created.body.id as number };
  }

  const linkOf = (text: string) => /\/umfrage\/([A-Za-z0-9_-]{43})\?lang=(\w+)/.exec(text)!;
  /** The feedback mails among what the sink got (the registrations' confirmations go out too). */
  const feedbackMails = () => sink.received.filter((m) => linkOf(m.parsed.text ?? '') !== null);

  it('mails each checked-in participant once, in their language, only after the event and within the window', async () => {
    const { ev, surveyId } = await trainingWithForm('feedback-mails');
    // A checked-in participant erased since gets nothing.
    const erased = await attendedTraining(t, master, 'feedback-mails-other');
    await ds()
      .getRepository(RegistrationEntity)
      .update({ id: erased.registrationIds[0] }, { eventId: ev.id, anonymisedAt: new Date('2014-05-22T16:00:00Z') });

    expect(await job().enqueueDue(new Date('2014-05-22T10:00:00Z'))).toBe(0); // still running
    expect(await job().enqueueDue(new Date('2014-06-30T10:00:00Z'))).toBe(0); // more than 14 days later
    expect(await job().enqueueDue(DAY_AFTER)).toBe(3);
    expect(await job().enqueueDue(new Date('2014-05-24T08:00:00Z'))).toBe(0); // once

    const overview = (await coordinator.get(`/api/events/${ev.id}/feedback`)).body as EventFeedback;
    // Four checked in, the erased one not mailed.
    expect(overview).toMatchObject({
      eventId: ev.id,
      checkedIn: 4,
      mailed: 3,
      forms: [{ surveyId, mode: 'anonymous', status: 'open', submitted: 0 }],
    });

    await t.app.get(MailWorker).runOnce();
    const emails = await ds().getRepository(RegistrationEntity).findBy({ eventId: ev.id });
    const mails = feedbackMails();
    expect(mails).toHaveLength(3);
    const byLanguage = new Map(mails.map((m) => [emails.find((r) => r.email === m.envelopeTo[0])!.language, m]));
    expect([...byLanguage.keys()].sort()).toEqual(['ar', 'de', 'tr']);
    expect(byLanguage.get('de')!.parsed.subject).toBe('Ihre Meinung zu: Integrationskonferenz');
    expect(byLanguage.get('tr')!.parsed.subject).toMatch(/^Görüşünüz: /);
    expect(byLanguage.get('ar')!.parsed.subject).toBe('رأيك في: مؤتمر الاندماج');
    expect(byLanguage.get('ar')!.parsed.html).toContain('dir="rtl"');
    for (const [language, mail] of byLanguage) expect(linkOf(mail.parsed.text!)[2]).toBe(language);
    const tokens = mails.map((m) => linkOf(m.parsed.text!)[1]);
    expect(new Set(tokens).size).toBe(3);
    // Sent: the sealed link is wiped from the outbox and nothing in clear holds a token.
    const outbox = await ds().getRepository(OutboxMailEntity).findBy({ kind: 'event_feedback' });
    expect(outbox.map((o) => [o.status, o.sealedSecrets])).toEqual([
      ['sent', null],
      ['sent', null],
      ['sent', null],
    ]);
    for (const o of outbox) for (const token of tokens) expect(JSON.stringify(o)).not.toContain(token);
  });

  it('takes one response per link, stores it tied to nobody, and feeds the indicator, the progress and the Sachbericht', async () => {
    const { ev, surveyId } = await trainingWithForm('feedback-answers');
    sink.reset();
    expect(await job().enqueueDue(DAY_AFTER)).toBe(3);
    await t.app.get(MailWorker).runOnce();
    const tokens = feedbackMails().map((m) => linkOf(m.parsed.text!)[1]);
    expect(tokens).toHaveLength(3);

    const answers = [
      { zufriedenheit: 5, kompetenz: 5, empfehlung: true, anregungen: 'Mehr Fallbeispiele aus dem Einsatz' },
      { zufriedenheit: 4, kompetenz: 4, empfehlung: true },
      { zufriedenheit: 3, kompetenz: 2, empfehlung: false },
    ];
    for (const [i, token] of tokens.entries()) {
      expect((await t.http.put(`/api/public/surveys/${token}/answers`).send({ answers: answers[i] })).status).toBe(200);
      expect((await t.http.post(`/api/public/surveys/${token}/submit`)).status).toBe(200);
    }
    // One response per link: a second submit or a change afterwards is refused.
    expect((await t.http.post(`/api/public/surveys/${tokens[0]}/submit`)).status).toBe(409);
    expect(
      (await t.http.put(`/api/public/surveys/${tokens[0]}/answers`).send({ answers: { kompetenz: 1 } })).status,
    ).toBe(409);

    // Anonymity by schema: neither table has a column for a registration, a person or a contact ...
    const runner = ds().createQueryRunner();
    try {
      for (const table of ['survey_responses', 'survey_access_tokens']) {
        const columns = (await runner.getTable(table))!.columns.map((c) => c.name);
        expect(
          columns.filter((c) => /registration|person|contact|email|(^|_)name$|(^|_)ip(_|$)|user|address/.test(c)),
        ).toEqual([]);
      }
      expect((await runner.getTable('survey_access_tokens'))!.columns.map((c) => c.name).sort()).toEqual([
        'created_at',
        'id',
        'survey_id',
        'token_hash',
      ]);
    } finally {
      await runner.release();
    }
    // ... and by rows: no invitation or group on the responses, one creation time for every link of the run.
    const responses = await ds().getRepository(SurveyResponseEntity).findBy({ surveyId });
    expect(responses).toHaveLength(3);
    for (const r of responses)
      expect([r.invitationId, r.municipalityId, r.organisationId, r.organisationType, r.tags]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
    const tokenRows = await ds().query(
      `SELECT id, token_hash, created_at FROM survey_access_tokens WHERE survey_id = ${surveyId}`,
    );
    expect(new Set(tokenRows.map((r: { created_at: unknown }) => String(r.created_at))).size).toBe(1);
    expect(tokenRows.map((r: { token_hash: string }) => r.token_hash).sort()).toEqual(tokens.map(hashToken).sort());
    const mailed = await ds().getRepository(RegistrationEntity).findBy({ eventId: ev.id });
    for (const r of mailed)
      for (const token of tokens) expect(JSON.stringify(r)).not.toMatch(new RegExp(`${token}|${hashToken(token)}`));

    // Answers are dated as they came, the days after the training.
    for (const [i, r] of responses.entries())
      await ds()
        .getRepository(SurveyResponseEntity)
        .update({ id: r.id }, { submittedAt: new Date(`2014-05-2${3 + i}T09:00:00Z`) });

    const { grant, lines } = await wirGrant(finance);
    const measure = await createMeasure(coordinator, master.openingId, {
      grantId: grant.id,
      eventIds: [ev.id],
      budgetAllocations: [{ budgetLineId: lines[1].id, plannedCents: 100_000 }],
    });
    const source = { kind: 'feedback', surveyId, questionKey: 'kompetenz', statistic: 'share_at_least', threshold: 4 };
    const refusals: [Record<string, unknown>, string][] = [
      [{ ...source, surveyId: 999_999 }, 'source.surveyId'],
      [{ ...source, questionKey: 'gibt_es_nicht' }, 'source.questionKey'],
      [{ ...source, questionKey: 'anregungen' }, 'source.questionKey'],
      [{ ...source, questionKey: 'empfehlung', statistic: 'mean', threshold: null }, 'source.statistic'],
      [{ ...source, threshold: null }, 'source.threshold'],
    ];
    for (const [bad, path] of refusals) {
      const res = await coordinator.post(`/api/measures/${measure.id}/indicators`, {
        name: 'x',
        level: 'outcome',
        step: 4,
        source: bad,
      });
      expect([res.status, errorPaths(res.body)]).toEqual([400, [path]]);
    }
    const share = await addIndicator(coordinator, measure.id, {
      name: 'Interkulturelle Kompetenz gestärkt (≥ 4 von 5)',
      level: 'outcome',
      step: 4,
      source,
    });
    const mean = await addIndicator(coordinator, measure.id, {
      name: 'Zufriedenheit',
      level: 'output',
      step: 3,
      source: { kind: 'feedback', surveyId, questionKey: 'zufriedenheit', statistic: 'mean' },
    });
    const yes = await addIndicator(coordinator, measure.id, {
      name: 'Würden weiterempfehlen',
      level: 'output',
      step: 3,
      source: { kind: 'feedback', surveyId, questionKey: 'empfehlung', statistic: 'share_at_least' },
    });
    expect(
      (
        await coordinator.put(`/api/indicators/${share.id}/targets`, {
          targets: [{ period: '2014', municipalityId: null, value: 70 }],
        })
      ).status,
    ).toBe(200);
    const entered = await coordinator.post(`/api/indicators/${share.id}/values`, {
      period: '2014',
      municipalityId: null,
      value: 50,
    });
    expect(entered.status).toBe(409);

    const progress = (await finance.get(`/api/measures/${measure.id}/progress?asOf=2014-12-31`))
      .body as MeasureProgress;
    const of = (id: number) => progress.indicators.find((i) => i.indicatorId === id)!;
    expect(of(share.id)).toMatchObject({ unit: 'percent', aggregation: 'avg', sourceKind: 'feedback' });
    expect(of(share.id).total).toMatchObject({ target: 70, actual: 66.67, actualOrigin: 'live', status: 'behind' });
    expect(of(share.id).rows[0]).toMatchObject({ period: '2014', actual: 66.67 });
    expect(of(mean.id).total).toMatchObject({ actual: 4 });
    expect(of(yes.id).total).toMatchObject({ actual: 66.67 });
    // As of the day the first answer came in, only it counts; before, nothing.
    expect(
      (
        (await finance.get(`/api/measures/${measure.id}/progress?asOf=2014-05-23`)).body as MeasureProgress
      ).indicators.find((i) => i.indicatorId === share.id)!.total.actual,
    ).toBe(100);
    expect(
      (
        (await finance.get(`/api/measures/${measure.id}/progress?asOf=2014-05-22`)).body as MeasureProgress
      ).indicators.find((i) => i.indicatorId === share.id)!.total.actual,
    ).toBeNull();

    const draft = await coordinator.post(`/api/grants/${grant.id}/narrative-report/draft`, { asOf: '2014-12-31' });
    expect(draft.status).toBe(200);
    const reported = (draft.body as NarrativeReport).measures.find((m) => m.measureId === measure.id)!;
    expect(reported.indicators.find((i) => i.indicatorId === share.id)).toMatchObject({
      target: 70,
      actual: 66.67,
      needsReason: false,
    });
    expect(reported.sections.results.text).toContain('Interkulturelle Kompetenz gestärkt (≥ 4 von 5): Ziel 70');
  });

  it("shows an event's feedback only to coordinators and admins", async () => {
    const { ev } = await trainingWithForm('feedback-roles');
    expect((await finance.get(`/api/events/${ev.id}/feedback`)).status).toBe(403);
    expect((await (await t.userWithRoles(['checkin'])).get(`/api/events/${ev.id}/feedback`)).status).toBe(403);
    expect((await t.http.get(`/api/events/${ev.id}/feedback`)).status).toBe(401);
    expect((await (await t.admin()).get(`/api/events/${ev.id}/feedback`)).status).toBe(200);
    expect((await coordinator.get('/api/events/999999/feedback')).status).toBe(404);
  });
});
