import { expect, test } from './fixtures';
import type { CreateUser } from '@wir/shared';
import { apiSession, createUserWithOwnPassword, expectNoSeriousA11yViolations, logIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const carla = {
  email: `carla.netzwerk.${stamp}@example.org`,
  displayName: 'Carla Koordination',
  password: 'Netzwerk-Kreis-2014!',
};
const HEADER =
  'Name;E-Mail;Telefon;Funktion;Organisation;Kommune;Sprachen;Bevorzugte Sprache;Notizen;Rechtsgrundlage;Einwilligung am;Schlagworte';
const csv = (lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');
const fatma = `Fatma Kaya ${stamp}`;
const jonas = `Jonas Weber ${stamp}`;
const heusenstamm = `Heusenstamm ${stamp}`;

test('a coordinator imports contacts from a German Excel CSV: a bad row is named and nothing is written; fixed, the file imports and the contact is found', async ({
  page,
  playwright,
}) => {
  await test.step('a coordinator logs in and opens the network', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await createUserWithOwnPassword(playwright, admin, { ...carla, roles: ['coordinator'] } satisfies CreateUser);
    await admin.post('/api/municipalities', { name: heusenstamm });
    await admin.dispose();
    await page.goto('/netzwerk');
    await logIn(page, carla.email, carla.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Netzwerk' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Netzwerk' }),
    ).toHaveAttribute('aria-current', 'page');
  });

  const bad = csv([
    `${fatma};f.kaya.${stamp}@example.org;06104 1;Integrationsbüro der Stadt;;;de, tr;tr;;Öffentliches Amt;;Erhebung ${stamp}`,
    `${jonas};j.weber.${stamp}@example.org;;Ausländerbeirat;;${heusenstamm};;de;;Einwilligung;31.02.2014;Erhebung ${stamp}`,
  ]);

  await test.step('the preview names line 3 and its consent date; no import button; nothing is written', async () => {
    await page.getByLabel('CSV-Datei').setInputFiles({ name: 'kontakte.csv', mimeType: 'text/csv', buffer: bad });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '1 Zeile hat Fehler. Es wurde nichts gespeichert.' }),
    ).toBeVisible();
    const row = page.getByRole('row', { name: /Zeile 3/ });
    await expect(row).toContainText('Einwilligung am:');
    await expect(page.getByRole('row', { name: /Zeile 2/ })).toContainText('wird neu angelegt');
    await expect(page.getByRole('button', { name: /importieren/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    const api = await apiSession(playwright, carla.email, carla.password);
    expect(((await api.get(`/api/contacts?q=${stamp}`)) as { total: number }).total).toBe(0);
    await api.dispose();
  });

  await test.step('the fixed file passes the preview and imports both rows', async () => {
    const fixed = csv([
      `${fatma};f.kaya.${stamp}@example.org;06104 1;Integrationsbüro der Stadt;;;de, tr;tr;;Öffentliches Amt;;Erhebung ${stamp}`,
      `${jonas};j.weber.${stamp}@example.org;;Ausländerbeirat;;${heusenstamm};;de;;Einwilligung;28.02.2014;Erhebung ${stamp}`,
    ]);
    await page.getByLabel('CSV-Datei').setInputFiles({ name: 'kontakte.csv', mimeType: 'text/csv', buffer: fixed });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect(page.getByRole('status').filter({ hasText: '2 Zeilen ohne Fehler.' })).toBeVisible();
    await page.getByRole('button', { name: '2 Kontakte importieren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Importiert: 2 neu, 0 aktualisiert.' })).toBeVisible();
  });

  await test.step('the search finds the contact; its page shows the imported data', async () => {
    const search = page.getByRole('search', { name: 'Kontakte filtern' });
    await search.getByLabel('Suche').fill(jonas);
    await search.getByRole('button', { name: 'Anwenden' }).click();
    await expect(page).toHaveURL(/\/netzwerk\?q=/);
    await expect(page.getByRole('status').filter({ hasText: '1 Kontakt' })).toBeVisible();
    await page.getByRole('link', { name: jonas }).click();
    await expect(page.getByRole('heading', { level: 1, name: jonas })).toBeVisible();
    await expect(page.getByLabel('Funktion')).toHaveValue('Ausländerbeirat');
    await expect(page.getByLabel('Einwilligung am')).toHaveValue('28.02.2014');
    // The select shows the contact's municipality once its options are there (not the first option).
    await expect(page.getByLabel('Kommune').locator('option:checked')).toHaveText(heusenstamm);
    await expectNoSeriousA11yViolations(page);
  });
});
