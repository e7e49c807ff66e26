import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { apiSession, expectNoSeriousA11yViolations, logIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const year = new Date().getUTCFullYear() + 1;
const eventTitle = `Fachtag Ehrenamt ${stamp}`;

async function createEvent(playwright: Parameters<typeof apiSession>[0]): Promise<number> {
  const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  const event = (await admin.post('/api/events', {
    kind: 'conference',
    slug: `fachtag-${stamp}-${Math.random().toString(36).slice(2, 7)}`,
    title: { de: eventTitle },
    venue: 'Kreishaus Dietzenbach',
    startsAt: `${year}-05-22T09:00:00+02:00`,
    endsAt: `${year}-05-22T16:00:00+02:00`,
    capacity: 40,
    languages: ['de'],
  })) as { id: number };
  await admin.dispose();
  return event.id;
}

const tabNav = (page: Page) => page.getByRole('navigation', { name: 'Bereiche der Veranstaltung' });

/** Exactly one tab is the current page, and it is this one. */
async function expectCurrentTab(page: Page, name: string) {
  await expect(tabNav(page).getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(tabNav(page).locator('[aria-current="page"]')).toHaveCount(1);
}

test('the event page: each tab has its own URL, is reached by a click, marked aria-current and kept on reload', async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  const eventId = await createEvent(playwright);
  const base = `/veranstaltungen/${eventId}`;

  await test.step('a tab opened by its URL shows only its part', async () => {
    await page.goto(`${base}/statistik`);
    await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${base}/statistik$`));
    await expect(page.getByRole('heading', { level: 1, name: eventTitle })).toBeVisible();
    await expectCurrentTab(page, 'Statistik');
    await expect(page.getByRole('region', { name: 'Auswertung' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Veranstaltung bearbeiten' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  const tabs: { name: string; path: string; shows: (p: Page) => ReturnType<Page['getByRole']> }[] = [
    { name: 'Überblick', path: '', shows: (p) => p.getByRole('region', { name: 'Downloads' }) },
    { name: 'Workshops', path: '/workshops', shows: (p) => p.getByRole('form', { name: 'Workshop anlegen' }) },
    { name: 'Fragen', path: '/fragen', shows: (p) => p.getByRole('form', { name: 'Eigene Fragen' }) },
    { name: 'Anmeldungen', path: '/anmeldungen', shows: (p) => p.getByRole('search', { name: /Anmeldungen/ }) },
    { name: 'Statistik', path: '/statistik', shows: (p) => p.getByRole('region', { name: 'Auswertung' }) },
    {
      name: 'Feedback',
      path: '/feedback',
      shows: (p) => p.getByRole('region', { name: 'Rückmeldung nach der Veranstaltung' }),
    },
    {
      name: 'Einstellungen',
      path: '/einstellungen',
      shows: (p) => p.getByRole('form', { name: 'Veranstaltung bearbeiten' }),
    },
  ];

  for (const tab of tabs) {
    await test.step(`the tab "${tab.name}" by a click`, async () => {
      await tabNav(page).getByRole('link', { name: tab.name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${base}${tab.path}$`));
      await expectCurrentTab(page, tab.name);
      await expect(tab.shows(page)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: eventTitle })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }

  await test.step('the overview does not load the statistics', async () => {
    await tabNav(page).getByRole('link', { name: 'Überblick', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Überblick' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Auswertung' })).toHaveCount(0);
    await expect(page.locator('.recharts-surface')).toHaveCount(0);
  });

  await test.step('the registrations list keeps its filter in the address', async () => {
    await tabNav(page).getByRole('link', { name: 'Anmeldungen', exact: true }).click();
    const filter = page.getByRole('search', { name: 'Anmeldungen suchen und filtern' });
    await filter.getByLabel('Status').selectOption({ label: 'Warteliste' });
    await filter.getByRole('button', { name: 'Anwenden' }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/anmeldungen\\?status=waitlisted$`));
    await page.reload();
    await expect(page.getByRole('search', { name: 'Anmeldungen suchen und filtern' }).getByLabel('Status')).toHaveValue(
      'waitlisted',
    );
    await expectCurrentTab(page, 'Anmeldungen');
  });

  await test.step('a reload keeps the tab', async () => {
    await tabNav(page).getByRole('link', { name: 'Fragen', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/fragen$`));
    await page.reload();
    await expectCurrentTab(page, 'Fragen');
    await expect(page.getByRole('form', { name: 'Eigene Fragen' })).toBeVisible();
  });
});

test('dates and numbers are typed and shown the German way even in an English-language browser in New York', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(90_000);
  const eventId = await createEvent(playwright);
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.goto(`/veranstaltungen/${eventId}/einstellungen`);
  await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  const form = page.getByRole('form', { name: 'Veranstaltung bearbeiten' });
  const starts = form.getByLabel(/^Beginn/);
  const ends = form.getByLabel(/^Ende/);

  await test.step('the saved times show as TT.MM.JJJJ, HH:MM in Berlin time', async () => {
    await expect(starts).toHaveValue(`22.05.${year}, 09:00`);
    await expect(ends).toHaveValue(`22.05.${year}, 16:00`);
    await expect(starts).toHaveAttribute('placeholder', 'TT.MM.JJJJ, HH:MM');
  });

  await test.step('a day that does not exist is named at the field', async () => {
    await starts.fill(`31.02.${year}, 09:00`);
    await starts.blur();
    await expect(starts).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText('Bitte als TT.MM.JJJJ, HH:MM eingeben')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('a German date and time is saved as Berlin time and shown again after a reload', async () => {
    await starts.fill(`29.01.${year + 1}, 09:00`);
    await ends.fill(`29.01.${year + 1}, 16:30`);
    await ends.blur();
    await form.getByLabel(/^Plätze/).fill('1.200');
    await expect(starts).not.toHaveAttribute('aria-invalid', 'true');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect(form.getByRole('status')).toHaveText('Änderungen wurden gespeichert.');

    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const saved = (await admin.get(`/api/events/${eventId}`)) as { startsAt: string; endsAt: string; capacity: number };
    await admin.dispose();
    // 09:00 in Berlin in January (UTC+1) is 08:00 UTC.
    expect(new Date(saved.startsAt).toISOString()).toBe(`${year + 1}-01-29T08:00:00.000Z`);
    expect(new Date(saved.endsAt).toISOString()).toBe(`${year + 1}-01-29T15:30:00.000Z`);
    expect(saved.capacity).toBe(1200);

    await page.reload();
    await expect(starts).toHaveValue(`29.01.${year + 1}, 09:00`);
    await expect(form.getByLabel(/^Plätze/)).toHaveValue('1.200');
    await tabNav(page).getByRole('link', { name: 'Überblick', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Überblick' })).toContainText(`29.01.${year + 1}`);
  });
  await context.close();
});
