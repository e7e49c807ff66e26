import type { Page } from '@playwright/test';
import type { CreateEvent, CreateRegistration, CreateWorkshop, SurveyDefinitionInput } from '@wir/shared';
import { BASE_URL, apiSession } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';
import { expect, test } from './fixtures';
import { ownLoopbackAddress, rawRequest } from './raw-http';

// The public pages whose address holds a secret (Pages Router pages without the Next runtime): the manage link of a
// registration and the shared link of an anonymous survey.

const stamp = Date.now().toString(36);

const definition: SurveyDefinitionInput = {
  sections: [
    {
      key: 'kurz',
      title: { de: 'Kurz gefragt', en: 'A short question' },
      questions: [
        {
          key: 'zufrieden',
          type: 'yes_no',
          required: true,
          label: { de: 'Waren Sie mit dem Fachtag zufrieden?', en: 'Were you satisfied with the conference?' },
        },
      ],
    },
  ],
};

/** The scripts a page would run: every `<script>` except JSON data. */
function scriptsOf(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.scripts, (s) => s.src || s.type || 'inline').filter((s) => s !== 'application/json'),
  );
}

test('the shared link of an anonymous survey starts a response per visit; an unknown or closed link explains itself without any script', async ({
  page,
  browser,
  playwright,
}) => {
  let linkPath = '';
  let surveyId = 0;
  let firstAnswerUrl = '';

  await test.step('through the API: an anonymous survey, opened, with its shared link', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const survey = (await admin.post('/api/surveys', {
      title: { de: `Feedback Fachtag ${stamp}`, en: `Conference feedback ${stamp}` },
      mode: 'anonymous',
      definition,
    })) as { id: number };
    surveyId = survey.id;
    await admin.post(`/api/surveys/${surveyId}/open`, {});
    const link = (await admin.post(`/api/surveys/${surveyId}/public-link`, {})) as { url: string };
    linkPath = new URL(link.url).pathname;
    expect(linkPath).toMatch(/^\/umfrage\/offen\/[A-Za-z0-9_-]+$/);
    await admin.dispose();
  });

  await test.step('opened in English, the link continues at an answer page of its own, in English', async () => {
    await page.goto(`${linkPath}?lang=en`);
    await expect(page).toHaveURL(/\/umfrage\/[A-Za-z0-9_-]+\?lang=en$/);
    firstAnswerUrl = page.url();
    expect(new URL(firstAnswerUrl).pathname).not.toBe(linkPath);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('Were you satisfied with the conference?')).toBeVisible();
  });

  const visitor = await (await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })).newPage();

  await test.step('another visit without a language starts another response, in German', async () => {
    await visitor.goto(linkPath);
    await expect(visitor).toHaveURL(/\/umfrage\/[A-Za-z0-9_-]+\?lang=de$/);
    expect(visitor.url()).not.toBe(firstAnswerUrl);
    await expect(visitor.getByText('Waren Sie mit dem Fachtag zufrieden?')).toBeVisible();
  });

  await test.step('an unknown link: its explanation without any script, for no search engine and no Referer', async () => {
    const response = await visitor.goto(`/umfrage/offen/unbekannt-${stamp}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await expect(visitor.getByRole('heading', { level: 1, name: 'Link nicht gültig' })).toBeVisible();
    await expect(visitor).toHaveTitle('Fragebogen · WIR-Plattform');
    await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
    await expect(visitor.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    expect(await scriptsOf(visitor)).toEqual([]);
  });

  await test.step('once the survey is closed, the link says so, in Arabic right to left', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await admin.post(`/api/surveys/${surveyId}/close`, {});
    await admin.dispose();
    await visitor.goto(`${linkPath}?lang=ar`);
    expect(new URL(visitor.url()).pathname).toBe(linkPath);
    await expect(visitor.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(visitor.getByRole('heading', { level: 1, name: 'الاستبيان مغلق' })).toBeVisible();
    expect(await scriptsOf(visitor)).toEqual([]);
  });
});

test('the manage link without a language opens in the registration’s language; the island changes the workshops; an unknown token is a 404 page', async ({
  page,
  playwright,
}) => {
  const year = new Date().getFullYear() + 1;
  const slug = `fachtag-verwalten-${stamp}`;
  const morning = 'Sabah atölyesi: Kültürlerarası açılım';
  const afternoon = 'Öğleden sonra atölyesi: Hoş geldin kültürü';
  let token = '';

  await test.step('through the API: a published event with a morning and an afternoon workshop, and a Turkish registration for the morning', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const event = (await admin.post('/api/events', {
      kind: 'conference',
      slug,
      title: { de: `Fachtag Verwalten ${year}`, tr: `Yönetim günü ${year}` },
      startsAt: `${year}-10-08T09:00:00+02:00`,
      endsAt: `${year}-10-08T16:00:00+02:00`,
      capacity: 20,
      languages: ['de', 'tr'],
      status: 'published',
    } satisfies CreateEvent)) as { id: number };
    const ids: number[] = [];
    for (const [title, from, to] of [
      [morning, '10:00', '12:00'],
      [afternoon, '13:00', '15:00'],
    ])
      ids.push(
        (
          (await admin.post(`/api/events/${event.id}/workshops`, {
            title: { de: title, tr: title },
            startsAt: `${year}-10-08T${from}:00+02:00`,
            endsAt: `${year}-10-08T${to}:00+02:00`,
            capacity: 10,
          } satisfies CreateWorkshop)) as { id: number }
        ).id,
      );
    await admin.dispose();
    const res = await rawRequest(`${BASE_URL}/api/public/events/${slug}/registrations`, {
      from: ownLoopbackAddress(),
      json: {
        firstName: 'Emre',
        lastName: 'Demir',
        email: `emre.demir.${stamp}@example.org`,
        organisationType: 'association',
        language: 'tr',
        workshopIds: [ids[0]!],
        consent: { dataProcessing: true },
      } satisfies CreateRegistration,
    });
    expect(res.status, res.body).toBe(201);
    token = (JSON.parse(res.body) as { manageToken: string }).manageToken;
  });

  await test.step('without ?lang= the page redirects to Turkish; one island script with the nonce, not for search engines', async () => {
    const response = await page.goto(`/anmeldung/verwalten/${token}`);
    await expect(page).toHaveURL(new RegExp(`/anmeldung/verwalten/${token}\\?lang=tr$`));
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page).toHaveTitle('Kaydım · WIR Platformu');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
    await expect(page.getByRole('status').filter({ hasText: 'Yeriniz' })).toHaveText(
      'Kaydınız yapıldı. Yeriniz onaylandı.',
    );
    const scripts = await scriptsOf(page);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/\/_islands\/manage\.[A-Za-z0-9]+\.js$/);
    const nonce = /'nonce-([^']+)'/.exec(response?.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce).toBeDefined();
    expect(await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src]')?.nonce)).toBe(nonce);
  });

  await test.step('the island moves the registration from the morning to the afternoon workshop', async () => {
    await page.getByRole('checkbox', { name: morning }).uncheck();
    await page.getByRole('checkbox', { name: afternoon }).check();
    await page.getByRole('button', { name: 'Değişikliği kaydet' }).click();
    await expect(page.getByText(`Kaydedildi. Atölyeleriniz: ${afternoon}: onaylandı.`)).toBeVisible();
    await page.reload();
    const own = page.getByRole('region', { name: 'Kaydınızın durumu' });
    await expect(own.getByRole('listitem').filter({ hasText: afternoon })).toContainText('onaylandı');
    await expect(own.getByRole('listitem')).toHaveCount(1);
  });

  await test.step('an unknown token: the 404 page, without any script', async () => {
    const response = await page.goto(`/anmeldung/verwalten/unbekannt-${stamp}?lang=de`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
    expect(await scriptsOf(page)).toEqual([]);
  });
});
