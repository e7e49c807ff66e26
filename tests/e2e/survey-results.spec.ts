import { expect, test } from './fixtures';
import type { CreateUser, SurveyDefinitionInput } from '@wir/shared';
import {
  apiSession,
  BASE_URL,
  createUserWithOwnPassword,
  expectNoSeriousA11yViolations,
  logIn,
  mailsTo,
} from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const clara = {
  email: `clara.ergebnisse.${stamp}@example.org`,
  displayName: 'Clara Koordination',
  password: 'Bestandsaufnahme-2014!',
};
/** The press release's survey: five municipalities with an integration office, two without. */
const WITH_OFFICE = ['Dietzenbach', 'Dreieich', 'Langen (Hessen)', 'Neu-Isenburg', 'Rodgau'];
const WITHOUT_OFFICE = ['Heusenstamm', 'Seligenstadt'];
const named = (name: string) => `${name} ${stamp}`;

const definition: SurveyDefinitionInput = {
  sections: [
    {
      key: 'oeffnung',
      title: { de: 'Interkulturelle Öffnung und Willkommenskultur' },
      questions: [
        { key: 'buero', type: 'yes_no', label: { de: 'Gibt es in Ihrer Kommune ein Integrationsbüro?' } },
        {
          key: 'stand',
          type: 'scale',
          label: { de: 'Wie weit ist die interkulturelle Öffnung Ihrer Verwaltung?' },
          minLabel: { de: 'am Anfang' },
          maxLabel: { de: 'weit' },
        },
        { key: 'fortschritt', type: 'text', label: { de: 'Welche Fortschritte und Erfahrungen sind Ihnen wichtig?' } },
      ],
    },
  ],
};

test('a coordinator reads the Erhebungsbogen results: a chart per question, the response rate of all seven municipalities, a filter in the address', async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  let surveyId = 0;
  let dietzenbachId = 0;

  await test.step('through the API: seven municipalities with a contact each, the Erhebungsbogen sent to them, three answer', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await createUserWithOwnPassword(playwright, admin, { ...clara, roles: ['coordinator'] } satisfies CreateUser);
    const coordinator = await apiSession(playwright, clara.email, clara.password);
    const contactIds: number[] = [];
    const emails: string[] = [];
    for (const name of [...WITH_OFFICE, ...WITHOUT_OFFICE]) {
      const municipality = (await admin.post('/api/municipalities', { name: named(name) })) as { id: number };
      if (name === 'Dietzenbach') dietzenbachId = municipality.id;
      const email = `integration.${name.toLowerCase().replace(/[^a-z]+/g, '-')}.${stamp}@example.org`;
      const contact = (await coordinator.post('/api/contacts', {
        name: `Integrationsbeauftragte ${name}`,
        email,
        functionTitle: WITH_OFFICE.includes(name) ? 'Integrationsbüro der Stadt' : 'Sozialamt',
        municipalityId: municipality.id,
        legalBasis: 'public_office',
        tags: [`Erhebung ${stamp}`],
      })) as { id: number };
      contactIds.push(contact.id);
      emails.push(email);
    }
    surveyId = (
      (await coordinator.post('/api/surveys', {
        title: { de: `Erhebungsbogen 2014 ${stamp}` },
        mode: 'invited',
        definition,
      })) as { id: number }
    ).id;
    await coordinator.post(`/api/surveys/${surveyId}/open`, {});
    await coordinator.post(`/api/surveys/${surveyId}/invitations`, { contactIds });
    // Dietzenbach, Rodgau and Heusenstamm answer through their personal links.
    const answers = [
      [0, { buero: true, stand: 4, fortschritt: 'Die Meldestelle berät jetzt auch auf Türkisch und Arabisch.' }],
      [4, { buero: true, stand: 3 }],
      [5, { buero: false, stand: 2, fortschritt: 'Wir wünschen uns eine gemeinsame Anlaufstelle.' }],
    ] as const;
    const stranger = await playwright.request.newContext({ baseURL: BASE_URL });
    for (const [i, given] of answers) {
      const [mail] = await mailsTo(emails[i], 1);
      const token = /\/umfrage\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1];
      expect((await stranger.put(`/api/public/surveys/${token}/answers`, { data: { answers: given } })).status()).toBe(
        200,
      );
      expect((await stranger.post(`/api/public/surveys/${token}/submit`)).status()).toBe(200);
    }
    await stranger.dispose();
    await coordinator.dispose();
    await admin.dispose();
  });

  await page.goto(`/login?next=${encodeURIComponent(`/umfragen/${surveyId}/ergebnisse`)}`);
  await logIn(page, clara.email, clara.password);
  await expect(page).toHaveURL(new RegExp(`/umfragen/${surveyId}/ergebnisse$`));
  await expect(page.getByRole('heading', { level: 1, name: `Ergebnisse: Erhebungsbogen 2014 ${stamp}` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '3 abgeschickte Antworten' })).toBeVisible();

  await test.step('a chart per question, with its figures for screen readers; free texts in full', async () => {
    const office = page.getByRole('region', { name: '1. Gibt es in Ihrer Kommune ein Integrationsbüro?' });
    // A chart is drawn when it comes near the viewport.
    await office.scrollIntoViewIfNeeded();
    await expect(office.locator('.recharts-surface')).toBeVisible();
    const table = office.getByRole('table', {
      name: 'Antworten auf „Gibt es in Ihrer Kommune ein Integrationsbüro?“',
      includeHidden: true,
    });
    await expect(table.getByRole('row', { name: /Ja 2 66,7 %/, includeHidden: true })).toHaveCount(1);
    const scale = page.getByRole('region', { name: /^2\. Wie weit ist die interkulturelle Öffnung/ });
    await expect(scale.getByText('Mittelwert')).toBeVisible();
    await expect(scale.locator('.figure', { hasText: 'Mittelwert' })).toContainText('3');
    await expect(page.getByText('Die Meldestelle berät jetzt auch auf Türkisch und Arabisch.')).toBeVisible();
  });

  await test.step('the response rate shows all seven municipalities, also those without an answer', async () => {
    const rates = page.getByRole('table', { name: 'Rücklauf nach Kommune' });
    for (const name of [...WITH_OFFICE, ...WITHOUT_OFFICE])
      await expect(
        rates.getByRole('row', { name: new RegExp(`^${named(name).replace(/[()]/g, '\\$&')}`) }),
      ).toHaveCount(1);
    await expect(rates.getByRole('row', { name: new RegExp(`^${named('Dreieich')} 1 0`) })).toHaveCount(1);
    await expect(rates.getByRole('row', { name: /^Gesamt 7 3 42,9 %/ })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('a filter goes into the address and narrows the figures; the downloads carry it', async () => {
    const filters = page.getByRole('search', { name: 'Filter' });
    await filters.getByLabel('Kommune').selectOption({ label: named('Dietzenbach') });
    await filters.getByRole('button', { name: 'Filter anwenden' }).click();
    await expect(page).toHaveURL(new RegExp(`/umfragen/${surveyId}/ergebnisse\\?municipalityId=${dietzenbachId}$`));
    await expect(page.getByRole('status').filter({ hasText: '1 abgeschickte Antwort' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Antworten als CSV' })).toHaveAttribute(
      'href',
      `/api/surveys/${surveyId}/results.csv?municipalityId=${dietzenbachId}`,
    );
    await page.reload();
    await expect(page.getByRole('search', { name: 'Filter' }).getByLabel('Kommune')).toHaveValue(String(dietzenbachId));
    await expectNoSeriousA11yViolations(page);
  });
});
