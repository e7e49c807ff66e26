import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { CreateEvent, CreateRegistration, CreateWorkshop, RegistrationCreated } from '@wir/shared';
import {
  BASE_URL,
  apiSession,
  checkInCodeFromMail,
  expectNoSeriousA11yViolations,
  logIn,
  mailsTo,
} from './e2e-helpers';
import { createStaff } from './e2e-staff';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const year = new Date().getFullYear() + 1;
const stamp = Date.now().toString(36);
const slug = `rettungsdienst-training-${stamp}`;
const eventTitle = `Interkulturelle Kompetenz im Rettungsdienst ${year}`;
const workshopTitle = 'Kommunikation ohne gemeinsame Sprache';
const door = { email: `einlass-${stamp}@example.org`, password: 'Tuer-und-Tor-2014-Einlass' };
const amira = {
  firstName: 'Amira',
  lastName: 'Haddad',
  email: `amira.haddad.${stamp}@example.org`,
  organisationName: 'DRK Rettungswache Dietzenbach',
};
const jonas = {
  firstName: 'Jonas',
  lastName: 'Becker',
  email: `jonas.becker.${stamp}@example.org`,
  organisationName: 'ASB Rettungsdienst',
};
const selin = {
  firstName: 'Selin',
  lastName: 'Kaya',
  email: `selin.kaya.${stamp}@example.org`,
  organisationName: 'Malteser Hilfsdienst',
};

/** With E2E_SCREENSHOTS=1, keeps a picture of each state under test-results (for reviewing the design). */
async function snapshot(target: Page | Locator, name: string) {
  if (process.env.E2E_SCREENSHOTS) await target.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test('a door helper checks a participant in by code; again it says "already"; cancelled and unknown codes are refused', async ({
  page,
  browser,
  playwright,
}) => {
  let eventId = 0;
  let amiraCode = '';
  let jonasCode = '';
  let jonasId = 0;
  let amiraId = 0;
  let workshopId = 0;
  let selinCode = '';

  await test.step('through the API: an admin sets up a published event with a workshop and a door helper', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const event = (await admin.post('/api/events', {
      kind: 'training',
      slug,
      title: { de: eventTitle, en: `Intercultural competence in the rescue service ${year}` },
      venue: 'Rettungsdienstschule, Dietzenbach',
      startsAt: `${year}-05-22T09:00:00+02:00`,
      endsAt: `${year}-05-22T16:00:00+02:00`,
      capacity: 10,
      languages: ['de', 'en'],
    } satisfies CreateEvent)) as { id: number };
    eventId = event.id;
    await admin.post(`/api/events/${eventId}/workshops`, {
      title: { de: workshopTitle },
      startsAt: `${year}-05-22T10:00:00+02:00`,
      endsAt: `${year}-05-22T12:00:00+02:00`,
      room: 'Raum 1.12',
      capacity: 5,
    } satisfies CreateWorkshop);
    await admin.patch(`/api/events/${eventId}`, { status: 'published', venue: 'Rettungsdienstschule, Dietzenbach' });
    await createStaff(playwright, admin, ['checkin'], { ...door, displayName: 'Dana Einlass' });

    const workshops = ((await admin.get(`/api/events/${eventId}`)) as { workshops: { id: number }[] }).workshops;
    workshopId = workshops[0].id;
    const publicApi = await playwright.request.newContext({ baseURL: BASE_URL });
    const register = async (person: typeof amira) => {
      const response = await publicApi.post(`/api/public/events/${slug}/registrations`, {
        headers: { 'Idempotency-Key': `check-in-${stamp}-${person.firstName}` },
        data: {
          ...person,
          organisationType: 'rescue_service',
          language: 'de',
          workshopIds: workshops.map((w) => w.id),
          consent: { dataProcessing: true },
        } satisfies CreateRegistration,
      });
      expect(response.status(), await response.text()).toBe(201);
      return (await response.json()) as RegistrationCreated;
    };
    const amiraRegistration = await register(amira);
    expect(amiraRegistration.status).toBe('confirmed');
    amiraId = amiraRegistration.id;
    const jonasRegistration = await register(jonas);
    jonasId = jonasRegistration.id;
    await publicApi.dispose();

    amiraCode = await checkInCodeFromMail(amira.email);
    jonasCode = await checkInCodeFromMail(jonas.email);
    expect(amiraCode).toMatch(/^WIR-\d+-[0-9a-f]{12}$/);
    // Jonas cancels on the phone; his code still finds him, but he may not come in.
    await admin.post(`/api/registrations/${jonasId}/cancel`);
    await admin.dispose();
  });

  const code = page.getByLabel('Check-in-Code');
  const result = page.getByRole('region', { name: 'Ergebnis' });

  await test.step('the door helper logs in, lands on the check-in screen and sees only it in the navigation', async () => {
    await page.goto('/');
    await logIn(page, door.email, door.password);
    await expect(page).toHaveURL(/\/einlass$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Einlass' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(nav.getByRole('link')).toHaveCount(1);
    await expect(nav.getByRole('link', { name: 'Einlass' })).toHaveAttribute('aria-current', 'page');
    await expect(code).toBeFocused();
    await expect(result).toContainText('QR-Code scannen oder Code eingeben');
    await snapshot(page, 'check-in-1-idle');
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('an unknown code and a typo are explained, and the field keeps the input for correcting', async () => {
    await code.fill('WIR-999999-000000000000');
    await code.press('Enter');
    await expect(result).toContainText('Code unbekannt');
    await expect(result.getByRole('status')).toHaveText(/Zum Code WIR-999999-000000000000 gibt es keine Anmeldung/);
    await expect(code).toBeFocused();
    await expect(code).toHaveValue('WIR-999999-000000000000');
    await snapshot(page, 'check-in-2-unknown');

    await code.fill('WIR-12');
    await code.press('Enter');
    await expect(result).toContainText('Kein gültiger Code');
    await expect(code).toHaveAttribute('aria-invalid', 'true');
  });

  await test.step('typing the code (as a hand scanner would, in capitals) shows the person and the workshop', async () => {
    await code.fill(amiraCode.toUpperCase());
    await code.press('Enter');
    await expect(result.getByRole('heading', { name: 'Amira Haddad' })).toBeVisible();
    await expect(result).toContainText('Bestätigt – bitte einchecken');
    await expect(result).toContainText(amira.organisationName);
    await expect(result).toContainText(eventTitle);
    const workshop = result.getByRole('listitem').filter({ hasText: workshopTitle });
    await expect(workshop).toContainText('Raum 1.12');
    await expect(workshop).toContainText('10:00');
    await expect(result.getByRole('status')).toHaveText('Amira Haddad: bestätigt. Zum Einlassen „Einchecken“ wählen.');
    await expect(code).toBeFocused();
    await expect(code).toHaveValue('');
    await snapshot(page, 'check-in-3-ready');
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('"Einchecken" lets her in: green, announced, and the field is ready for the next person', async () => {
    await result.getByRole('button', { name: 'Einchecken' }).click();
    await expect(result).toContainText('Eingecheckt');
    await expect(result.getByRole('status')).toHaveText('Amira Haddad ist eingecheckt.');
    await expect(result.getByRole('button', { name: 'Einchecken' })).toHaveCount(0);
    await expect(code).toBeFocused();
    await snapshot(page, 'check-in-4-checked-in');
  });

  await test.step('the same code again: already checked in, with the time', async () => {
    await code.fill(amiraCode);
    await code.press('Enter');
    await expect(result).toContainText(/Bereits eingecheckt um \d{2}:\d{2} Uhr/);
    await expect(result.getByRole('status')).toHaveText(
      /Amira Haddad ist bereits um \d{2}:\d{2} Uhr eingecheckt worden\./,
    );
    await expect(result.getByRole('button', { name: 'Einchecken' })).toHaveCount(0);
    await snapshot(page, 'check-in-5-already');
  });

  await test.step('a cancelled registration is refused in red, with what to do', async () => {
    await code.fill(jonasCode);
    await code.press('Enter');
    await expect(result).toContainText('Anmeldung storniert');
    await expect(result).toContainText('Nicht einchecken');
    await expect(result.getByRole('button', { name: 'Einchecken' })).toHaveCount(0);
    await snapshot(page, 'check-in-6-cancelled');
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('the office sees the check-in in the event analysis and erases Jonas on request', async () => {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const office = await context.newPage();
    await office.goto(`/veranstaltungen/${eventId}/statistik`);
    await logIn(office, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const analysis = office.getByRole('region', { name: 'Auswertung' });
    await expect(analysis.getByText('1 von 1 bestätigten Personen eingecheckt (100 %).')).toBeVisible();
    await expect(
      analysis
        .getByRole('table', { name: 'Anmeldungen nach Art der Organisation (Tabelle)' })
        .getByRole('row', { name: /Rettungsdienst/ }),
    ).toContainText('1');
    await expect(
      analysis
        .getByRole('table', { name: /Auslastung der Workshops/ })
        .getByRole('row', { name: new RegExp(workshopTitle) }),
    ).toContainText('20 %');
    await expect(analysis.locator('.recharts-surface').first()).toBeVisible();
    await snapshot(analysis, 'event-analysis');
    await expectNoSeriousA11yViolations(office);
    await office
      .getByRole('navigation', { name: 'Bereiche der Veranstaltung' })
      .getByRole('link', { name: 'Überblick' })
      .click();
    const downloads = office.getByRole('region', { name: 'Downloads' });
    await expect(downloads.getByRole('link', { name: 'Teilnehmerliste (CSV)' })).toHaveAttribute(
      'href',
      `/api/events/${eventId}/participants.csv`,
    );
    await expect(downloads.getByRole('link', { name: 'Teilnahmebescheinigungen (PDF)' })).toHaveAttribute(
      'href',
      `/api/events/${eventId}/certificates.pdf`,
    );
    const csv = await office.request.get(`/api/events/${eventId}/participants.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-disposition']).toMatch(/^attachment/);
    await snapshot(downloads, 'event-downloads');
    await expectNoSeriousA11yViolations(office);

    await office.goto(`/veranstaltungen/${eventId}/anmeldungen`);
    await office.getByRole('button', { name: 'Becker, Jonas' }).click();
    const detail = office.getByRole('region', { name: /Jonas Becker/ });
    await detail.getByRole('button', { name: 'Personenbezogene Daten löschen (DSGVO) …' }).click();
    await expect(detail.getByRole('heading', { name: 'Daten von Jonas Becker wirklich löschen?' })).toBeFocused();
    await detail.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
    await expect(office.getByRole('status').filter({ hasText: 'gelöscht' })).toHaveText(
      'Die personenbezogenen Daten von Jonas Becker wurden gelöscht.',
    );
    const table = office.getByRole('table', { name: 'Anmeldungen' });
    await expect(table.getByRole('row', { name: /Becker, Jonas/ })).toHaveCount(0);
    await expect(table.getByRole('row', { name: new RegExp(`Anonymisiert \\(Nr\\. ${jonasId}\\)`) })).toContainText(
      'storniert',
    );
    await context.close();
  });

  await test.step('after the erasure his code finds nobody', async () => {
    await code.fill(jonasCode);
    await code.press('Enter');
    await expect(result).toContainText('Code unbekannt');
  });

  await test.step('the door lets nobody in by registration number alone, only with the code', async () => {
    const csrf = (await page.context().cookies()).find((c) => c.name === 'wir_csrf')!.value;
    const headers = { 'X-CSRF-Token': csrf };
    const byNumber = await page.request.post(`/api/registrations/${amiraId}/check-in?eventId=${eventId}`, { headers });
    expect(byNumber.status()).toBe(404);
    const withoutCode = await page.request.post('/api/check-in', {
      headers,
      data: { registrationId: amiraId, eventId },
    });
    expect(withoutCode.status()).toBe(400);
    expect(((await withoutCode.json()) as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual([
      'code',
      'registrationId',
    ]);
  });

  await test.step('Selin asked for her link again: her first QR code still works until the new one is used, then only the new one', async () => {
    const publicApi = await playwright.request.newContext({ baseURL: BASE_URL });
    const registered = await publicApi.post(`/api/public/events/${slug}/registrations`, {
      data: {
        ...selin,
        organisationType: 'rescue_service',
        language: 'de',
        workshopIds: [],
        consent: { dataProcessing: true },
      } satisfies CreateRegistration,
    });
    expect(registered.status(), await registered.text()).toBe(201);
    const firstCode = await checkInCodeFromMail(selin.email);
    // Anyone who knows her address may ask; it must not cut her off.
    expect(
      (await publicApi.post(`/api/public/events/${slug}/resend-link`, { data: { email: selin.email } })).status(),
    ).toBe(202);
    await publicApi.dispose();
    // Both mails may carry the same second in their file names: the new code is the one that differs.
    const codes = (await mailsTo(selin.email, 2)).map((mail) => /WIR-\d+-[0-9a-f]{12}/.exec(mail.text ?? '')![0]);
    expect(codes).toContain(firstCode);
    const newCode = codes.find((c) => c !== firstCode)!;
    expect(newCode).toMatch(/^WIR-\d+-[0-9a-f]{12}$/);

    await code.fill(firstCode);
    await code.press('Enter');
    await expect(result.getByRole('heading', { name: 'Selin Kaya' })).toBeVisible();
    await expect(result).toContainText('Bestätigt – bitte einchecken');

    await code.fill(newCode);
    await code.press('Enter');
    await expect(result).toContainText('Bestätigt – bitte einchecken');
    await result.getByRole('button', { name: 'Einchecken' }).click();
    await expect(result.getByRole('status')).toHaveText('Selin Kaya ist eingecheckt.');

    await code.fill(firstCode);
    await code.press('Enter');
    await expect(result).toContainText('Code unbekannt');
    selinCode = newCode;
  });

  await test.step('in the workshop\'s room ("Raum"): Amira, in at the door already, is checked in at the workshop; Selin, without a place there, is refused', async () => {
    await page.goto(`/einlass?event=${eventId}`);
    const roomSelect = page.getByLabel('Raum', { exact: true });
    await roomSelect.selectOption(String(workshopId));
    await expect(page).toHaveURL(new RegExp(`/einlass\\?event=${eventId}&workshop=${workshopId}$`));
    await expect(code).toBeVisible();

    await code.fill(amiraCode);
    await code.press('Enter');
    await expect(result).toContainText(`Einlass zum Workshop „${workshopTitle}“`);
    await expect(result).toContainText('Bestätigt – bitte einchecken');
    await snapshot(page, 'check-in-7-room-ready');
    await result.getByRole('button', { name: 'Einchecken' }).click();
    await expect(result.getByRole('status')).toHaveText('Amira Haddad ist eingecheckt.');
    await expect(result.getByRole('listitem').filter({ hasText: workshopTitle })).toContainText(
      /eingecheckt \d{2}:\d{2} Uhr/,
    );

    // The room's address is kept: a reload (or a second tablet) opens the same room.
    await page.reload();
    await expect(page.getByLabel('Raum', { exact: true })).toHaveValue(String(workshopId));
    await code.fill(amiraCode);
    await code.press('Enter');
    await expect(result).toContainText(/Bereits eingecheckt um \d{2}:\d{2} Uhr/);

    await code.fill(selinCode);
    await code.press('Enter');
    await expect(result.getByRole('heading', { name: 'Selin Kaya' })).toBeVisible();
    await expect(result).toContainText('Kein Platz in diesem Workshop');
    await expect(result).toContainText(`Die Person hat keinen Platz in „${workshopTitle}“. Nicht einchecken`);
    await expect(result.getByRole('button', { name: 'Einchecken' })).toHaveCount(0);
    await snapshot(page, 'check-in-8-room-not-booked');
    await expectNoSeriousA11yViolations(page);
    // Nor does the API let her in there.
    const csrf = (await page.context().cookies()).find((c) => c.name === 'wir_csrf')!.value;
    const refused = await page.request.post('/api/check-in', {
      headers: { 'X-CSRF-Token': csrf },
      data: { code: selinCode, eventId, workshopId },
    });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe('workshop_not_booked');
  });

  await test.step("the office sees the workshop's attendance in the event analysis", async () => {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const office = await context.newPage();
    await office.goto(`/veranstaltungen/${eventId}/statistik`);
    await logIn(office, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const analysis = office.getByRole('region', { name: 'Auswertung' });
    const attendance = analysis
      .getByRole('table', { name: /Anwesenheit in den Workshops/ })
      .getByRole('row', { name: new RegExp(workshopTitle) });
    await expect(attendance.getByRole('cell')).toHaveText(['1', '1', '100 %']);
    await expectNoSeriousA11yViolations(office);
    await context.close();
  });
});
