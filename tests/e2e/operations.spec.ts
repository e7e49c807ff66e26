import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CreateRegistration } from '@wir/shared';
import { expect, test } from './fixtures';
import { apiSession, expectNoSeriousA11yViolations, logIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const year = new Date().getUTCFullYear() + 1;
const eventTitle = `Integrationskonferenz ${stamp}`;
const people = ['Aylin Demir', 'Jonas Weber', 'Fatma Kaya'].map((name) => {
  const [firstName, lastName] = name.split(' ');
  return { firstName, lastName: `${lastName}-${stamp}` };
});
const HEADER =
  'Name;E-Mail;Telefon;Funktion;Organisation;Kommune;Sprachen;Bevorzugte Sprache;Notizen;Rechtsgrundlage;Einwilligung am;Schlagworte';
const importFile = `kontakte-${stamp}.csv`;
const surveyTitle = `Erhebung Vorgänge ${stamp}`;
const csv = Buffer.from(
  `\uFEFF${[
    HEADER,
    `Mira Schulz ${stamp};m.schulz.${stamp}@example.org;;Ehrenamt;;;de;de;;Öffentliches Amt;;Vorgang ${stamp}`,
    `Omar Haddad ${stamp};o.haddad.${stamp}@example.org;;Beirat;;;ar, de;ar;;Öffentliches Amt;;Vorgang ${stamp}`,
  ].join('\r\n')}\r\n`,
  'utf8',
);

test('a participant list made as an operation shows progress, is found again under "Vorgänge" and downloads as XLSX; a contact import runs as an operation with its summary, and its contacts are invited in the background', async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  let eventId = 0;

  await test.step('through the API: an event with three registrations', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    eventId = (
      (await admin.post('/api/events', {
        kind: 'conference',
        slug: `konferenz-${stamp}`,
        title: { de: eventTitle },
        venue: 'Kreishaus Dietzenbach',
        startsAt: `${year}-05-22T09:00:00+02:00`,
        endsAt: `${year}-05-22T16:00:00+02:00`,
        capacity: 40,
        languages: ['de'],
      })) as { id: number }
    ).id;
    for (const person of people)
      await admin.post(`/api/events/${eventId}/registrations`, {
        ...person,
        email: `${person.firstName.toLowerCase()}.${stamp}@example.org`,
        organisationName: 'Integrationsbüro Dietzenbach',
        organisationType: 'municipal_integration_office',
        language: 'de',
        consent: { dataProcessing: true },
      } satisfies CreateRegistration);
    await admin.dispose();
  });

  await test.step('the XLSX list is made in the background: a labelled progress bar, a live status line, then the download', async () => {
    await page.goto(`/veranstaltungen/${eventId}`);
    await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const downloads = page.getByRole('region', { name: 'Downloads' });
    await downloads.getByRole('button', { name: 'Teilnehmerliste (XLSX) erstellen' }).click();
    const bar = downloads.getByRole('progressbar', { name: `Fortschritt: Teilnehmerliste – ${eventTitle}` });
    await expect(bar).toBeVisible();
    await expect(downloads.getByRole('status').filter({ hasText: 'Fertig: 3 von 3 Zeilen.' })).toBeVisible();
    await expect(bar).toHaveAttribute('aria-valuetext', 'Fertig: 3 von 3 Zeilen.');
    await expect(bar).toHaveJSProperty('value', 3);
    await expect(bar).toHaveJSProperty('max', 3);
    await expect(downloads.getByRole('list', { name: 'Ergebnis: Teilnehmerliste' })).toHaveText('Zeilen: 3');
    await expect(downloads.getByRole('link', { name: /herunterladen$/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('after leaving the page, "Vorgänge" lists it with its event, status and deletion date; the file downloads and parses back', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Vorgänge' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vorgänge' })).toBeVisible();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: eventTitle, exact: true }) });
    await expect(row.getByRole('rowheader')).toHaveText('Teilnehmerliste');
    await expect(row).toContainText('Fertig');
    await expect(row).toContainText(/wird am \d{2}\.\d{2}\.\d{4} gelöscht/);
    await expect(row.getByRole('link', { name: eventTitle, exact: true })).toHaveAttribute(
      'href',
      `/veranstaltungen/${eventId}/anmeldungen`,
    );
    await expectNoSeriousA11yViolations(page);

    const downloading = page.waitForEvent('download');
    await row.getByRole('link', { name: /herunterladen$/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
    const cells = workbook.worksheets.flatMap((sheet) => {
      const values: string[] = [];
      sheet.eachRow((r) => r.eachCell((cell) => values.push(String(cell.value ?? ''))));
      return values;
    });
    for (const person of people) expect(cells).toContain(person.lastName);
  });

  await test.step('the filters live in the address: another kind shows none of these', async () => {
    const filters = page.getByRole('search', { name: 'Vorgänge filtern' });
    await filters.getByLabel('Art').selectOption({ label: 'Kontaktimport' });
    await filters.getByRole('button', { name: 'Anwenden' }).click();
    await expect(page).toHaveURL(/\/vorgaenge\?kind=contacts_import$/);
    await expect(page.getByRole('link', { name: eventTitle, exact: true })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('search', { name: 'Vorgänge filtern' }).getByLabel('Art')).toHaveValue(
      'contacts_import',
    );
  });

  await test.step('a checked contact file is imported as an operation: progress, then its summary', async () => {
    await page.goto('/netzwerk');
    await page.getByLabel('CSV-Datei').setInputFiles({ name: importFile, mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect(page.getByRole('status').filter({ hasText: '2 Zeilen ohne Fehler.' })).toBeVisible();
    await page.getByRole('button', { name: '2 Kontakte importieren' }).click();
    const region = page.getByRole('region', { name: 'Import aus CSV' });
    await expect(region.getByRole('progressbar', { name: `Fortschritt: Kontaktimport – ${importFile}` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Importiert: 2 neu, 0 aktualisiert.' })).toBeVisible();
    await expect(region.getByRole('list', { name: 'Ergebnis: Kontaktimport' })).toContainText('neu angelegt: 2');
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('the imported contacts are invited to a survey in the background: invitations counted, then the mails', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const surveyId = (
      (await admin.post('/api/surveys', {
        title: { de: surveyTitle },
        mode: 'invited',
        definition: {
          sections: [
            {
              key: 'stand',
              title: { de: 'Stand' },
              questions: [{ key: 'buero', type: 'yes_no', label: { de: 'Gibt es ein Integrationsbüro?' } }],
            },
          ],
        },
      })) as { id: number }
    ).id;
    await admin.post(`/api/surveys/${surveyId}/open`, {});
    await admin.dispose();
    await page.goto(`/umfragen/${surveyId}`);
    await page.getByLabel('Alle Kontakte mit den Schlagwörtern').fill(`Vorgang ${stamp}`);
    await page.getByRole('button', { name: 'Im Hintergrund einladen' }).click();
    await expect(
      page.getByRole('progressbar', { name: `Fortschritt: Umfrage-Einladungen – ${surveyTitle}` }),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Fertig: 2 von 2 Einladungen.' })).toBeVisible();
    const summary = page.getByRole('list', { name: 'Ergebnis: Umfrage-Einladungen' });
    await expect(summary).toContainText('eingeladen: 2');
    // The mails go out at the outbox's pace; the finished run is asked again until none is pending.
    await expect(summary).toContainText('E-Mails versandt: 2', { timeout: 30_000 });
    await expect(page.getByRole('row', { name: new RegExp(`Mira Schulz ${stamp}`) })).toBeVisible();
  });

  await test.step('"Vorgänge" filtered to imports shows the file with its counts', async () => {
    await page.goto('/vorgaenge?kind=contacts_import');
    const row = page.getByRole('row').filter({ hasText: importFile });
    await expect(row.getByRole('rowheader')).toHaveText('Kontaktimport');
    await expect(row).toContainText('neu angelegt: 2');
    await expect(row.getByRole('link', { name: importFile, exact: true })).toHaveAttribute('href', '/netzwerk');
  });
});
