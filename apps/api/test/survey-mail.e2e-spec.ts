import { DataSource } from 'typeorm';
import { OutboxMailEntity } from '#api/platform/mail/outbox-mail.entity';
import { MailWorker } from '#api/platform/mail/mail-worker.service';
import { hashToken } from '#api/platform/security/secret-token.util';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type Client, type TestApp } from './support/test-app';

const linkOf = (text: string) => /(https?:\/\/[^\s]+)\/umfrage\/([A-Za-z0-9_-]{43})\?lang=(\w+)/.exec(text);

describe('survey mails: invitation and reminder in the contact language, over real SMTP', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let coordinator: Client;
  const ds = () => t.app.get(DataSource);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({
      SMTP_URL: sink.url,
      PUBLIC_BASE_URL: 'http://wir.kreis-offenbach.example',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
    });
    coordinator = await t.userWithRoles(['coordinator']);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('invites and reminds each contact in their language with a working personal link that the database never holds in clear', async () => {
    const people = [
      { name: 'Ayşe Yılmaz', email: 'ayse@dietzenbach.example', preferredLanguage: 'tr' },
      { name: 'Karim Haddad', email: 'karim@rodgau.example', preferredLanguage: 'ar' },
      { name: 'Petra Klein', email: 'petra@seligenstadt.example', preferredLanguage: 'de' },
      { name: 'John Miller', email: 'john@neu-isenburg.example', preferredLanguage: 'en' },
    ];
    const ids: number[] = [];
    for (const p of people)
      ids.push(
        (await coordinator.post('/api/contacts', { ...p, legalBasis: 'public_office', tags: ['erhebung-2014'] })).body
          .id,
      );
    const survey = await coordinator.post('/api/surveys', {
      title: { de: 'Erhebungsbogen 2014', en: 'Survey 2014', tr: 'Anket 2014', ar: 'استبيان 2014' },
      closesAt: '2099-07-31T20:00:00Z',
    });
    await coordinator.post(`/api/surveys/${survey.body.id}/open`);
    // By tag: all four.
    const invited = await coordinator.post(`/api/surveys/${survey.body.id}/invitations`, { tags: ['erhebung-2014'] });
    expect(invited.body.invited).toHaveLength(4);
    await t.app.get(MailWorker).runOnce();
    expect(sink.received).toHaveLength(4);

    const byAddress = new Map(sink.received.map((m) => [m.envelopeTo[0], m]));
    const tr = byAddress.get('ayse@dietzenbach.example')!.parsed;
    const ar = byAddress.get('karim@rodgau.example')!.parsed;
    const de = byAddress.get('petra@seligenstadt.example')!.parsed;
    const en = byAddress.get('john@neu-isenburg.example')!.parsed;
    expect(tr.subject).toBe('Katılımınızı rica ediyoruz: Anket 2014');
    expect(tr.text).toContain('Sayın Ayşe Yılmaz,');
    expect(ar.subject).toBe('نرجو مشاركتك: استبيان 2014');
    expect(ar.html).toContain('dir="rtl"');
    expect(de.subject).toBe('Bitte um Ihre Mitwirkung: Erhebungsbogen 2014');
    expect(de.text).toContain('Bitte antworten Sie bis Freitag, 31. Juli 2099.');
    expect(en.subject).toBe('Please take part: Survey 2014');

    const links = [tr, ar, de, en].map((m) => linkOf(m.text!)!);
    expect(links.map((l) => [l[1], l[3]])).toEqual([
      ['http://wir.kreis-offenbach.example', 'tr'],
      ['http://wir.kreis-offenbach.example', 'ar'],
      ['http://wir.kreis-offenbach.example', 'de'],
      ['http://wir.kreis-offenbach.example', 'en'],
    ]);
    const tokens = links.map((l) => l[2]);
    // The link works: the page reads the survey in the person's language.
    const page = await t.http.get(`/api/public/surveys/${tokens[0]}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ language: 'tr', title: { tr: 'Anket 2014' } });

    // Only hashes in the database; the sealed links are wiped once sent.
    const dump = JSON.stringify([
      await ds().query('SELECT * FROM survey_invitations'),
      await ds().query('SELECT * FROM outbox_mails'),
      await ds().query('SELECT * FROM audit_log'),
    ]);
    for (const token of tokens) {
      expect(dump).not.toContain(token);
      expect(dump).toContain(hashToken(token));
    }
    const outbox = await ds().getRepository(OutboxMailEntity).findBy({ kind: 'survey_invitation' });
    expect(outbox.map((o) => [o.status, o.sealedSecrets])).toEqual(Array(4).fill(['sent', null]));

    // Ayşe submits; the reminder goes to the other three, each in their language, with a new link.
    await t.http.put(`/api/public/surveys/${tokens[0]}/answers`).send({ answers: { anmerkungen: 'Teşekkürler' } });
    expect((await t.http.post(`/api/public/surveys/${tokens[0]}/submit`)).status).toBe(200);
    sink.reset();
    expect((await coordinator.post(`/api/surveys/${survey.body.id}/reminders`)).body).toEqual({ sent: 3 });
    await t.app.get(MailWorker).runOnce();
    const reminders = new Map(sink.received.map((m) => [m.envelopeTo[0], m.parsed]));
    expect([...reminders.keys()].sort()).toEqual([
      'john@neu-isenburg.example',
      'karim@rodgau.example',
      'petra@seligenstadt.example',
    ]);
    expect(reminders.get('karim@rodgau.example')!.subject).toBe('تذكير: استبيان 2014');
    expect(reminders.get('petra@seligenstadt.example')!.subject).toBe('Erinnerung: Erhebungsbogen 2014');
    expect(reminders.get('john@neu-isenburg.example')!.text).toContain(
      'This new link replaces the link in our earlier e-mail.',
    );
    const reminderToken = linkOf(reminders.get('karim@rodgau.example')!.text!)![2];
    expect(reminderToken).not.toBe(tokens[1]);
    expect((await t.http.get(`/api/public/surveys/${reminderToken}`)).body.language).toBe('ar');
  });
});
