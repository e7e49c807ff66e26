import { expect, test } from './fixtures';
import type { CreateUser } from '@wir/shared';
import { apiSession, createUserWithOwnPassword, expectNoSeriousA11yViolations, logIn, mailsTo } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const user = {
  email: `editor.umfrage.${stamp}@example.org`,
  displayName: 'Koordination Editor',
  password: 'Fragebogen-bauen-2014!',
};
const contactEmail = `integration.langen.${stamp}@example.org`;

test('a coordinator builds a questionnaire, opens it, invites by tag, and a change after opening becomes version 2', async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  await test.step('through the API: a coordinator and a tagged contact', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await createUserWithOwnPassword(playwright, admin, { ...user, roles: ['coordinator'] } satisfies CreateUser);
    await admin.post('/api/contacts', {
      name: 'Sabine Hofmann',
      email: contactEmail,
      legalBasis: 'public_office',
      tags: [`editor-${stamp}`],
    });
    await admin.dispose();
  });

  await page.goto('/login?next=%2Fumfragen');
  await logIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Umfragen' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Umfragen' }),
  ).toHaveAttribute('aria-current', 'page');

  await test.step('a new survey starts as a draft with one question; the coordinator adds a yes/no question and saves', async () => {
    await page.getByLabel('Titel (Deutsch)').fill(`Kurzbefragung ${stamp}`);
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Kurzbefragung ${stamp}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Fragen (Version 1)' })).toBeVisible();
    await page.getByLabel('Typ der neuen Frage').selectOption({ label: 'Ja/Nein' });
    await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
    const question = page.getByRole('group', { name: 'Frage 2 (Ja/Nein)' });
    await question
      .getByRole('group', { name: 'Frage', exact: true })
      .getByLabel('Deutsch')
      .fill('Gibt es eine Integrationsstelle?');
    await question
      .getByRole('group', { name: 'Frage', exact: true })
      .getByLabel('Türkçe')
      .fill('Entegrasyon birimi var mı?');
    await question.getByLabel('Pflichtfrage').check();
    await page.getByRole('button', { name: 'Fragen speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Die Fragen sind gespeichert.' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('opened, the version is frozen; invitations by tag show their state', async () => {
    await page.getByRole('button', { name: 'Umfrage öffnen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Die Umfrage ist geöffnet.' })).toBeVisible();
    await expect(page.getByText('Diese Version ist eingefroren. Eine Änderung erzeugt Version 2')).toBeVisible();
    await page.getByLabel('Alle Kontakte mit den Schlagwörtern').fill(`editor-${stamp}`);
    await page.getByRole('button', { name: 'Einladungen senden' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 eingeladen, 0 übersprungen.' })).toBeVisible();
    const invitations = page.getByRole('table', { name: 'Stand der Einladungen' });
    await expect(invitations.getByRole('row', { name: /Sabine Hofmann .* eingeladen/ })).toHaveCount(1);
    const [mail] = await mailsTo(contactEmail, 1);
    expect(mail.subject).toBe(`Bitte um Ihre Mitwirkung: Kurzbefragung ${stamp}`);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('a change after opening is saved as version 2', async () => {
    const question = page.getByRole('group', { name: 'Frage 2 (Ja/Nein)' });
    await question
      .getByRole('group', { name: 'Frage', exact: true })
      .getByLabel('English')
      .fill('Is there an integration office?');
    await page.getByRole('button', { name: 'Als Version 2 speichern' }).click();
    await expect(page.getByRole('heading', { name: 'Fragen (Version 2)' })).toBeVisible();
  });
});
