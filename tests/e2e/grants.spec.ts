import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { CreateBudgetLine, CreateFundingProgramme, ReceiptPage } from '@wir/shared';
import { apiSession, createWirGrant2014, expectNoSeriousA11yViolations, logIn } from './e2e-helpers';
import { createStaff, journeyUser } from './e2e-staff';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const grantTitle = `WIR-Koordinationsstelle 2014 (${stamp})`;
const receiptNumber = `A-2014-${stamp}`;
const anna = journeyUser(stamp, 'anna.kaemmerei', 'Anna Kämmerer', 'Kaemmerei-Belege-2014');
const ben = journeyUser(stamp, 'ben.rechnungspruefung', 'Ben Prüfer', 'Rechnerisch-Richtig-2014');

/** The finance plan of the demo grant (48.316,00 € in five lines). */
const LINES: CreateBudgetLine[] = [
  { code: '1', name: 'Personalkosten WIR-Koordinationsstelle', plannedCents: 2_500_000 },
  { code: '2', name: 'Innovative Projekte', plannedCents: 1_000_000 },
  { code: '3', name: 'Niedrigschwellige Sprachförderprojekte', plannedCents: 700_000 },
  { code: '4', name: 'Integrationslotsen: Einsatz und Qualifizierung', plannedCents: 431_600 },
  { code: '5', name: 'Sachkosten', plannedCents: 200_000 },
];

/** The CSRF token of a logged-in browser context (double-submit cookie), for a raw API call. */
async function csrfOf(page: Page): Promise<string> {
  const token = (await page.context().cookies()).find((c) => c.name === 'wir_csrf')?.value;
  if (!token) throw new Error('no wir_csrf cookie in the browser context');
  return token;
}

test('a finance user books a receipt by keyboard, a second one signs it off, and both reports download', async ({
  page,
  browser,
  playwright,
}) => {
  let grantId = 0;

  await test.step('through the API: an admin creates two finance users, the WIR programme and the grant with its finance plan', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await createStaff(playwright, admin, ['finance'], anna, ben);
    const programme = (await admin.post('/api/funding-programmes', {
      name: 'WIR – Wegweisende Integrationsansätze Realisieren',
      funder: 'Hessisches Ministerium für Soziales und Integration',
      year: 2014,
      volumeCents: 308_000_000,
    } satisfies CreateFundingProgramme)) as { id: number };
    const grant = await createWirGrant2014(admin, programme.id, grantTitle, `WIR-2014-OF-${stamp}`, {
      recipient: 'Kreis Offenbach, Integrationsbüro',
    });
    grantId = grant.id;
    for (const line of LINES) await admin.post(`/api/grants/${grantId}/budget-lines`, line);
    await admin.dispose();
  });

  const plan = page.getByRole('table', { name: /^Einzelansätze/ });
  const materialCosts = plan.getByRole('row', { name: /Sachkosten/ });

  await test.step('Anna logs in and finds the grant under "Förderung"; its plan shows nothing spent yet', async () => {
    await page.goto('/foerderung');
    await logIn(page, anna.email, anna.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Zuwendungen' })).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(grantTitle.replace(/[()]/g, '\\$&')) });
    await expect(row).toContainText('48.316,00 €');
    await expect(row).toContainText('01.01.2014 – 31.12.2014');
    await row.getByRole('link', { name: grantTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: grantTitle })).toBeVisible();
    await expect(materialCosts).toContainText('2.000,00 €');
    await expect(materialCosts).toContainText('0,00 €');
    await expect(materialCosts).toContainText('im Plan');
  });

  const entry = page.getByRole('form', { name: 'Beleg erfassen' });
  const number = entry.getByLabel('Beleg-Nr.');
  const amount = entry.getByLabel('Betrag');

  await test.step('she types a receipt field by field; an amount that is not one is named at the field', async () => {
    await number.focus();
    await page.keyboard.type(receiptNumber);
    await page.keyboard.press('Tab');
    await expect(entry.getByLabel('Belegdatum')).toBeFocused();
    await page.keyboard.type('22.05.2014');
    await page.keyboard.press('Tab');
    await expect(entry.getByLabel('Art')).toBeFocused();
    await expect(entry.getByLabel('Art')).toHaveValue('expense');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Druckerei am Main');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Erhebungsbogen, Druck 500 Stück');
    await page.keyboard.press('Tab');
    await expect(amount).toBeFocused();
    await page.keyboard.type('1.234,567');
    await page.keyboard.press('Tab');
    const line = entry.getByLabel('Einzelansatz');
    await expect(line).toBeFocused();
    await line.selectOption({ label: '5 Sachkosten' });
    await page.keyboard.press('Enter');

    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(amount).toHaveAccessibleDescription(/Bitte einen Betrag wie 1\.234,56 eingeben/);
    await expect(amount).toBeFocused();
    await expect(entry.getByRole('alert')).toContainText('Bitte prüfen Sie die markierten Felder.');
  });

  await test.step('"1.234,56" and Enter book it; the form is empty with the focus on the number for the next receipt', async () => {
    await amount.fill('');
    await page.keyboard.type('1.234,56');
    await page.keyboard.press('Enter');
    await expect(entry.getByRole('status')).toHaveText(
      `Beleg ${receiptNumber} über 1.234,56 € vom 22.05.2014 ist gebucht.`,
    );
    await expect(number).toBeFocused();
    await expect(number).toHaveValue('');
    await expect(amount).toHaveValue('');
    await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
  });

  await test.step('the same number again is refused in German, naming the number (the catalog text for receipt_number_taken)', async () => {
    await number.fill(receiptNumber);
    await entry.getByLabel('Belegdatum').fill('23.05.2014');
    await entry.getByLabel('Empfänger').fill('Druckerei am Main');
    await entry.getByLabel('Zweck').fill('Nachdruck');
    await amount.fill('10,00');
    await entry.getByLabel('Einzelansatz').selectOption({ label: '5 Sachkosten' });
    await amount.press('Enter');
    await expect(entry.getByRole('alert')).toContainText(
      `Die Belegnummer „${receiptNumber}“ ist in dieser Förderung schon vergeben.`,
    );
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    await expect(number).toHaveAccessibleDescription(/ist in dieser Förderung schon vergeben/);
    await number.fill('');
    await amount.fill('');
  });

  await test.step('the finance plan follows at once: the line, the total and the figures', async () => {
    await expect(materialCosts).toContainText('1.234,56 €');
    await expect(materialCosts).toContainText('-765,44 €');
    await expect(materialCosts).toContainText('im Plan');
    await expect(plan.getByRole('row', { name: /Summe/ })).toContainText('1.234,56 €');
    const spent = page.getByRole('region', { name: 'Finanzierungsplan' }).getByRole('definition').nth(1);
    await expect(spent).toHaveText('1.234,56 €');
  });

  const receipts = page.getByRole('region', { name: 'Belegliste' });
  const receiptRow = receipts.getByRole('row', { name: new RegExp(receiptNumber) });

  await test.step('the Belegliste shows the receipt; Anna signs it "sachlich richtig"', async () => {
    await expect(receiptRow).toContainText('22.05.2014');
    await expect(receiptRow).toContainText('Druckerei am Main');
    await expect(receiptRow).toContainText('1.234,56 €');
    await expect(receiptRow).toContainText('offen');
    await receiptRow.getByRole('button', { name: `Sachlich richtig zeichnen: Beleg ${receiptNumber}` }).click();
    await expect(receipts.getByRole('status').filter({ hasText: 'gezeichnet' })).toHaveText(
      `Beleg ${receiptNumber}: sachlich richtig gezeichnet.`,
    );
    await expect(receiptRow).toContainText(`sachlich: ${anna.displayName}`);
  });

  await test.step('the second step is not hers: disabled with the reason, and the API refuses it (403)', async () => {
    const arithmetic = receiptRow.getByRole('button', { name: `Rechnerisch richtig zeichnen: Beleg ${receiptNumber}` });
    await expect(arithmetic).toBeDisabled();
    await expect(arithmetic).toHaveAccessibleDescription(/„rechnerisch richtig“ zeichnet eine andere Person/);
    const list = (await (
      await page.request.get(`/api/grants/${grantId}/receipts?q=${receiptNumber}`)
    ).json()) as ReceiptPage;
    const receiptId = list.items[0]?.id;
    expect(receiptId).toBeTruthy();
    const refused = await page.request.post(`/api/receipts/${receiptId}/sign-off`, {
      data: { step: 'arithmetic' },
      headers: { 'X-CSRF-Token': await csrfOf(page) },
    });
    expect(refused.status()).toBe(403);
  });

  await test.step('the grant page has no serious accessibility findings', async () => {
    await expect(page.getByRole('heading', { name: 'Plan und Ist je Einzelansatz' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('the charts below the fold wait until they are scrolled near, then draw', async () => {
    // A new visit starts at the top; once the page is idle the charts' tables are there but recharts has drawn nothing.
    await page.goto(page.url().split('#')[0]!);
    await page.waitForLoadState('networkidle');
    const charts = page.getByRole('region', { name: 'Auswertung' });
    await expect(charts.getByRole('table', { name: /Plan und Ist/ })).toHaveCount(1);
    await expect(charts.locator('.recharts-surface')).toHaveCount(0);
    await charts.getByRole('heading', { name: 'Plan und Ist je Einzelansatz' }).scrollIntoViewIfNeeded();
    await expect(charts.locator('.recharts-surface').first()).toBeVisible();
  });

  await test.step('Ben signs it "rechnerisch richtig" in the sign-off queue', async () => {
    const context = await browser.newContext();
    const benPage = await context.newPage();
    await benPage.goto('/foerderung/freigaben');
    await logIn(benPage, ben.email, ben.password);
    await expect(benPage.getByRole('heading', { level: 1, name: 'Freigaben' })).toBeVisible();
    const row = benPage.getByRole('row', { name: new RegExp(receiptNumber) });
    await expect(row).toContainText(grantTitle);
    await expect(row).toContainText(`sachlich: ${anna.displayName}`);
    await row.getByRole('button', { name: `Rechnerisch richtig zeichnen: Beleg ${receiptNumber}` }).click();
    await expect(benPage.getByRole('main').getByRole('status').filter({ hasText: 'gezeichnet' })).toHaveText(
      `Beleg ${receiptNumber}: rechnerisch richtig gezeichnet – die Zeichnung ist vollständig.`,
    );
    await expect(row).toHaveCount(0);
    await context.close();
  });

  await test.step('Anna sees the sign-off complete after a reload', async () => {
    await page.reload();
    await expect(receiptRow).toContainText('sachlich und rechnerisch richtig');
    await expect(receiptRow).toContainText(`rechnerisch: ${ben.displayName}`);
  });

  const reports = page.getByRole('region', { name: 'Berichte' });

  await test.step('the Belegliste (CSV) downloads through its button, with the receipt in German format', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reports.getByRole('button', { name: 'Belegliste (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Belegliste .*\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const line = csv.split(/\r?\n/).find((l) => l.includes(receiptNumber));
    expect(line, csv).toBeDefined();
    expect(line).toContain('22.05.2014');
    expect(line).toContain('1234,56');
    await expect(reports.getByRole('status').filter({ hasText: 'ist gespeichert' })).toHaveText(
      /^Belegliste .*\.csv ist gespeichert \(\d+ kB\)\.$/,
    );
  });

  await test.step('the Verwendungsnachweis (PDF) downloads through its button', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reports.getByRole('button', { name: 'Verwendungsnachweis (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Verwendungsnachweis .*\.pdf$/);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(reports.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  });

  await test.step('with a day under "Belege bis", the Belegliste is an interim one: the receipt of 22.05.2014 is not in it on 21.05.2014', async () => {
    await reports.getByLabel('Belege bis (optional)').fill('21.05.2014');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reports.getByRole('button', { name: 'Belegliste (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Belegliste .* 2014-05-21\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).not.toContain(receiptNumber);
    await reports.getByLabel('Belege bis (optional)').fill('');
  });

  await test.step('Sachkosten cut to 1.000 € run 23 % over: consent needed; the recorded consent of the funder covers it', async () => {
    await materialCosts.getByRole('button', { name: 'Bearbeiten: 5 Sachkosten' }).click();
    const edit = page.getByRole('form', { name: 'Bearbeiten: 5 Sachkosten' });
    await edit.getByLabel('lt. Zuwendungsbescheid').fill('1.000,00');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await expect(materialCosts).toContainText('Zustimmung erforderlich');
    await materialCosts.getByRole('button', { name: 'Bearbeiten: 5 Sachkosten' }).click();
    await edit.getByLabel('Zustimmung vom').fill('15.08.2014');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await expect(edit.getByText('Datum und Betrag der Zustimmung gehören zusammen.')).toBeVisible();
    await edit.getByLabel('Aktenzeichen').fill('IV 5 - 12/2014');
    await edit.getByLabel('Zugestimmt bis').fill('1.500');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await expect(materialCosts).toContainText('Zustimmung vom 15.08.2014');
  });

  await test.step('recording the submitted proof of use closes the grant for bookings', async () => {
    const notices = page.getByRole('region', { name: 'Zuwendungsbescheid' });
    await expect(receiptRow.getByRole('button', { name: /^Stornieren/ })).toBeVisible();
    await notices.getByLabel('Eingereicht am').fill('31.03.2015');
    await notices.getByRole('button', { name: 'Einreichung erfassen' }).click();
    await expect(notices).toContainText('Verwendungsnachweis eingereicht am 31.03.2015.');
    await expect(page.getByRole('region', { name: 'Beleg erfassen' })).toHaveCount(0);
    await expect(receiptRow.getByRole('button', { name: /^Stornieren/ })).toHaveCount(0);
  });
});
