import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, logIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const lotse = {
  email: `lotse-${stamp}@example.org`,
  name: 'Lea Lotsin',
  initial: 'Vom-Admin-vergeben-2014',
  own: 'Integrationslotsin-Dreieich-7',
};

test('a user an admin created must change the password at the first login, then lands in the admin', async ({
  page,
}) => {
  await test.step('the admin creates the user in the user administration and logs out', async () => {
    await page.goto('/benutzer');
    await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'Benutzer' })).toBeVisible();
    const createUser = page.getByRole('form', { name: 'Benutzer anlegen' });
    await createUser.getByLabel('E-Mail-Adresse').fill(lotse.email);
    await createUser.getByLabel('Name').fill(lotse.name);
    await createUser.getByLabel('Passwort').fill(lotse.initial);
    await createUser.getByRole('checkbox', { name: 'Koordination' }).check();
    await createUser.getByRole('button', { name: 'Benutzer anlegen' }).click();
    await expect(createUser.getByRole('status')).toHaveText(`Benutzer ${lotse.email} wurde angelegt.`);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expect(page).toHaveURL(/\/login$/);
  });

  await test.step('the user logs in with the admin-set password and is sent to the change-password page', async () => {
    await page.goto('/veranstaltungen');
    await expect(page).toHaveURL(/\/login\?next=%2Fveranstaltungen$/);
    await logIn(page, lotse.email, lotse.initial);
    await expect(page).toHaveURL(/\/passwort-aendern\?next=%2Fveranstaltungen$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Passwort ändern' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Ihr Passwort wurde von der Administration vergeben.');
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('every other page leads back there until the password is changed', async () => {
    await page.goto('/benutzer');
    await expect(page).toHaveURL(/\/passwort-aendern$/);
    await page.goto('/passwort-aendern?next=%2Fveranstaltungen');
  });

  const form = page.getByRole('form', { name: 'Passwort ändern' });

  await test.step('a mismatch and a wrong current password are named at their fields', async () => {
    await form.getByLabel('Aktuelles Passwort').fill(lotse.initial);
    await form.getByLabel('Neues Passwort', { exact: true }).fill(lotse.own);
    await form.getByLabel('Neues Passwort wiederholen').fill(`${lotse.own}x`);
    await form.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(form.getByLabel('Neues Passwort wiederholen')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Neues Passwort wiederholen')).toHaveAccessibleDescription(/stimmen nicht überein/);

    await form.getByLabel('Aktuelles Passwort').fill('Nicht-das-richtige-1');
    await form.getByLabel('Neues Passwort wiederholen').fill(lotse.own);
    await form.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(form.getByLabel('Aktuelles Passwort')).toHaveAccessibleDescription(/Das aktuelle Passwort ist falsch/);
    await expect(form.getByRole('alert')).toContainText('Bitte prüfen Sie die markierten Felder.');
  });

  await test.step('the user changes the password and lands where they wanted to go', async () => {
    await form.getByLabel('Aktuelles Passwort').fill(lotse.initial);
    await form.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(page).toHaveURL(/\/veranstaltungen$/);
    await expect(page.getByRole('banner')).toContainText(`Angemeldet als ${lotse.name}`);
    await expect(
      page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Veranstaltungen' }),
    ).toBeVisible();
    await page.goto('/benutzer');
    await expect(page).toHaveURL(/\/benutzer$/);
  });

  await test.step('the new password works, the admin-set one no longer does', async () => {
    const old = await page.request.post('/api/auth/login', { data: { email: lotse.email, password: lotse.initial } });
    expect(old.status()).toBe(401);
    const fresh = await page.request.post('/api/auth/login', { data: { email: lotse.email, password: lotse.own } });
    expect(fresh.status()).toBe(200);
    expect((await fresh.json()).user.mustChangePassword).toBe(false);
  });
});
