import * as fs from 'node:fs';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { FIXED_PARTICIPANT_HEADERS } from '#api/modules/exports/participant-columns.test-fixture';
import { RegistrationEntity } from '#api/modules/registrations/registration.entity';
import { RegistrationWorkshopEntity } from '#api/modules/registrations/registration-workshop.entity';
import { DEJAVU_SANS } from '#api/platform/export/pdf-fonts.util';
import { participant, publishedEvent } from './support/event-fixtures';
import { berlinToday, downloadFile as download, parseCsv, pdfPages } from './support/report-files';
import { Client, startTestApp, TestApp } from './support/test-app';

const HEADER = [...FIXED_PARTICIPANT_HEADERS, 'Verpflegung', 'Fotos erlaubt'];

describe('exports: participant lists, badges and certificates', () => {
  let t: TestApp;
  let coordinator: Client;
  let eventId: number;
  let ids: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
    const admin = await t.admin();
    coordinator = await t.userWithRoles(['coordinator']);
    const muni = await admin.post('/api/municipalities', { name: 'Rödermark', officialKey: '06438012' });
    expect(muni.status).toBe(201);
    const ev = await publishedEvent(admin, {
      slug: 'export-konferenz',
      capacity: 5,
      workshops: [
        { capacity: 10, startOffsetH: 1 },
        { capacity: 1, startOffsetH: 2 },
      ],
      questions: [
        {
          key: 'diet',
          kind: 'choice',
          label: { de: 'Verpflegung', en: 'Catering' },
          options: [
            { value: 'veggie', label: { de: 'vegetarisch' } },
            { value: 'all', label: { de: 'alles' } },
          ],
        },
        { key: 'photos', kind: 'yes_no', label: { de: 'Fotos erlaubt' } },
      ],
    });
    eventId = ev.id;
    const [w1, w2] = ev.workshopIds;
    const register = async (name: string, overrides: Record<string, unknown>) => {
      const res = await t.http.post(`/api/public/events/${ev.slug}/registrations`).send(participant(overrides));
      expect(res.status).toBe(201);
      return [name, res.body.id as number] as const;
    };
    ids = Object.fromEntries([
      await register('hyperlink', {
        firstName: 'Eva',
        lastName: '=HYPERLINK("http://x")',
        workshopIds: [w1],
        answers: { diet: 'veggie', photos: true },
      }),
      await register('sum', {
        firstName: '@SUM(1)',
        lastName: 'Müller-Lüdenscheidt',
        organisationName: '+49 Verein; "Nachbarn"',
        organisationType: 'association',
      }),
      await register('turkish', {
        firstName: 'Şükrü',
        lastName: 'Çelik',
        organisationName: 'Türkischer Elternverein Dreieich',
        organisationType: 'migrant_organisation',
        municipalityId: muni.body.id,
        language: 'tr',
        workshopIds: [w1, w2],
        answers: { diet: 'all', photos: false },
      }),
      await register('arabic', {
        firstName: 'فاطمة',
        lastName: 'الزهراء',
        language: 'ar',
        interpretingLanguage: 'Arabisch',
        accessibilityNeeds: 'Rollstuhl, ebenerdiger Zugang',
      }),
      await register('weiss', { firstName: 'Jürgen', lastName: 'Weiß', workshopIds: [w2] }),
      await register('waiting', { firstName: 'Wanda', lastName: 'Nowak' }),
      await register('cancelled', { firstName: 'Carl', lastName: 'Storniert' }),
      await register('anonymised', { firstName: 'Anna', lastName: 'Anonymisiert' }),
    ]);
    expect((await admin.post(`/api/registrations/${ids.cancelled}/cancel`)).status).toBe(200);
    // Check-in and anonymisation are other modules' work; set their columns directly.
    const registrations = t.app.get(DataSource).getRepository(RegistrationEntity);
    await registrations.update({ id: ids.turkish }, { checkedInAt: new Date() });
    await t.app
      .get(DataSource)
      .getRepository(RegistrationWorkshopEntity)
      .update({ registrationId: ids.turkish }, { checkedInAt: new Date() });
    await registrations.update({ id: ids.arabic }, { checkedInAt: new Date() });
    await registrations.update(
      { id: ids.anonymised },
      { anonymisedAt: new Date(), firstName: '', lastName: '', email: `anon-${ids.anonymised}@invalid` },
    );
  });
  afterAll(() => t.close());

  it('sends the participant list as CSV for German Excel, with no cell that starts a formula', async () => {
    const res = await download(coordinator, `/api/events/${eventId}/participants.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="Teilnehmerliste-Integrationskonferenz-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''Teilnehmerliste%20Integrationskonferenz%20\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.body.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(HEADER.join(';'));
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text.endsWith('\r\n')).toBe(true);

    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(HEADER);
    const col = (name: string) => HEADER.indexOf(name);
    expect(rows.map((r) => r[col('Nachname')])).toEqual([
      '\'=HYPERLINK("http://x")',
      'Müller-Lüdenscheidt',
      'Çelik',
      'الزهراء',
      'Weiß',
      'Nowak',
    ]);
    expect(rows.map((r) => r[col('Nr.')])).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const byName = (last: string) => rows.find((r) => r[col('Nachname')] === last)!;
    const sum = byName('Müller-Lüdenscheidt');
    expect(sum[col('Vorname')]).toBe("'@SUM(1)");
    expect(sum[col('Organisation')]).toBe('\'+49 Verein; "Nachbarn"');
    expect(sum[col('Organisationsart')]).toBe('Verein oder Verband');

    const turkish = byName('Çelik');
    expect(turkish[col('Vorname')]).toBe('Şükrü');
    expect(turkish[col('Organisation')]).toBe('Türkischer Elternverein Dreieich');
    expect(turkish[col('Organisationsart')]).toBe('Migrantenorganisation');
    expect(turkish[col('Kommune')]).toBe('Rödermark');
    expect(turkish[col('Status')]).toBe('bestätigt');
    expect(turkish[col('Workshops')]).toBe('Workshop 1 (bestätigt), Workshop 2 (bestätigt)');
    expect(turkish[col('Sprache')]).toBe('Türkisch');
    expect(turkish[col('Verpflegung')]).toBe('alles');
    expect(turkish[col('Fotos erlaubt')]).toBe('nein');
    expect(turkish[col('Angemeldet am')]).toMatch(new RegExp(`^${berlinToday().replace(/\./g, '\\.')} \\d{2}:\\d{2}$`));
    expect(turkish[col('Eingecheckt am')]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);

    const arabic = byName('الزهراء');
    expect(arabic[col('Vorname')]).toBe('فاطمة');
    expect(arabic[col('Dolmetschen')]).toBe('Arabisch');
    expect(arabic[col('Barrierefreiheit')]).toBe('Rollstuhl, ebenerdiger Zugang');
    expect(arabic[col('Sprache')]).toBe('Arabisch');
    const hyperlink = rows[0];
    expect(hyperlink[col('Verpflegung')]).toBe('vegetarisch');
    expect(hyperlink[col('Fotos erlaubt')]).toBe('ja');
    expect(hyperlink[col('Eingecheckt am')]).toBe('');
    expect(byName('Weiß')[col('Workshops')]).toBe('Workshop 2 (Warteliste)');
    expect(byName('Nowak')[col('Status')]).toBe('Warteliste');
    expect(text).not.toContain('Anonymisiert');
    expect(text).not.toContain('Storniert');
  });

  it('filters the CSV by status; cancelled ones only when asked for', async () => {
    const rowsFor = async (status: string) => {
      const res = await download(coordinator, `/api/events/${eventId}/participants.csv?status=${status}`);
      expect(res.status).toBe(200);
      return parseCsv(res.body.subarray(3).toString('utf8')).slice(1);
    };
    expect((await rowsFor('cancelled')).map((r) => [r[1], r[7]])).toEqual([['Storniert', 'storniert']]);
    expect((await rowsFor('waitlisted')).map((r) => r[1])).toEqual(['Nowak']);
    expect(await rowsFor('confirmed')).toHaveLength(5);
    expect((await download(coordinator, `/api/events/${eventId}/participants.csv?status=bogus`)).status).toBe(400);
  });

  it('sends the same table as XLSX with text cells, real dates, a bold frozen header and an autofilter', async () => {
    const res = await download(coordinator, `/api/events/${eventId}/participants.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="Teilnehmerliste-Integrationskonferenz-[\d-]+\.xlsx"; filename\*=UTF-8''/,
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Teilnehmende')!;
    expect(sheet.rowCount).toBe(7);
    const header = sheet.getRow(1);
    expect((header.values as unknown[]).slice(1)).toEqual(HEADER);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(4).width).toBe(30);

    const col = (name: string) => HEADER.indexOf(name) + 1;
    const csv = parseCsv(
      (await download(coordinator, `/api/events/${eventId}/participants.csv`)).body.subarray(3).toString('utf8'),
    ).slice(1);
    for (let r = 0; r < csv.length; r++) {
      const row = sheet.getRow(r + 2);
      expect(row.getCell(col('Nachname')).value).toBe(csv[r][col('Nachname') - 1]);
      expect(row.getCell(col('Vorname')).value).toBe(csv[r][col('Vorname') - 1]);
      expect(row.getCell(col('Workshops')).value ?? '').toBe(csv[r][col('Workshops') - 1]);
    }
    const formula = sheet.getRow(2).getCell(col('Nachname'));
    expect(formula.type).not.toBe(ExcelJS.ValueType.Formula);
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.value).toBe('\'=HYPERLINK("http://x")');
    const at = sheet.getRow(3).getCell(col('Vorname'));
    expect(at.type).toBe(ExcelJS.ValueType.String);
    expect(at.value).toBe("'@SUM(1)");

    const nr = sheet.getRow(2).getCell(col('Nr.'));
    expect(nr.value).toBe(1);
    const registered = sheet.getRow(4).getCell(col('Angemeldet am'));
    expect(registered.value).toBeInstanceOf(Date);
    expect(registered.numFmt).toBe('dd.mm.yyyy hh:mm');
    // Stored as Berlin wall-clock time: the date Excel shows is today's date in Berlin.
    const d = registered.value as Date;
    expect(
      `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`,
    ).toBe(berlinToday());
    expect(sheet.getRow(4).getCell(col('Eingecheckt am')).value).toBeInstanceOf(Date);
    expect(sheet.getRow(4).getCell(col('Vorname')).value).toBe('Şükrü');
    expect(sheet.getRow(5).getCell(col('Vorname')).value).toBe('فاطمة');
  });

  it('prints name badges of the confirmed registrations only, in DejaVu Sans', async () => {
    expect(fs.existsSync(DEJAVU_SANS.regular)).toBe(true);
    expect(fs.existsSync(DEJAVU_SANS.bold)).toBe(true);
    const res = await download(coordinator, `/api/events/${eventId}/badges.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="Namensschilder-Integrationskonferenz-[\d-]+\.pdf"/,
    );
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.body.toString('latin1')).toContain('DejaVuSans');
    const pages = await pdfPages(res.body);
    expect(pages).toHaveLength(1);
    const text = pages[0];
    for (const name of [
      'Eva',
      '=HYPERLINK("http://x")',
      '@SUM(1)',
      'Müller-Lüdenscheidt',
      'Şükrü',
      'Çelik',
      'Jürgen',
      'Weiß',
      'Türkischer Elternverein Dreieich',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Integrationskonferenz');
    expect(text).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    for (const absent of ['Nowak', 'Storniert', 'Anonymisiert']) expect(text).not.toContain(absent);
  });

  it('prints one attendance certificate per checked-in person, or one person’s', async () => {
    const res = await download(coordinator, `/api/events/${eventId}/certificates.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    const pages = await pdfPages(res.body);
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page).toContain('Teilnahmebescheinigung');
      expect(page).toContain('Integrationsbüro Kreis Offenbach');
      expect(page).toContain('Kreishaus Dietzenbach');
    }
    const turkish = pages.find((p) => p.includes('Şükrü Çelik'));
    expect(turkish).toBeDefined();
    expect(turkish!.replace(/\s+/g, ' ')).toMatch(
      /Şükrü Çelik hat am \d{2}\.\d{2}\.\d{4} an der Veranstaltung „Integrationskonferenz“ \(Kreishaus Dietzenbach\) teilgenommen\./,
    );
    expect(turkish).toContain('Workshop 1');
    expect(turkish).toContain('Workshop 2');
    expect(pages.filter((p) => p.includes('Çelik'))).toHaveLength(1);

    const one = await download(coordinator, `/api/events/${eventId}/certificates.pdf?registrationId=${ids.turkish}`);
    expect(one.status).toBe(200);
    const onePages = await pdfPages(one.body);
    expect(onePages).toHaveLength(1);
    expect(onePages[0]).toContain('Şükrü Çelik');

    const notCheckedIn = await coordinator.get(`/api/events/${eventId}/certificates.pdf?registrationId=${ids.weiss}`);
    expect(notCheckedIn.status).toBe(409);
    expect(notCheckedIn.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(notCheckedIn.headers['content-disposition']).toBeUndefined();
    expect((await coordinator.get(`/api/events/${eventId}/certificates.pdf?registrationId=999999`)).status).toBe(404);
  });

  it('answers 409 when there is nothing to print', async () => {
    const empty = await publishedEvent(await t.admin(), { slug: 'export-leer', capacity: 5 });
    expect((await coordinator.get(`/api/events/${empty.id}/badges.pdf`)).status).toBe(409);
    expect((await coordinator.get(`/api/events/${empty.id}/certificates.pdf`)).status).toBe(409);
    const csv = await download(coordinator, `/api/events/${empty.id}/participants.csv`);
    expect(csv.status).toBe(200);
    expect(csv.body.subarray(3).toString('utf8')).toBe(`${FIXED_PARTICIPANT_HEADERS.join(';')}\r\n`);
  });

  it('refuses anonymous callers (401), other roles (403) and unknown events (404)', async () => {
    const finance = await t.userWithRoles(['finance']);
    const checkin = await t.userWithRoles(['checkin']);
    for (const file of ['participants.csv', 'participants.xlsx', 'badges.pdf', 'certificates.pdf']) {
      const url = `/api/events/${eventId}/${file}`;
      const anonymous = await t.http.get(url);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((await finance.get(url)).status).toBe(403);
      expect((await checkin.get(url)).status).toBe(403);
      const unknown = await coordinator.get(`/api/events/999999/${file}`);
      expect(unknown.status).toBe(404);
      expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(unknown.headers['content-disposition']).toBeUndefined();
      expect(unknown.body.detail).toBe('Event 999999 does not exist.');
    }
    const admin = await t.admin();
    expect((await download(admin, `/api/events/${eventId}/participants.csv`)).status).toBe(200);
  });
});
