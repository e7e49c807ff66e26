import { expect, test } from './fixtures';
import { logIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

test('an admin logs in, adds a coordinator and an organisation, and logs out', async ({ page }) => {
  await test.step('a protected page without a session leads to the login', async () => {
    await page.goto('/benutzer');
    await expect(page).toHaveURL(/\/login\?next=%2Fbenutzer$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });

  await test.step('a wrong password is refused with an announced error', async () => {
    await logIn(page, E2E_ADMIN_EMAIL, 'not-the-password-123');
    await expect(page.getByRole('main').getByRole('alert')).toContainText('E-Mail-Adresse oder Passwort ist falsch.');
    await expect(page).toHaveURL(/\/login/);
  });

  await test.step('the admin logs in and lands where they wanted to go', async () => {
    await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await expect(page).toHaveURL(/\/benutzer$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Benutzer' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Angemeldet als');
    await expect(page.getByRole('row', { name: new RegExp(E2E_ADMIN_EMAIL) })).toBeVisible();
  });

  const createUser = page.getByRole('form', { name: 'Benutzer anlegen' });

  await test.step('the API names the wrong fields next to them', async () => {
    await createUser.getByLabel('E-Mail-Adresse').fill('koordination@example.org');
    await createUser.getByLabel('Name').fill('Kim Koordination');
    await createUser.getByLabel('Passwort').fill('zu-kurz');
    await createUser.getByRole('button', { name: 'Benutzer anlegen' }).click();
    await expect(createUser.getByLabel('Passwort')).toHaveAttribute('aria-invalid', 'true');
    await expect(createUser.getByLabel('Passwort')).toHaveAccessibleDescription(/12 bis 128 Zeichen.*Fehler/);
    await expect(createUser.getByRole('group', { name: 'Rollen' })).toContainText('Fehler');
    await expect(createUser.getByRole('alert')).toContainText('Bitte prüfen Sie die markierten Felder.');
  });

  await test.step('the admin creates a coordinator', async () => {
    await createUser.getByLabel('Passwort').fill('Lotsen-Qualifizierung-2014');
    await createUser.getByRole('checkbox', { name: 'Koordination' }).check();
    await createUser.getByRole('button', { name: 'Benutzer anlegen' }).click();
    await expect(createUser.getByRole('status')).toHaveText('Benutzer koordination@example.org wurde angelegt.');
    const row = page.getByRole('row', { name: /koordination@example\.org/ });
    await expect(row).toContainText('Kim Koordination');
    await expect(row).toContainText('Koordination');
    await expect(row).toContainText('aktiv');
    await expect(row).toContainText('noch nie');
  });

  await test.step('the admin adds a municipality and an organisation in it', async () => {
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Stammdaten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Stammdaten' })).toBeVisible();

    const createMunicipality = page.getByRole('form', { name: 'Kommune anlegen' });
    await createMunicipality.getByLabel('Name').fill('Dietzenbach');
    await createMunicipality.getByLabel('Amtlicher Gemeindeschlüssel').fill('06438001');
    await createMunicipality.getByRole('button', { name: 'Kommune anlegen' }).click();
    await expect(page.getByRole('row', { name: /Dietzenbach/ })).toContainText('06438001');

    const createOrganisation = page.getByRole('form', { name: 'Organisation anlegen' });
    await createOrganisation.getByLabel('Name').fill('Rettungsdienstschule Kreis Offenbach');
    await createOrganisation.getByLabel('Art').selectOption({ label: 'Rettungsdienst' });
    await createOrganisation.getByLabel('Kommune').selectOption({ label: 'Dietzenbach' });
    await createOrganisation.getByRole('button', { name: 'Organisation anlegen' }).click();
    await expect(createOrganisation.getByRole('status')).toHaveText(
      'Organisation „Rettungsdienstschule Kreis Offenbach“ wurde angelegt.',
    );
    const row = page.getByRole('table', { name: 'Organisationen, Dienststellen und Vereine' }).getByRole('row', {
      name: /Rettungsdienstschule Kreis Offenbach/,
    });
    await expect(row).toContainText('Rettungsdienst');
    await expect(row).toContainText('Dietzenbach');
  });

  await test.step('the dashboard shows the admin every panel; the new municipality is listed with nobody reached yet', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    for (const name of ['Veranstaltungen', 'Förderung', 'Wirkung', 'Bestandsaufnahme'])
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    const reached = page.getByRole('region', { name: 'Erreichte Personen je Kommune' });
    await reached.getByText('Zahlen als Tabelle').click();
    await expect(reached.getByRole('row', { name: /Dietzenbach/ })).toHaveText(/Dietzenbach\s*0\s*0/);
  });

  await test.step('the language switch changes the UI to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Master data' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });

  await test.step('logout ends the session', async () => {
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expect(page).toHaveURL(/\/login$/);
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
    await page.goto('/benutzer');
    await expect(page).toHaveURL(/\/login\?next=%2Fbenutzer$/);
  });
});
