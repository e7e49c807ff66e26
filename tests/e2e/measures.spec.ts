import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type {
  CreateActionField,
  CreateBudgetLine,
  CreateEvent,
  CreateFundingProgramme,
  CreateRegistration,
  CreateWorkshop,
  MeasureDetail,
} from '@wir/shared';
import {
  apiSession,
  checkInCodeFromMail,
  createWirGrant2014,
  expectNoSeriousA11yViolations,
  logIn,
} from './e2e-helpers';
import { createStaff, journeyUser } from './e2e-staff';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const fieldName = `Interkulturelle Öffnung (${stamp})`;
const grantTitle = `WIR-Zuwendung 2014 (${stamp})`;
const workshopTitle = `Workshop: Interkulturelle Öffnung im Rettungsdienst ${stamp}`;
const code = `IKÖ-RD-${stamp}`;
const title = `Interkulturelle Schulung Rettungsdienst ${stamp}`;
const reached = 'Geschulte Einsatzkräfte';
const competence = 'Anteil mit gestärkter interkultureller Kompetenz';
const clara = journeyUser(stamp, 'clara.koordination', 'Clara Koordination', 'Wirkung-messen-2014!');
const fiona = journeyUser(stamp, 'fiona.finanzen', 'Fiona Finanzen', 'Belege-lesen-2014!');
const door = journeyUser(stamp, 'tuer', 'Dana Einlass', 'Nur-die-Tuer-2014!');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** With E2E_SCREENSHOTS=1, keeps a picture of each state under test-results (for reviewing the design). */
async function snapshot(page: Page, name: string) {
  if (process.env.E2E_SCREENSHOTS)
    await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** Types into a field from the keyboard (what staff do), replacing what it held. */
async function typeInto(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

test('a coordinator sets up a measure with two indicators, enters and corrects a value by keyboard, sees a workshop check-in raise the output; filters survive a reload; finance reads, the door sees nothing', async ({
  page,
  browser,
  playwright,
}) => {
  // A long journey across three users; each step waits only for what it shows.
  test.setTimeout(180_000);
  let fieldId = 0;
  let measureId = 0;
  let eventId = 0;
  let workshopId = 0;

  await test.step('through the API: an admin creates the users, an action field, the grant with its lines and the training of 22.05.2014 with its workshop', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await createStaff(playwright, admin, ['coordinator'], clara);
    await createStaff(playwright, admin, ['finance'], fiona);
    await createStaff(playwright, admin, ['checkin'], door);
    fieldId = (
      (await admin.post('/api/action-fields', {
        name: fieldName,
        description: 'Schulungen für Verwaltung und Rettungsdienste',
      } satisfies CreateActionField)) as { id: number }
    ).id;
    const programme = (await admin.post('/api/funding-programmes', {
      name: `WIR – Wegweisende Integrationsansätze Realisieren ${stamp}`,
      funder: 'Hessisches Ministerium für Soziales und Integration',
      year: 2014,
      volumeCents: 308_000_000,
    } satisfies CreateFundingProgramme)) as { id: number };
    const grant = await createWirGrant2014(admin, programme.id, grantTitle, `WIR-2014-OF-M-${stamp}`);
    for (const line of [
      { code: '1', name: 'Personalkosten WIR-Koordinationsstelle', plannedCents: 2_500_000 },
      { code: '2', name: 'Innovative Projekte', plannedCents: 1_000_000 },
    ] satisfies CreateBudgetLine[]) {
      await admin.post(`/api/grants/${grant.id}/budget-lines`, line);
    }
    const event = (await admin.post('/api/events', {
      kind: 'training',
      slug: `rettungsdienst-2014-${stamp}`,
      title: { de: `Interkulturelle Kompetenz im Rettungsdienst ${stamp}` },
      venue: 'Rettungsdienstschule des Kreises Offenbach',
      startsAt: '2014-05-22T09:00:00+02:00',
      endsAt: '2014-05-22T16:00:00+02:00',
      capacity: 30,
    } satisfies CreateEvent)) as { id: number };
    eventId = event.id;
    workshopId = (
      (await admin.post(`/api/events/${event.id}/workshops`, {
        title: { de: workshopTitle },
        startsAt: '2014-05-22T10:00:00+02:00',
        endsAt: '2014-05-22T15:00:00+02:00',
        room: 'Schulungsraum',
        capacity: 30,
      } satisfies CreateWorkshop)) as { id: number }
    ).id;
    await admin.dispose();
  });

  await test.step('Clara logs in at "Maßnahmen" and creates the measure: action field, target group, the grant with "1.234,56" on a line, the workshop of 22.05.', async () => {
    await page.goto('/massnahmen');
    // The login form works once hydrated; under load a click before that would submit the bare HTML form.
    await page.waitForLoadState('networkidle');
    await logIn(page, clara.email, clara.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Maßnahmen' }),
    ).toHaveAttribute('aria-current', 'page');

    const form = page.getByRole('form', { name: 'Neue Maßnahme anlegen' });
    await form.getByLabel('Kürzel').fill(code);
    await form.getByLabel('Titel').fill(title);
    await form
      .getByLabel('Wirkungsziel')
      .fill('Einsatzkräfte begegnen Menschen mit Migrationsgeschichte sicherer und verständigen sich besser.');
    await form.getByLabel('Beginn').fill('01.01.2014');
    await form.getByLabel('Ende').fill('31.12.2014');
    await form.getByRole('checkbox', { name: fieldName }).check();
    await form.getByRole('checkbox', { name: 'Rettungsdienste', exact: true }).check();
    await form.getByLabel('Zuwendung').selectOption({ label: grantTitle });
    const allocation = form.getByLabel('2 Innovative Projekte');
    await typeInto(page, allocation, '1.234,56');
    await page.keyboard.press('Tab');
    await expect(allocation).toHaveValue('1.234,56');
    await form
      .getByRole('checkbox', { name: new RegExp(`^${escape(workshopTitle)} \\(22\\.05\\.2014, 10:00 Uhr\\)$`) })
      .check();
    await form.getByRole('checkbox', { name: 'Gute Praxis' }).check();
    await form.getByRole('button', { name: 'Maßnahme anlegen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: `${code} ${title}` })).toBeVisible();
    measureId = Number(/\/massnahmen\/(\d+)$/.exec(page.url())?.[1]);
    expect(measureId).toBeGreaterThan(0);
  });

  const chain = page.getByRole('region', { name: 'Wirkungskette' });

  await test.step('the IOOI chain shows the allocation on the line (cents from "1.234,56") and the linked workshop', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const saved = (await admin.get(`/api/measures/${measureId}`)) as MeasureDetail;
    await admin.dispose();
    expect(saved.budgetAllocations).toEqual([{ budgetLineId: expect.any(Number), plannedCents: 123_456 }]);
    expect(saved.workshopIds).toHaveLength(1);
    expect(saved.eventIds).toEqual([]);
    expect(saved.goodPractice).toBe(true);
    expect(saved.targetGroups).toEqual(['rescue_services']);

    const input = chain.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Input/ }) });
    await expect(input.getByRole('listitem').filter({ hasText: '2 Innovative Projekte' })).toContainText(
      '1.234,56 € zugewiesen, 0,00 € ausgegeben',
    );
    const output = chain.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Output/ }) });
    await expect(output.getByRole('listitem').filter({ hasText: workshopTitle })).toContainText('Workshop, 22.05.2014');
    await expect(output.getByRole('listitem').filter({ hasText: workshopTitle })).toContainText(
      '0 angemeldet, 0 anwesend',
    );
  });

  await test.step('she edits the measure: the form shows what is stored; the status becomes "laufend", the rest stays', async () => {
    const facts = page.getByRole('region', { name: 'Steckbrief' });
    await facts.getByRole('button', { name: 'Maßnahme bearbeiten' }).click();
    const edit = facts.getByRole('form', { name: `Maßnahme bearbeiten: ${title}` });
    await expect(edit.getByLabel('2 Innovative Projekte')).toHaveValue('1.234,56');
    await expect(edit.getByRole('checkbox', { name: new RegExp(`^${escape(workshopTitle)}`) })).toBeChecked();
    await expect(edit.getByRole('checkbox', { name: fieldName })).toBeChecked();
    await expect(edit.getByLabel('Beginn')).toHaveValue('01.01.2014');
    await edit.getByLabel('Status').selectOption({ label: 'laufend' });
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await expect(facts.getByRole('status').filter({ hasText: 'gespeichert' })).toHaveText(
      `Die Maßnahme „${title}“ ist gespeichert.`,
    );
    await expect(facts.getByRole('button', { name: 'Maßnahme bearbeiten' })).toBeFocused();
    await expect(facts.getByRole('definition').first()).toHaveText('laufend');

    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const saved = (await admin.get(`/api/measures/${measureId}`)) as MeasureDetail;
    await admin.dispose();
    expect(saved.status).toBe('running');
    expect(saved.budgetAllocations.map((a) => a.plannedCents)).toEqual([123_456]);
    expect(saved.workshopIds).toHaveLength(1);
  });

  const indicatorForm = page.getByRole('form', { name: 'Kennzahl anlegen' });
  const indicators = page.getByRole('region', { name: 'Kennzahlen' });

  await test.step('she adds two indicators: people trained (output, step 2, from check-ins) and a share in percent (outcome, step 4, entered)', async () => {
    await indicatorForm.getByRole('textbox', { name: 'Kennzahl', exact: true }).fill(reached);
    await indicatorForm.getByLabel('Ebene der Wirkungskette').selectOption({ label: 'Output' });
    await indicatorForm
      .getByLabel('Stufe der Wirkungstreppe')
      .selectOption({ label: 'Stufe 2: Zielgruppen werden erreicht' });
    await indicatorForm
      .getByLabel('Herkunft der Ist-Werte')
      .selectOption({ label: 'Teilnehmende aus Anmeldungen und Check-ins' });
    await expect(indicatorForm.getByLabel('Einheit')).toBeDisabled();
    await expect(indicatorForm.getByLabel('Einheit')).toHaveValue('count');
    await indicatorForm.getByRole('button', { name: 'Kennzahl anlegen' }).click();
    await expect(indicators.getByRole('status').filter({ hasText: 'angelegt' })).toHaveText(
      `Die Kennzahl „${reached}“ ist angelegt.`,
    );
    await expect(indicators.getByRole('row', { name: new RegExp(reached) })).toContainText(
      'Stufe 2: Zielgruppen werden erreicht',
    );

    // The form starts over with the focus on the name, for the next indicator.
    await expect(indicatorForm.getByRole('textbox', { name: 'Kennzahl', exact: true })).toBeFocused();
    await page.keyboard.type(competence);
    await indicatorForm.getByLabel('Ebene der Wirkungskette').selectOption({ label: 'Outcome' });
    // The step follows the level: an outcome is on step 4–6 of the Wirkungstreppe.
    await expect(indicatorForm.getByLabel('Stufe der Wirkungstreppe')).toHaveValue('4');
    await expect(indicatorForm.getByLabel('Stufe der Wirkungstreppe').getByRole('option')).toHaveText([
      'Stufe 4: Wissen und Fähigkeiten verändern sich',
      'Stufe 5: Verhalten ändert sich',
      'Stufe 6: Lebenslage ändert sich',
    ]);
    await indicatorForm.getByLabel('Einheit').selectOption({ label: 'Prozent' });
    await expect(indicatorForm.getByLabel('Zusammenfassung')).toHaveValue('avg');
    await indicatorForm.getByLabel('Erhebungsmethode').fill('Fragebogen am Ende des Workshops');
    await indicatorForm.getByRole('button', { name: 'Kennzahl anlegen' }).click();
    await expect(indicators.getByRole('row', { name: new RegExp(competence) })).toContainText(
      'Outcome, Stufe 4: Wissen und Fähigkeiten verändern sich',
    );
    await expect(indicators.getByRole('row', { name: new RegExp(competence) })).toContainText('Prozent');
  });

  const grid = page.getByRole('region', { name: 'Ziel- und Ist-Werte erfassen' });
  const card = chain.getByRole('article', { name: competence });

  await test.step('in the grid she types the target 80 and Enter saves it; then the actual "72,5" (a German decimal) and Enter', async () => {
    await grid.getByLabel('Kennzahl').selectOption({ label: competence });
    await grid.getByRole('radio', { name: 'Zielwerte' }).check();
    const target = grid.getByRole('textbox', { name: 'Zielwert 2014, Kreis insgesamt', exact: true });
    await target.focus();
    await page.keyboard.type('80');
    await page.keyboard.press('Enter');
    await expect(grid.getByRole('status').filter({ hasText: 'gespeichert' })).toHaveText(
      'Zielwerte gespeichert (1 Zielwert).',
    );
    await expect(target).toBeFocused();

    await grid.getByRole('radio', { name: 'Ist-Werte' }).check();
    const actual = grid.getByRole('textbox', { name: 'Ist-Wert 2014, Kreis insgesamt', exact: true });
    await actual.focus();
    await page.keyboard.type('72,55,');
    await page.keyboard.press('Enter');
    await expect(actual).toHaveAttribute('aria-invalid', 'true');
    await expect(grid.getByRole('alert')).toContainText('Bitte eine Zahl wie 1.234,5 eingeben');

    await typeInto(page, actual, '72,5');
    // Tab moves on to the cell's sample size (a mean is weighted by it); Enter there saves the cell too.
    await page.keyboard.press('Tab');
    await expect(
      grid.getByRole('textbox', { name: 'Stichprobe (n) für Ist-Wert 2014, Kreis insgesamt' }),
    ).toBeFocused();
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await expect(grid.getByRole('status').filter({ hasText: 'gespeichert' })).toHaveText(
      'Ist-Wert 2014, Kreis insgesamt: 72,5 % gespeichert.',
    );
    await expect(actual).toHaveValue('72,5');
    await expect(actual).not.toHaveAttribute('aria-invalid', 'true');
  });

  await test.step('the progress says it in words: 72,5 % of a target of 80 % after the period is "im Rückstand"', async () => {
    await expect(card).toContainText('im Rückstand');
    await expect(card.getByRole('definition').nth(1)).toHaveText('80 %');
    await expect(card.getByRole('definition').nth(2)).toHaveText('72,5 %');
    await expect(card.getByRole('definition').nth(3)).toHaveText('90,63 %');
    await expect(chain.getByRole('article', { name: reached })).toContainText('ohne Zielwert');
  });

  await test.step('she corrects the value to "85,25" with a reason; the history keeps the first entry, the status turns "erreicht"', async () => {
    const actual = grid.getByRole('textbox', { name: 'Ist-Wert 2014, Kreis insgesamt', exact: true });
    await typeInto(page, actual, '85,25');
    await page.keyboard.press('Enter');
    const correction = grid.getByRole('form', { name: 'Korrektur: Ist-Wert 2014, Kreis insgesamt' });
    await expect(correction).toContainText('Bisher 72,5 % (erfasst von Clara Koordination), neu 85,25 %.');
    const reason = correction.getByLabel('Grund der Korrektur');
    await expect(reason).toBeFocused();
    // Without a reason nothing is saved.
    await page.keyboard.press('Enter');
    await expect(grid.getByRole('alert')).toHaveText('Bitte den Grund der Korrektur angeben.');
    await reason.focus();
    await page.keyboard.type('Nachzählung der Fragebögen');
    await page.keyboard.press('Enter');
    await expect(grid.getByRole('status').filter({ hasText: 'korrigiert' })).toHaveText(
      'Ist-Wert 2014, Kreis insgesamt: von 72,5 % auf 85,25 % korrigiert.',
    );
    await expect(actual).toBeFocused();
    await expect(correction).toHaveCount(0);

    await expect(card).toContainText('erreicht');
    await expect(card.getByRole('definition').nth(2)).toHaveText('85,25 %');

    const history = grid.getByRole('region', { name: 'Verlauf: Ist-Wert 2014, Kreis insgesamt' });
    const rows = history.getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('72,5 %');
    await expect(rows.nth(1)).toContainText('Clara Koordination');
    await expect(rows.nth(1)).toContainText('ersetzt');
    await expect(rows.nth(2)).toContainText('85,25 %');
    await expect(rows.nth(2)).toContainText('Nachzählung der Fragebögen');
    await expect(rows.nth(2)).toContainText('gilt');
    // The correction keeps the sample size the mean is weighted by.
    await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('40');
    await snapshot(page, 'measure-detail');
  });

  await test.step('"Stand am" shows the chain as of another day: before the period began nothing is due yet ("im Plan")', async () => {
    const asOf = chain.getByRole('form', { name: 'Stand der Auswertung' });
    await asOf.getByLabel('Stand am').fill('31.13.2013');
    await asOf.getByRole('button', { name: 'Stand anzeigen' }).click();
    await expect(asOf.getByLabel('Stand am')).toHaveAttribute('aria-invalid', 'true');
    await asOf.getByLabel('Stand am').fill('31.12.2013');
    await asOf.getByRole('button', { name: 'Stand anzeigen' }).click();
    await expect(chain.getByRole('status').filter({ hasText: 'Stand:' })).toHaveText('Stand: 31.12.2013');
    await expect(card).toContainText('im Plan');
    await expect(card.getByRole('definition').nth(2)).toHaveText('–');
    await asOf.getByLabel('Stand am').fill('');
    await asOf.getByRole('button', { name: 'Stand anzeigen' }).click();
    await expect(card).toContainText('erreicht');
  });

  await test.step('the charts have their tables for screen readers, and the page passes axe', async () => {
    const charts = page.getByRole('region', { name: 'Auswertung' });
    await charts.getByLabel('Kennzahl').selectOption({ label: competence });
    const periods = charts.getByRole('table', { name: `Ziel und Ist je Zeitraum: ${competence} (Tabelle)` });
    await expect(periods.getByRole('row', { name: /^2014/ })).toContainText('85,25 %');
    await expect(periods.getByRole('row', { name: /^2014/ })).toContainText('erreicht');
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('the list filtered by action field and year keeps its filters in the address across a reload', async () => {
    await page.getByRole('link', { name: 'Zurück zu den Maßnahmen' }).click();
    const filter = page.getByRole('search', { name: 'Maßnahmen filtern' });
    await filter.getByLabel('Handlungsfeld').selectOption({ label: fieldName });
    await filter.getByLabel('Jahr').fill('2014');
    await filter.getByRole('button', { name: 'Filtern' }).click();
    await expect(page).toHaveURL(new RegExp(`/massnahmen\\?actionFieldId=${fieldId}&year=2014$`));
    const group = page.getByRole('region', { name: `Handlungsfeld: ${fieldName}` });
    const row = group.getByRole('row', { name: new RegExp(escape(title)) });
    await expect(row).toContainText('1 erreicht');
    await expect(row).toContainText('0 im Rückstand');
    await expect(row).toContainText('1 ohne Zielwert');
    await expect(page.getByRole('status').filter({ hasText: 'Maßnahme' })).toHaveText('1 Maßnahme');

    await page.reload();
    await expect(page).toHaveURL(new RegExp(`/massnahmen\\?actionFieldId=${fieldId}&year=2014$`));
    await expect(filter.getByLabel('Handlungsfeld')).toHaveValue(String(fieldId));
    await expect(filter.getByLabel('Jahr')).toHaveValue('2014');
    await expect(row).toBeVisible();
    await snapshot(page, 'measure-list');
    await expectNoSeriousA11yViolations(page);

    // The filters apply: the measure is running, so "abgebrochen" finds nothing.
    await filter.getByLabel('Status').selectOption({ label: 'abgebrochen' });
    await filter.getByRole('button', { name: 'Filtern' }).click();
    await expect(page).toHaveURL(new RegExp(`/massnahmen\\?actionFieldId=${fieldId}&status=discontinued&year=2014$`));
    await expect(page.getByText('Keine Maßnahme passt zu diesen Filtern.')).toBeVisible();
    await expect(row).toHaveCount(0);
  });

  await test.step('filters in the address that are not filters are ignored: the list shows everything, the fields stay empty', async () => {
    await page.goto('/massnahmen?year=20x4&status=unknown&actionFieldId=-3');
    const filter = page.getByRole('search', { name: 'Maßnahmen filtern' });
    await expect(filter.getByLabel('Jahr')).toHaveValue('');
    await expect(filter.getByLabel('Status')).toHaveValue('');
    await expect(filter.getByLabel('Handlungsfeld')).toHaveValue('');
    await expect(
      page.getByRole('region', { name: `Handlungsfeld: ${fieldName}` }).getByRole('link', { name: title }),
    ).toBeVisible();
  });

  await test.step("in the workshop's room a participant is checked in with the code from her mail: the output figures rise", async () => {
    await page.goto(`/massnahmen/${measureId}`);
    const reachedCard = chain.getByRole('article', { name: reached });
    const output = chain.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Output/ }) });
    await expect(output.getByRole('listitem').filter({ hasText: workshopTitle })).toContainText(
      '0 angemeldet, 0 anwesend',
    );
    await expect(reachedCard.getByRole('definition').nth(2)).not.toHaveText('1');

    // Registered by the office (the training lies in the past), confirmed with a place in the workshop.
    const participant = { firstName: 'Emre', lastName: 'Yıldız', email: `emre.yildiz.${stamp}@example.org` };
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await admin.post(`/api/events/${eventId}/registrations`, {
      ...participant,
      organisationName: 'DRK Rettungsdienst Offenbach',
      organisationType: 'rescue_service',
      language: 'de',
      workshopIds: [workshopId],
      consent: { dataProcessing: true },
    } satisfies CreateRegistration);
    await admin.dispose();
    const checkInCode = await checkInCodeFromMail(participant.email);

    await page.goto(`/einlass?event=${eventId}&workshop=${workshopId}`);
    const codeField = page.getByLabel('Check-in-Code');
    await codeField.fill(checkInCode);
    await codeField.press('Enter');
    const result = page.getByRole('region', { name: 'Ergebnis' });
    await expect(result).toContainText(`Einlass zum Workshop „${workshopTitle}“`);
    await result.getByRole('button', { name: 'Einchecken' }).click();
    await expect(result.getByRole('status')).toHaveText('Emre Yıldız ist eingecheckt.');

    await page.goto(`/massnahmen/${measureId}`);
    await expect(output.getByRole('listitem').filter({ hasText: workshopTitle })).toContainText(
      '1 angemeldet, 1 anwesend',
    );
    await expect(reachedCard.getByRole('definition').nth(2)).toHaveText('1');
    // Back to the list, where the next step picks the measure.
    await page.goto('/massnahmen');
  });

  await test.step('she changes an indicator and deletes the other after confirming; the chain follows', async () => {
    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: `${code} ${title}` })).toBeVisible();
    await indicators.getByRole('button', { name: `Bearbeiten: ${competence}` }).click();
    const edit = indicators.getByRole('form', { name: `Bearbeiten: ${competence}` });
    await expect(edit.getByLabel('Einheit')).toHaveValue('percent');
    await expect(edit.getByLabel('Stufe der Wirkungstreppe')).toHaveValue('4');
    await edit.getByLabel('Erhebungsmethode').fill('Fragebogen am Ende des Workshops und nach drei Monaten');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await expect(indicators.getByRole('status').filter({ hasText: 'gespeichert' })).toHaveText(
      `Die Kennzahl „${competence}“ ist gespeichert.`,
    );
    await expect(indicators.getByRole('row', { name: new RegExp(competence) })).toContainText('nach drei Monaten');

    await indicators.getByRole('button', { name: `Kennzahl löschen: ${reached}` }).click();
    const confirm = indicators.getByRole('group', { name: `Kennzahl löschen: ${reached}` });
    await expect(confirm).toContainText('mit allen Ziel- und Ist-Werten löschen?');
    await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
    await expect(indicators.getByRole('status').filter({ hasText: 'gelöscht' })).toHaveText(
      `Die Kennzahl „${reached}“ ist gelöscht.`,
    );
    await expect(indicators.getByRole('heading', { name: 'Kennzahlen' })).toBeFocused();
    await expect(indicators.getByRole('row', { name: new RegExp(reached) })).toHaveCount(0);
    await expect(chain.getByRole('article', { name: reached })).toHaveCount(0);
    await expect(chain.getByRole('article', { name: competence })).toContainText('erreicht');
  });

  await test.step('Fiona (finance) reads the measure: no edit, no indicator form, no typing in the grid, but the values and their history', async () => {
    const context = await browser.newContext();
    const financePage = await context.newPage();
    await financePage.goto(`/massnahmen/${measureId}`);
    await financePage.waitForLoadState('networkidle');
    await logIn(financePage, fiona.email, fiona.password);
    await expect(financePage.getByRole('heading', { level: 1, name: `${code} ${title}` })).toBeVisible();
    await expect(financePage.getByText('Sie sehen die Maßnahmen lesend')).toBeVisible();
    await expect(financePage.getByRole('article', { name: competence })).toContainText('erreicht');
    await expect(financePage.getByRole('button', { name: 'Maßnahme bearbeiten' })).toHaveCount(0);
    await expect(financePage.getByRole('form', { name: 'Kennzahl anlegen' })).toHaveCount(0);
    await expect(financePage.getByRole('button', { name: /^Bearbeiten: / })).toHaveCount(0);

    const readGrid = financePage.getByRole('region', { name: 'Ziel- und Ist-Werte' });
    await readGrid.getByLabel('Kennzahl').selectOption({ label: competence });
    await readGrid.getByRole('radio', { name: 'Ist-Werte' }).check();
    await expect(readGrid.getByRole('textbox')).toHaveCount(0);
    await expect(
      readGrid.getByRole('table', { name: `Ist-Werte: ${competence}` }).getByRole('row', { name: /^2014/ }),
    ).toContainText('85,25 %');
    await readGrid.getByRole('button', { name: 'Verlauf anzeigen: Ist-Wert 2014, Kreis insgesamt' }).click();
    await expect(readGrid.getByRole('region', { name: 'Verlauf: Ist-Wert 2014, Kreis insgesamt' })).toContainText(
      'Nachzählung der Fragebögen',
    );
    await snapshot(financePage, 'measure-finance');
    await context.close();
  });

  await test.step('a door helper (checkin) has no "Maßnahmen" in the menu and the page refuses', async () => {
    const context = await browser.newContext();
    const doorPage = await context.newPage();
    await doorPage.goto('/massnahmen');
    await doorPage.waitForLoadState('networkidle');
    await logIn(doorPage, door.email, door.password);
    await expect(
      doorPage.getByText('Maßnahmen und Kennzahlen sehen Koordination, Finanzen und Administration.'),
    ).toBeVisible();
    await expect(
      doorPage.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Einlass' }),
    ).toBeVisible();
    await expect(
      doorPage.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Maßnahmen' }),
    ).toHaveCount(0);
    await expect(doorPage.getByText(title)).toHaveCount(0);
    await context.close();
  });
});
