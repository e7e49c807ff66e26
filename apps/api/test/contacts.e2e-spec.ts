import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { ContactEntity } from '#api/modules/contacts/contact.entity';
import { SurveyInvitationEntity } from '#api/modules/surveys/survey-invitation.entity';
import { OutboxMailEntity } from '#api/platform/mail/outbox-mail.entity';
import { hashToken, newSecretToken } from '#api/platform/security/secret-token.util';
import { downloadFile, parseCsv } from './support/report-files';
import { Client, startTestApp, TestApp } from './support/test-app';

type ContactBody = {
  id: number;
  name: string;
  email: string | null;
  reviewDue: boolean;
  tags: string[];
  lastActivityAt: string;
};

/** Sends a CSV file as the raw body, as the admin's import does. */
function sendCsv(client: Client, url: string, bytes: Buffer) {
  return client.agent.post(url).set('X-CSRF-Token', client.csrf).set('Content-Type', 'text/csv').send(bytes);
}
const excelCsv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
const HEADER =
  'Name;E-Mail;Telefon;Funktion;Organisation;Kommune;Sprachen;Bevorzugte Sprache;Notizen;Rechtsgrundlage;Einwilligung am;Schlagworte';

describe('contacts (the network)', () => {
  let t: TestApp;
  let coordinator: Client;
  let dietzenbach: number;
  let rodgau: number;
  let office: number;

  beforeAll(async () => {
    t = await startTestApp({ CONTACT_REVIEW_AFTER_DAYS: '730' });
    coordinator = await t.userWithRoles(['coordinator']);
    dietzenbach = (await coordinator.post('/api/municipalities', { name: 'Dietzenbach', officialKey: '06438001' })).body
      .id;
    rodgau = (await coordinator.post('/api/municipalities', { name: 'Rodgau', officialKey: '06438011' })).body.id;
    office = (
      await coordinator.post('/api/organisations', {
        name: 'Integrationsbüro Dietzenbach',
        type: 'municipal_integration_office',
        municipalityId: dietzenbach,
      })
    ).body.id;
  });
  afterAll(() => t.close());

  it('creates, reads, changes and lists contacts with filters, search, sort and paging', async () => {
    const ayse = await coordinator.post('/api/contacts', {
      name: 'Ayşe Yılmaz',
      email: 'Ayse.Yilmaz@Dietzenbach.example',
      functionTitle: 'Integrationsbeauftragte',
      organisationId: office,
      municipalityId: dietzenbach,
      languages: ['de', 'tr'],
      preferredLanguage: 'tr',
      legalBasis: 'public_office',
      tags: ['Integrationsbüro', 'Erhebung 2014'],
    });
    expect(ayse.status).toBe(201);
    expect(ayse.body).toMatchObject({
      email: 'ayse.yilmaz@dietzenbach.example',
      preferredLanguage: 'tr',
      consentGivenOn: null,
      reviewDue: false,
    });
    const bernd = await coordinator.post('/api/contacts', {
      name: 'Bernd Adler',
      email: 'b.adler@rodgau.example',
      municipalityId: rodgau,
      functionTitle: 'Ausländerbeirat',
      legalBasis: 'consent',
      consentGivenOn: '2014-03-01',
    });
    expect(bernd.status).toBe(201);

    expect((await coordinator.get(`/api/contacts/${ayse.body.id}`)).body.name).toBe('Ayşe Yılmaz');
    const changed = await coordinator.patch(`/api/contacts/${bernd.body.id}`, {
      notes: 'Vorsitz seit 2012',
      tags: ['Ausländerbeirat'],
    });
    expect(changed.status).toBe(200);
    expect(changed.body.tags).toEqual(['Ausländerbeirat']);

    const names = async (query: string) =>
      ((await coordinator.get(`/api/contacts?${query}`)).body.items as ContactBody[]).map((c) => c.name);
    expect(await names('municipalityId=' + dietzenbach)).toEqual(['Ayşe Yılmaz']);
    expect(await names('organisationId=' + office)).toEqual(['Ayşe Yılmaz']);
    expect(await names('tag=erhebung%202014')).toEqual(['Ayşe Yılmaz']);
    expect(await names('legalBasis=consent')).toEqual(['Bernd Adler']);
    // Search: name, e-mail, function and the organisation's name.
    expect(await names('q=beirat')).toEqual(['Bernd Adler']);
    expect(await names('q=integrationsbüro')).toEqual(['Ayşe Yılmaz']);
    expect(await names('q=rodgau.example')).toEqual(['Bernd Adler']);
    expect(await names('sort=-name')).toEqual(['Bernd Adler', 'Ayşe Yılmaz']);
    const page = await coordinator.get('/api/contacts?sort=name&pageSize=1&page=2');
    expect(page.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.body.items.map((c: ContactBody) => c.name)).toEqual(['Bernd Adler']);
    expect((await coordinator.get('/api/contacts?sort=shoeSize')).status).toBe(400);
  });

  it('requires the consent date when the legal basis is consent, on create and on change; refuses a second contact with the same e-mail', async () => {
    const noDate = await coordinator.post('/api/contacts', { name: 'Clara Berg', legalBasis: 'consent' });
    expect(noDate.status).toBe(400);
    expect(noDate.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(noDate.body.errors).toEqual([expect.objectContaining({ path: 'consentGivenOn' })]);

    const office2 = await coordinator.post('/api/contacts', {
      name: 'Clara Berg',
      legalBasis: 'public_office',
      email: 'c.berg@example.org',
    });
    expect(office2.status).toBe(201);
    const toConsent = await coordinator.patch(`/api/contacts/${office2.body.id}`, { legalBasis: 'consent' });
    expect(toConsent.status).toBe(400);
    expect(toConsent.body.errors).toEqual([expect.objectContaining({ path: 'consentGivenOn' })]);
    expect((await coordinator.get(`/api/contacts/${office2.body.id}`)).body.legalBasis).toBe('public_office');

    const twice = await coordinator.post('/api/contacts', {
      name: 'Clara B.',
      legalBasis: 'public_office',
      email: 'C.Berg@example.org',
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({
      code: 'contact_email_taken',
      errors: [expect.objectContaining({ path: 'email' })],
    });
    const bad = await coordinator.post('/api/contacts', {
      name: '',
      legalBasis: 'friendship',
      email: 'no-mail',
      languages: ['deutsch'],
      municipalityId: 99999,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'email',
      'languages.0',
      'legalBasis',
      'name',
    ]);
    const unknownRef = await coordinator.post('/api/contacts', {
      name: 'Dora',
      legalBasis: 'public_office',
      municipalityId: 99999,
    });
    expect(unknownRef.status).toBe(400);
    expect(unknownRef.body.errors).toEqual([expect.objectContaining({ path: 'municipalityId' })]);
  });

  it('flags contacts without activity for CONTACT_REVIEW_AFTER_DAYS for review and filters by the flag', async () => {
    const old = await coordinator.post('/api/contacts', { name: 'Emil Alt', legalBasis: 'public_office' });
    await t.app
      .get(DataSource)
      .getRepository(ContactEntity)
      .update(old.body.id, { lastActivityAt: new Date(Date.now() - 731 * 86_400_000) });
    expect((await coordinator.get(`/api/contacts/${old.body.id}`)).body.reviewDue).toBe(true);
    const due = (await coordinator.get('/api/contacts?reviewDue=true')).body.items as ContactBody[];
    expect(due.map((c) => c.name)).toEqual(['Emil Alt']);
    expect(
      ((await coordinator.get('/api/contacts?reviewDue=false')).body.items as ContactBody[]).map((c) => c.name),
    ).not.toContain('Emil Alt');
    // A change by staff is activity: the clock starts again.
    await coordinator.patch(`/api/contacts/${old.body.id}`, { phone: '06074 123' });
    expect((await coordinator.get(`/api/contacts/${old.body.id}`)).body.reviewDue).toBe(false);
  });

  it('previews a German Excel CSV (BOM, `;`) row by row without writing, refuses a file with bad rows as a whole, and imports it once fixed', async () => {
    const before = (await coordinator.get('/api/contacts?pageSize=200')).body.total as number;
    const lines = [
      HEADER,
      'Fatma Kaya;f.kaya@heusenstamm.example;06104 1;Integrationsbüro der Stadt;;Rodgau;de, tr;tr;;Öffentliches Amt;;Kommune',
      'Georg Brandt;g.brandt@example.org;;Vorstand;Integrationsbüro Dietzenbach;;;de;"Notiz; mit Semikolon";Einwilligung;31.02.2014;Verein',
      'Hanna Roth;kein-mail;;;;Offenbach am Main;;;;Einwilligung;01.04.2014;',
      'Ilse Vogt;i.vogt@example.org;;;;;;;;Einwilligung;15.05.2014;Verein',
    ];
    const preview = await sendCsv(coordinator, '/api/contacts/import/preview', excelCsv(lines));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ validCount: 2, errorCount: 2, fileErrors: [] });
    const byLine = Object.fromEntries(
      preview.body.rows.map((r: { line: number; errors: { field: string }[] }) => [
        r.line,
        r.errors.map((e) => e.field).sort(),
      ]),
    );
    expect(byLine).toEqual({ 2: [], 3: ['consentGivenOn'], 4: ['email', 'municipality'], 5: [] });
    expect(preview.body.rows[0].contact).toMatchObject({
      name: 'Fatma Kaya',
      municipalityId: rodgau,
      languages: ['de', 'tr'],
      legalBasis: 'public_office',
    });
    expect((await coordinator.get('/api/contacts')).body.total).toBe(before);

    const refused = await sendCsv(coordinator, '/api/contacts/import', excelCsv(lines));
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toMatch(/lines 3, 4/);
    expect(refused.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'line 3.consentGivenOn',
      'line 4.email',
      'line 4.municipality',
    ]);
    expect((await coordinator.get('/api/contacts')).body.total).toBe(before);

    const fixed = [...lines];
    fixed[2] = fixed[2].replace('31.02.2014', '28.02.2014');
    fixed[3] = 'Hanna Roth;h.roth@example.org;;;;Rodgau;;;;Einwilligung;01.04.2014;';
    const imported = await sendCsv(coordinator, '/api/contacts/import', excelCsv(fixed));
    expect(imported.status).toBe(201);
    expect(imported.body).toEqual({ created: 4, updated: 0 });
    const georg = (await coordinator.get('/api/contacts?q=brandt')).body.items[0];
    expect(georg).toMatchObject({
      notes: 'Notiz; mit Semikolon',
      organisationId: office,
      consentGivenOn: '2014-02-28',
      tags: ['Verein'],
    });

    // Duplicates by e-mail: a row with an existing contact's e-mail updates that contact.
    const again = await sendCsv(
      coordinator,
      '/api/contacts/import/preview',
      excelCsv([HEADER, 'Fatma Kaya-Demir;F.Kaya@heusenstamm.example;;;;;;;;Öffentliches Amt;;']),
    );
    expect(again.body.rows[0].existingContactId).toBe(
      (await coordinator.get('/api/contacts?q=f.kaya')).body.items[0].id,
    );
    const updated = await sendCsv(
      coordinator,
      '/api/contacts/import',
      excelCsv([HEADER, 'Fatma Kaya-Demir;F.Kaya@heusenstamm.example;;;;;;;;Öffentliches Amt;;']),
    );
    expect(updated.body).toEqual({ created: 0, updated: 1 });
    expect((await coordinator.get('/api/contacts?q=f.kaya')).body.items[0]).toMatchObject({
      name: 'Fatma Kaya-Demir',
      municipalityId: rodgau,
    });
    // The same e-mail twice in one file: the later row is named.
    const twice = await sendCsv(
      coordinator,
      '/api/contacts/import/preview',
      excelCsv([HEADER, 'A;x@example.org;;;;;;;;Amt;;', 'B;X@example.org;;;;;;;;Amt;;']),
    );
    expect(twice.body.rows[1].errors).toEqual([{ field: 'email', message: 'the same e-mail as line 2' }]);
  });

  it('reads a Windows-1252 file and names file-level problems', async () => {
    const cp1252 = Buffer.concat([
      Buffer.from('Name;Rechtsgrundlage\r\nJ'),
      Buffer.from([0xfc]),
      Buffer.from('rgen M'),
      Buffer.from([0xfc]),
      Buffer.from('ller;Amt\r\n'),
    ]);
    const preview = await sendCsv(coordinator, '/api/contacts/import/preview', cp1252);
    expect(preview.body.rows[0].contact.name).toBe('Jürgen Müller');
    const unknown = await sendCsv(coordinator, '/api/contacts/import/preview', excelCsv(['Name;Schuhgröße', 'Kai;44']));
    expect(unknown.body.fileErrors).toEqual([
      'Unknown column "Schuhgröße".',
      'The column "Rechtsgrundlage" is missing.',
    ]);
    const empty = await coordinator.agent
      .post('/api/contacts/import/preview')
      .set('X-CSRF-Token', coordinator.csrf)
      .set('Content-Type', 'text/csv')
      .send('');
    expect(empty.status).toBe(400);
  });

  it('exports the filtered contacts as CSV and XLSX for German Excel, formula-safe', async () => {
    await coordinator.post('/api/contacts', {
      name: '=HYPERLINK("http://evil.example")',
      legalBasis: 'public_office',
      tags: ['Export'],
      functionTitle: '+49 Telefon',
    });
    const csv = await downloadFile(coordinator, '/api/contacts/export.csv?tag=export');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(csv.body.toString('utf8').slice(1));
    expect(rows[0].slice(0, 12).join(';')).toBe(HEADER);
    expect(rows[1][0]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(rows[1][3]).toBe("'+49 Telefon");
    expect(rows).toHaveLength(2);

    const xlsx = await downloadFile(coordinator, '/api/contacts/export.xlsx?q=yilmaz');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Name');
    expect(sheet.getRow(2).getCell(1).value).toBe('Ayşe Yılmaz');
    expect(sheet.getRow(2).getCell(5).value).toBe('Integrationsbüro Dietzenbach');
    expect(sheet.rowCount).toBe(2);
    const all = await downloadFile(coordinator, '/api/contacts/export.xlsx?tag=export');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(all.body as unknown as ExcelJS.Buffer);
    const cell = wb2.worksheets[0].getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it('exports everything held about a person and erases them: row gone, audit entries without personal values', async () => {
    const created = await coordinator.post('/api/contacts', {
      name: 'Karin Lange',
      email: 'k.lange@example.org',
      phone: '0171 5550000',
      notes: 'Sohn in der Kita',
      legalBasis: 'consent',
      consentGivenOn: '2014-05-22',
      tags: ['Elternbeirat'],
    });
    const id = created.body.id as number;
    await coordinator.patch(`/api/contacts/${id}`, { functionTitle: 'Elternbeirätin' });
    const person = await coordinator.get(`/api/contacts/${id}/export`);
    expect(person.status).toBe(200);
    expect(person.body.contact).toMatchObject({
      name: 'Karin Lange',
      email: 'k.lange@example.org',
      functionTitle: 'Elternbeirätin',
    });
    expect(person.body.history.map((h: { action: string }) => h.action)).toEqual(['create', 'update']);
    expect(person.body.surveys).toEqual([]);

    // A questionnaire mail to the person (as the surveys module queues it) and a registration mail to the same address.
    const mails = t.app.get(DataSource).getRepository(OutboxMailEntity);
    const mail = (kind: string, n: number) =>
      mails.save({
        kind,
        toAddress: 'k.lange@example.org',
        language: 'de',
        payload: { name: 'Karin Lange' },
        messageId: `<m${n}-${id}@wir.example>`,
        nextAttemptAt: new Date(),
        createdAt: new Date(),
      });
    await mail('survey_invitation', 1);
    await mail('registration_confirmed', 2);

    const erased = await coordinator.delete(`/api/contacts/${id}`);
    expect(erased.status).toBe(204);
    expect((await coordinator.get(`/api/contacts/${id}`)).status).toBe(404);
    expect((await coordinator.delete(`/api/contacts/${id}`)).status).toBe(404);
    const admin = await t.admin();
    const log = (
      (await admin.get('/api/audit-log?entity=contact&limit=500')).body.items as {
        entityId: string;
        action: string;
        before: unknown;
        after: unknown;
      }[]
    ).filter((e) => e.entityId === String(id));
    expect(log.map((e) => e.action).sort()).toEqual(['create', 'delete', 'update']);
    const text = JSON.stringify(log);
    for (const personal of ['Karin', 'k.lange', '0171', 'Kita', 'Elternbeir', '2014-05-22'])
      expect(text).not.toContain(personal);
    expect(log.find((e) => e.action === 'create')!.after).toMatchObject({ id, legalBasis: 'consent', name: '' });
    const ds = t.app.get(DataSource);
    expect(Number((await ds.query(`SELECT COUNT(*) AS n FROM contact_tags WHERE contact_id = ${id}`))[0].n)).toBe(0);
    expect((await mails.findBy({ toAddress: 'k.lange@example.org' })).map((m) => m.kind)).toEqual([
      'registration_confirmed',
    ]);
  });

  it('the person export names their survey invitations and, in invited surveys, their answers', async () => {
    const contact = (
      await coordinator.post('/api/contacts', {
        name: 'Mehmet Kaya',
        email: 'm.kaya@example.org',
        municipalityId: rodgau,
        legalBasis: 'public_office',
      })
    ).body;
    const definition = {
      sections: [
        {
          key: 'a',
          title: { de: 'Teil A' },
          questions: [
            { key: 'buero', type: 'yes_no', label: { de: 'Büro?' } },
            { key: 'name', type: 'text', label: { de: 'Name des Büros' } },
          ],
        },
      ],
    };
    const answered = (
      await coordinator.post('/api/surveys', { title: { de: 'Erhebungsbogen 2014' }, mode: 'invited', definition })
    ).body;
    const waiting = (
      await coordinator.post('/api/surveys', { title: { de: 'Nachfrage Herbst' }, mode: 'invited', definition })
    ).body;
    const other = (
      await coordinator.post('/api/contacts', {
        name: 'Jemand Anderes',
        email: 'j.anderes@example.org',
        legalBasis: 'public_office',
      })
    ).body;
    for (const survey of [answered, waiting]) {
      expect((await coordinator.post(`/api/surveys/${survey.id}/open`, {})).status).toBe(200);
      expect(
        (await coordinator.post(`/api/surveys/${survey.id}/invitations`, { contactIds: [contact.id, other.id] }))
          .status,
      ).toBe(201);
    }
    // The personal link is mailed sealed; give the person's invitation a link whose token the test knows.
    const token = newSecretToken();
    await t.app
      .get(DataSource)
      .getRepository(SurveyInvitationEntity)
      .update({ surveyId: answered.id, contactId: contact.id }, { tokenHash: hashToken(token) });
    expect(
      (await t.http.put(`/api/public/surveys/${token}/answers`).send({ answers: { buero: true, name: 'Büro Kaya' } }))
        .status,
    ).toBe(200);
    expect((await t.http.post(`/api/public/surveys/${token}/submit`)).status).toBe(200);

    const person = await coordinator.get(`/api/contacts/${contact.id}/export`);
    expect(person.status).toBe(200);
    const surveys = person.body.surveys as {
      surveyId: number;
      title: { de: string };
      state: string;
      invitedAt: string;
      response: { submittedAt: string | null; answers: unknown } | null;
    }[];
    expect(surveys.map((s) => [s.surveyId, s.title.de, s.state]).sort()).toEqual(
      [
        [answered.id, 'Erhebungsbogen 2014', 'submitted'],
        [waiting.id, 'Nachfrage Herbst', 'invited'],
      ].sort(),
    );
    const given = surveys.find((s) => s.surveyId === answered.id)!;
    expect(given.response).toMatchObject({ versionNumber: 1, answers: { buero: true, name: 'Büro Kaya' } });
    expect(Number.isNaN(Date.parse(given.response!.submittedAt!))).toBe(false);
    expect(Number.isNaN(Date.parse(given.invitedAt))).toBe(false);
    expect(surveys.find((s) => s.surveyId === waiting.id)!.response).toBeNull();
    // Nothing of the other person invited alongside.
    expect(
      (await coordinator.get(`/api/contacts/${other.id}/export`)).body.surveys.every(
        (s: { response: unknown }) => s.response === null,
      ),
    ).toBe(true);
    expect(JSON.stringify(person.body)).not.toContain('j.anderes');
  });

  it('erasing an invited contact keeps the invitation unlinked, with its mail gone and the contact touched by the invitation', async () => {
    const contact = (
      await coordinator.post('/api/contacts', {
        name: 'Lena Berg',
        email: 'l.berg@example.org',
        municipalityId: dietzenbach,
        legalBasis: 'public_office',
      })
    ).body;
    const definition = {
      sections: [
        { key: 'a', title: { de: 'Teil A' }, questions: [{ key: 'q', type: 'yes_no', label: { de: 'Frage?' } }] },
      ],
    };
    const survey = (
      await coordinator.post('/api/surveys', { title: { de: 'Erhebungsbogen' }, mode: 'invited', definition })
    ).body;
    expect((await coordinator.post(`/api/surveys/${survey.id}/open`, {})).status).toBe(200);
    // Long quiet: due for review; the invitation is activity again.
    await t.app
      .get(DataSource)
      .getRepository(ContactEntity)
      .update(contact.id, { lastActivityAt: new Date(Date.now() - 800 * 86_400_000) });
    expect((await coordinator.get(`/api/contacts/${contact.id}`)).body.reviewDue).toBe(true);
    expect((await coordinator.post(`/api/surveys/${survey.id}/invitations`, { contactIds: [contact.id] })).status).toBe(
      201,
    );
    expect((await coordinator.get(`/api/contacts/${contact.id}`)).body.reviewDue).toBe(false);
    const mails = t.app.get(DataSource).getRepository(OutboxMailEntity);
    expect(await mails.countBy({ toAddress: 'l.berg@example.org', kind: 'survey_invitation' })).toBe(1);

    expect((await coordinator.delete(`/api/contacts/${contact.id}`)).status).toBe(204);
    const invitations = (await coordinator.get(`/api/surveys/${survey.id}/invitations`)).body.items;
    expect(invitations).toEqual([
      expect.objectContaining({ contactId: null, contactName: null, contactEmail: null, municipalityId: dietzenbach }),
    ]);
    expect(await mails.countBy({ toAddress: 'l.berg@example.org' })).toBe(0);
  });

  it('lets only coordinators and admins in: finance and check-in get 403 on every contacts route', async () => {
    const finance = await t.userWithRoles(['finance']);
    const checkin = await t.userWithRoles(['checkin']);
    for (const client of [finance, checkin]) {
      expect((await client.get('/api/contacts')).status).toBe(403);
      expect((await client.get('/api/contacts/1')).status).toBe(403);
      expect((await client.get('/api/contacts/1/export')).status).toBe(403);
      expect((await client.get('/api/contacts/export.csv')).status).toBe(403);
      expect((await client.post('/api/contacts', { name: 'X', legalBasis: 'public_office' })).status).toBe(403);
      expect((await sendCsv(client, '/api/contacts/import/preview', excelCsv([HEADER]))).status).toBe(403);
      expect((await client.delete('/api/contacts/1')).status).toBe(403);
    }
    const admin = await t.admin();
    expect((await admin.get('/api/contacts')).status).toBe(200);
  });
});
