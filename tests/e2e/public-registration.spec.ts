import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { CreateEvent, CreateRegistration } from '@wir/shared';
import { BASE_URL, apiSession, expectNoSeriousA11yViolations, logIn, mailsTo, manageLinkIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

async function newParticipantPage(browser: Browser): Promise<Page> {
  // A participant has no session and no language cookie of their own.
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  return context.newPage();
}

const year = new Date().getFullYear() + 1;
const slug = `integrationskonferenz-${year}-${Date.now().toString(36)}`;
const workshopDe = 'Interkulturelle Öffnung im Rettungsdienst';
const workshopAr = 'الانفتاح بين الثقافات في خدمة الإسعاف';

test('an event with a 1-seat workshop: register in Arabic, wait, cancel, move up', async ({ page, browser }) => {
  let eventPath = '';

  await test.step('an admin creates an event with one seat and a 1-seat workshop, and publishes it', async () => {
    await page.goto('/veranstaltungen');
    await page.getByLabel('E-Mail-Adresse').fill(E2E_ADMIN_EMAIL);
    await page.getByLabel('Passwort', { exact: true }).fill(E2E_ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungen' })).toBeVisible();

    const create = page.getByRole('form', { name: 'Veranstaltung anlegen' });
    await create.getByLabel('Kurzname für die Adresse').fill(slug);
    const title = create.getByRole('group', { name: 'Titel' });
    await title.getByLabel('Deutsch').fill(`Integrationskonferenz ${year}`);
    await title.getByLabel('العربية').fill(`مؤتمر الاندماج ${year}`);
    await create.getByLabel('Ort', { exact: true }).fill('Kreishaus Dietzenbach');
    await create.getByLabel(/^Beginn/).fill(`22.05.${year}, 09:00`);
    await create.getByLabel(/^Ende/).fill(`22.05.${year}, 16:00`);
    await create.getByLabel(/^Plätze/).fill('1');
    await create.getByRole('checkbox', { name: 'العربية' }).check();
    await create.getByRole('button', { name: 'Veranstaltung anlegen' }).click();

    await expect(page).toHaveURL(/\/veranstaltungen\/\d+$/);
    eventPath = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1, name: `Integrationskonferenz ${year}` })).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Bereiche der Veranstaltung' })
      .getByRole('link', { name: 'Workshops' })
      .click();
    await expect(page).toHaveURL(/\/veranstaltungen\/\d+\/workshops$/);
    const addWorkshop = page.getByRole('form', { name: 'Workshop anlegen' });
    const workshopTitle = addWorkshop.getByRole('group', { name: 'Titel' });
    await workshopTitle.getByLabel('Deutsch').fill(workshopDe);
    await workshopTitle.getByLabel('العربية').fill(workshopAr);
    await addWorkshop.getByLabel(/^Beginn/).fill(`22.05.${year}, 10:00`);
    await addWorkshop.getByLabel(/^Ende/).fill(`22.05.${year}, 12:00`);
    await addWorkshop.getByLabel('Raum').fill('Raum 1.12');
    await addWorkshop.getByLabel(/^Plätze/).fill('1');
    await addWorkshop.getByRole('button', { name: 'Workshop anlegen' }).click();
    await expect(addWorkshop.getByRole('status')).toHaveText(`Workshop „${workshopDe}“ wurde angelegt.`);
    await expect(
      page
        .getByRole('table', { name: 'Workshops dieser Veranstaltung' })
        .getByRole('row', { name: new RegExp(workshopDe) }),
    ).toContainText('0 / 1');

    await page
      .getByRole('navigation', { name: 'Bereiche der Veranstaltung' })
      .getByRole('link', { name: 'Überblick' })
      .click();
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await expect(page.getByText('Status ist jetzt: veröffentlicht.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  const first = await newParticipantPage(browser);
  let firstManageUrl = '';

  await test.step('a participant opens the form in Arabic: right-to-left, Arabic labels, no serious axe finding', async () => {
    await first.goto(`/anmeldung/${slug}?lang=ar`);
    await expect(first.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(first.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(first.getByRole('heading', { level: 1, name: `مؤتمر الاندماج ${year}` })).toBeVisible();
    await expect(first.getByLabel('الاسم الأول')).toBeVisible();
    await expect(first.getByText('ماذا تعني قائمة الانتظار؟')).toBeVisible();
    await expectNoSeriousA11yViolations(first);
  });

  await test.step('sending the empty form announces the errors and marks the fields', async () => {
    await first.getByRole('button', { name: 'تسجيل نهائي' }).click();
    const summary = first.getByRole('alert').filter({ hasText: 'لم يُرسَل تسجيلك بعد' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('يُرجى إدخال الاسم الأول.');
    await expect(first.getByLabel('الاسم الأول')).toHaveAttribute('aria-invalid', 'true');
    await expect(first.getByLabel('الاسم الأول')).toHaveAccessibleDescription(/يُرجى إدخال الاسم الأول/);
    await summary.getByRole('link', { name: 'يُرجى إدخال الاسم الأول.' }).click();
    await expect(first.getByLabel('الاسم الأول')).toBeFocused();
    await expectNoSeriousA11yViolations(first);
  });

  await test.step('the participant registers and is confirmed, with the workshop', async () => {
    await first.getByLabel('الاسم الأول').fill('Amira');
    await first.getByLabel('اسم العائلة').fill('Haddad');
    await first.getByLabel('البريد الإلكتروني').fill('amira.haddad@example.org');
    await first.getByLabel('نوع الجهة').selectOption({ label: 'منظمة مهاجرين' });
    await first.getByRole('checkbox', { name: workshopAr }).check();
    await first.getByRole('checkbox', { name: 'أوافق على معالجة بياناتي لهذا الغرض.' }).check();
    await first.getByRole('button', { name: 'تسجيل نهائي' }).click();

    await expect(first.getByRole('heading', { level: 2, name: 'تم تسجيلك' })).toBeFocused();
    await expect(first.getByText('رسالة التأكيد في طريقها إلى amira.haddad@example.org.')).toBeVisible();
    await expect(first.getByRole('listitem').filter({ hasText: workshopAr })).toContainText('مؤكَّد');
    firstManageUrl = (await first.getByRole('link', { name: /\/anmeldung\/verwalten\// }).getAttribute('href')) ?? '';
    expect(firstManageUrl).toMatch(/\/anmeldung\/verwalten\/[^/?]+\?lang=ar$/);
  });

  const second = await newParticipantPage(browser);
  let secondManageUrl = '';

  await test.step('a second participant (German) finds the seat taken and is put on the waiting list', async () => {
    await second.goto(`/anmeldung/${slug}`);
    await expect(second.locator('html')).toHaveAttribute('lang', 'de');
    await expect(second.getByText('Alle Plätze sind vergeben – Anmeldung auf die Warteliste')).toBeVisible();
    await second.getByLabel('Vorname').fill('Jonas');
    await second.getByLabel('Nachname').fill('Becker');
    await second.getByLabel('E-Mail-Adresse').fill('jonas.becker@example.org');
    await second.getByLabel('Art der Organisation').selectOption({ label: 'Rettungsdienst' });
    const workshop = second.getByRole('checkbox', { name: workshopDe });
    await expect(workshop).toHaveAccessibleDescription(/Warteliste/);
    await workshop.check();
    await second.getByRole('checkbox', { name: /Ich bin einverstanden/ }).check();
    await second.getByRole('button', { name: 'Verbindlich anmelden' }).click();

    await expect(second.getByRole('heading', { level: 2, name: 'Sie stehen auf der Warteliste' })).toBeVisible();
    secondManageUrl = (await second.getByRole('link', { name: /\/anmeldung\/verwalten\// }).getAttribute('href')) ?? '';
    await second.goto(secondManageUrl);
    await expect(second.getByRole('status').filter({ hasText: 'Warteliste' })).toHaveText(
      'Sie stehen auf Platz 1 der Warteliste.',
    );
  });

  await test.step('the confirmation mail arrives in Arabic, right-to-left, with the manage link', async () => {
    const [confirmation] = await mailsTo('amira.haddad@example.org', 1);
    expect(confirmation.html).toContain('dir="rtl"');
    expect(confirmation.attachments.map((a) => a.contentType)).toEqual(
      expect.arrayContaining(['text/calendar', 'image/png']),
    );
    expect(confirmation.text).toContain(`${BASE_URL}${manageLinkIn(confirmation)}`);
    expect(new URL(firstManageUrl, BASE_URL).pathname + new URL(firstManageUrl, BASE_URL).search).toBe(
      manageLinkIn(confirmation),
    );
  });

  await test.step('the first participant opens the manage link from the mail and cancels, after a confirmation step', async () => {
    const [confirmation] = await mailsTo('amira.haddad@example.org', 1);
    await first.goto(manageLinkIn(confirmation));
    await expect(first.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(first.getByText('تم تسجيلك. مكانك مؤكَّد.')).toBeVisible();
    await expectNoSeriousA11yViolations(first);
    await first.getByRole('button', { name: 'إلغاء التسجيل …' }).click();
    await expect(first.getByRole('heading', { name: 'هل تريد الإلغاء فعلًا؟' })).toBeFocused();
    await first.getByRole('button', { name: 'نعم، ألغِ التسجيل نهائيًا' }).click();
    await expect(first.getByText('هذا التسجيل ملغى.')).toBeVisible();
  });

  await test.step('the waiting participant has moved up: confirmed, with the workshop', async () => {
    await second.reload();
    await expect(second.getByText('Sie sind angemeldet. Ihr Platz ist bestätigt.')).toBeVisible();
    const own = second.getByRole('region', { name: 'Stand Ihrer Anmeldung' });
    await expect(own.getByRole('listitem').filter({ hasText: workshopDe })).toContainText('bestätigt');
    // Waiting-list notice first, then the mail that says a seat is now theirs.
    const mails = await mailsTo('jonas.becker@example.org', 2);
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Warteliste:/),
      expect.stringMatching(/^Sie haben einen Platz:/),
    ]);
  });

  await test.step('the office sees both registrations with their status', async () => {
    await page.goto(`${eventPath}/anmeldungen`);
    const table = page.getByRole('table', { name: 'Anmeldungen' });
    await expect(table.getByRole('row', { name: /Haddad, Amira/ })).toContainText('storniert');
    await expect(table.getByRole('row', { name: /Becker, Jonas/ })).toContainText('bestätigt');
  });

  await test.step('the office records a registration taken on the phone; the event is full, so it waits', async () => {
    await page.getByRole('button', { name: 'Anmeldung aufnehmen' }).click();
    const form = page.getByRole('form', { name: 'Anmeldung aufnehmen' });
    await form.getByLabel('Vorname').fill('Selin');
    await form.getByLabel('Nachname').fill('Yılmaz');
    await form.getByLabel('E-Mail-Adresse').fill('selin.yilmaz@example.org');
    await form.getByLabel('Art der Organisation').selectOption({ label: 'Verein oder Verband' });
    await form.getByLabel('Sprache für E-Mails').selectOption({ label: 'Deutsch' });
    await form.getByRole('checkbox', { name: /Die Person ist einverstanden, dass/ }).check();
    await form.getByRole('button', { name: 'Anmeldung speichern' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Sie stehen auf der Warteliste' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Anmeldungen' }).getByRole('row', { name: /Yılmaz, Selin/ }),
    ).toContainText('Warteliste');
  });
});

test('custom questions: added in the editor, asked on the public form, a required one must be answered', async ({
  page,
  browser,
  playwright,
}) => {
  const questionsSlug = `fachtag-fragen-${year}-${Date.now().toString(36)}`;
  const eventTitle = `Fachtag Vielfalt ${year}`;
  const mealDe = 'Wie möchten Sie verpflegt werden?';
  const mealEn = 'Which meal would you like?';
  const mealKey = 'wie_moechten_sie_verpflegt_werden';
  const noteDe = 'Was möchten Sie uns noch mitteilen?';
  let eventId = 0;

  await test.step('through the API: a published event without questions', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const event = (await admin.post('/api/events', {
      kind: 'conference',
      slug: questionsSlug,
      title: { de: eventTitle },
      startsAt: `${year}-06-12T09:00:00+02:00`,
      endsAt: `${year}-06-12T15:00:00+02:00`,
      capacity: 20,
      languages: ['de', 'en'],
    } satisfies CreateEvent)) as { id: number };
    eventId = event.id;
    await admin.patch(`/api/events/${eventId}`, { status: 'published' });
    await admin.dispose();
  });

  await test.step('staff add a required choice and an optional text question, reorder them and correct a key the API refuses', async () => {
    await page.goto(`/veranstaltungen/${eventId}/fragen`);
    await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: eventTitle })).toBeVisible();
    const editor = page.getByRole('form', { name: 'Eigene Fragen' });
    const question = (n: number) => editor.getByRole('group', { name: `Frage ${n}`, exact: true });
    await expect(editor).toContainText('Diese Veranstaltung hat noch keine eigenen Fragen.');

    await editor.getByRole('button', { name: 'Frage hinzufügen' }).click();
    const meal = question(1);
    const mealText = meal.getByRole('group', { name: 'Text der Frage' });
    await mealText.getByLabel('Deutsch').fill(mealDe);
    await mealText.getByLabel('English').fill(mealEn);
    await expect(meal.getByLabel(/^Schlüssel/)).toHaveValue(mealKey);
    await meal.getByLabel('Art der Antwort').selectOption({ label: 'Auswahl aus einer Liste' });
    const vegetarian = meal.getByRole('group', { name: 'Antwortmöglichkeit 1', exact: true });
    await vegetarian.getByLabel('Deutsch').fill('Vegetarisch');
    await vegetarian.getByLabel('English').fill('Vegetarian');
    await expect(vegetarian.getByLabel(/^Wert/)).toHaveValue('vegetarisch');
    await meal.getByRole('button', { name: 'Antwortmöglichkeit hinzufügen' }).click();
    const withMeat = meal.getByRole('group', { name: 'Antwortmöglichkeit 2', exact: true });
    await withMeat.getByLabel('Deutsch').fill('Mit Fleisch');
    await expect(withMeat.getByLabel(/^Wert/)).toHaveValue('mit_fleisch');
    await meal.getByRole('checkbox', { name: /^Pflichtfrage/ }).check();

    await editor.getByRole('button', { name: 'Frage hinzufügen' }).click();
    const note = question(2);
    await note.getByRole('group', { name: 'Text der Frage' }).getByLabel('Deutsch').fill(noteDe);
    await note.getByLabel(/^Schlüssel/).fill('Notiz!');
    await note.getByRole('button', { name: 'Frage 2 nach oben' }).click();
    await expect(question(1).getByRole('group', { name: 'Text der Frage' }).getByLabel('Deutsch')).toHaveValue(noteDe);

    await editor.getByRole('button', { name: 'Fragen speichern' }).click();
    const noteKey = question(1).getByLabel(/^Schlüssel/);
    await expect(editor.getByRole('alert')).toContainText('Bitte prüfen Sie die markierten Felder.');
    await expect(noteKey).toHaveAttribute('aria-invalid', 'true');
    await expect(noteKey).toHaveAccessibleDescription(/Fehler:/);
    await expect(noteKey).toBeFocused();
    await expect(question(2).getByLabel(/^Schlüssel/)).not.toHaveAttribute('aria-invalid', 'true');

    await noteKey.fill('notiz');
    await editor.getByRole('button', { name: 'Fragen speichern' }).click();
    await expect(editor.getByRole('status')).toHaveText('Die Fragen wurden gespeichert.');
    await expect(noteKey).not.toHaveAttribute('aria-invalid', 'true');

    await page.reload();
    await expect(question(1).getByLabel(/^Schlüssel/)).toHaveValue('notiz');
    await expect(question(2).getByLabel(/^Schlüssel/)).toHaveValue(mealKey);
    await expect(question(2).getByRole('checkbox', { name: /^Pflichtfrage/ })).toBeChecked();
    await expectNoSeriousA11yViolations(page);
  });

  const participant = await newParticipantPage(browser);

  await test.step("the public form asks both questions in the editor's order, in the participant's language", async () => {
    await participant.goto(`/anmeldung/${questionsSlug}?lang=en`);
    await expect(participant.getByLabel(mealEn)).toBeVisible();
    await expect(participant.getByLabel(mealEn).getByRole('option')).toContainText(['', 'Vegetarian', 'Mit Fleisch']);

    await participant.goto(`/anmeldung/${questionsSlug}`);
    const questions = participant.getByRole('group', { name: 'Weitere Fragen' });
    await expect(questions.locator('label')).toContainText([noteDe, mealDe]);
    await expectNoSeriousA11yViolations(participant);
  });

  await test.step('the required question must be answered: in the form and at the API', async () => {
    const questions = participant.getByRole('group', { name: 'Weitere Fragen' });
    await participant.getByLabel('Vorname').fill('Leyla');
    await participant.getByLabel('Nachname').fill('Demir');
    await participant.getByLabel('E-Mail-Adresse').fill('leyla.demir@example.org');
    await participant.getByLabel('Art der Organisation').selectOption({ label: 'Rettungsdienst' });
    await questions.getByLabel(noteDe).fill('Ich reise mit der Bahn an.');
    await participant.getByRole('checkbox', { name: /Ich bin einverstanden/ }).check();
    await participant.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    const summary = participant.getByRole('alert').filter({ hasText: 'Die Anmeldung ist noch nicht abgeschickt' });
    await expect(summary).toContainText(`Bitte beantworten Sie die Frage „${mealDe}“.`);
    await expect(questions.getByLabel(mealDe)).toHaveAttribute('aria-invalid', 'true');

    const publicApi = await playwright.request.newContext({ baseURL: BASE_URL });
    const response = await publicApi.post(`/api/public/events/${questionsSlug}/registrations`, {
      headers: { 'Idempotency-Key': `questions-${questionsSlug}` },
      data: {
        firstName: 'Leyla',
        lastName: 'Demir',
        email: 'leyla.demir@example.org',
        organisationType: 'rescue_service',
        language: 'de',
        consent: { dataProcessing: true },
        answers: { notiz: 'Ich reise mit der Bahn an.' },
      } satisfies CreateRegistration,
    });
    expect(response.status()).toBe(400);
    const problem = (await response.json()) as { errors?: { path: string }[] };
    expect(problem.errors?.map((e) => e.path)).toContain(`answers.${mealKey}`);
    await publicApi.dispose();

    await questions.getByLabel(mealDe).selectOption({ label: 'Vegetarisch' });
    await participant.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    await expect(participant.getByRole('heading', { level: 2, name: 'Sie sind angemeldet' })).toBeVisible();
  });
});
