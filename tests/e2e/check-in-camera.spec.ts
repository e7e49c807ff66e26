import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import type { CreateEvent, CreateRegistration, RegistrationCreated } from '@wir/shared';
import { BASE_URL, apiSession, checkInCodeFromMail, expectNoSeriousA11yViolations, logIn } from './e2e-helpers';
import { createStaff } from './e2e-staff';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';
import { writeQrVideo } from './fake-camera';

const year = new Date().getFullYear() + 1;
const stamp = Date.now().toString(36);
const door = { email: `kamera-${stamp}@example.org`, password: 'Kamera-am-Eingang-2014' };
const lena = { firstName: 'Lena', lastName: 'Wagner', email: `lena.wagner.${stamp}@example.org` };
const omar = { firstName: 'Omar', lastName: 'Aydın', email: `omar.aydin.${stamp}@example.org` };

test('the camera reads the QR code from the mail, and a door set to one event warns about a code of another', async ({
  playwright,
}) => {
  const events: Record<'conference' | 'training', { id: number; slug: string; title: string }> = {
    conference: { id: 0, slug: `konferenz-${stamp}`, title: `Integrationskonferenz ${year} ${stamp}` },
    training: { id: 0, slug: `schulung-${stamp}`, title: `Schulung Meldestellen ${year} ${stamp}` },
  };
  let lenaCode = '';
  let omarCode = '';

  await test.step('through the API: two published events, Lena registered for the conference, Omar for the training', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    for (const [kind, e] of Object.entries(events) as ['conference' | 'training', (typeof events)['conference']][]) {
      const created = (await admin.post('/api/events', {
        kind,
        slug: e.slug,
        title: { de: e.title },
        startsAt: `${year}-09-10T09:00:00+02:00`,
        endsAt: `${year}-09-10T16:00:00+02:00`,
        capacity: 20,
        status: 'published',
      } satisfies CreateEvent)) as { id: number };
      e.id = created.id;
    }
    await createStaff(playwright, admin, ['checkin'], { ...door, displayName: 'Kim Kamera' });
    await admin.dispose();
    const publicApi = await playwright.request.newContext({ baseURL: BASE_URL });
    for (const [person, slug] of [
      [lena, events.conference.slug],
      [omar, events.training.slug],
    ] as const) {
      const res = await publicApi.post(`/api/public/events/${slug}/registrations`, {
        data: {
          ...person,
          organisationType: 'district_department',
          language: 'de',
          workshopIds: [],
          consent: { dataProcessing: true },
        } satisfies CreateRegistration,
      });
      expect(res.status(), await res.text()).toBe(201);
      expect(((await res.json()) as RegistrationCreated).status).toBe('confirmed');
    }
    await publicApi.dispose();
    lenaCode = await checkInCodeFromMail(lena.email);
    omarCode = await checkInCodeFromMail(omar.email);
  });

  // Chromium's fake camera shows Lena's QR code: the real capture and decoding path, no mocks in the page.
  const video = path.join(mkdtempSync(path.join(tmpdir(), 'wir-camera-')), 'qr.y4m');
  await writeQrVideo(video, lenaCode);
  const browser = await playwright.chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    permissions: ['camera'],
  });
  const page = await context.newPage();
  try {
    const result = page.getByRole('region', { name: 'Ergebnis' });

    await test.step('the door helper opens the check-in for the conference', async () => {
      await page.goto(`/einlass?event=${events.conference.id}`);
      await logIn(page, door.email, door.password);
      await expect(page).toHaveURL(new RegExp(`/einlass\\?event=${events.conference.id}$`));
      await expect(page.getByLabel('Veranstaltung am Eingang')).toHaveValue(String(events.conference.id));
      await expectNoSeriousA11yViolations(page);
    });

    await test.step('"Kamera starten": the code is read from the picture and Lena appears', async () => {
      await page.getByRole('button', { name: 'Kamera starten' }).click();
      await expect(result.getByRole('heading', { name: 'Lena Wagner' })).toBeVisible({ timeout: 20_000 });
      await expect(result).toContainText('Bestätigt – bitte einchecken');
      await result.getByRole('button', { name: 'Einchecken' }).click();
      await expect(result).toContainText('Eingecheckt');
      await page.getByRole('button', { name: 'Kamera ausschalten' }).click();
    });

    await test.step('Omar’s code belongs to the training: a warning, and no button to let him in', async () => {
      const code = page.getByLabel('Check-in-Code');
      await code.fill(omarCode);
      await code.press('Enter');
      await expect(result.getByRole('heading', { name: 'Omar Aydın' })).toBeVisible();
      await expect(result).toContainText('Andere Veranstaltung');
      await expect(result).toContainText(events.training.title);
      await expect(result.getByRole('button', { name: 'Einchecken' })).toHaveCount(0);
      await expect(result.getByRole('status')).toHaveText(/Omar Aydın ist für eine andere Veranstaltung angemeldet/);
    });

    await test.step('without a chosen event, the door admits to any event', async () => {
      await page.getByLabel('Veranstaltung am Eingang').selectOption('');
      await expect(page).toHaveURL(/\/einlass$/);
      const code = page.getByLabel('Check-in-Code');
      await code.fill(omarCode);
      await code.press('Enter');
      await expect(result).toContainText('Bestätigt – bitte einchecken');
    });
  } finally {
    await browser.close();
  }
});
