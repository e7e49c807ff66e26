import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { CreateActionField, CreateBudgetLine, CreateEvent, CreateFundingProgramme } from '@wir/shared';
import { apiSession, createWirGrant2014, expectNoSeriousA11yViolations, logIn } from './e2e-helpers';
import { createStaff, journeyUser } from './e2e-staff';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const fieldName = `Willkommenskultur (${stamp})`;
const grantTitle = `WIR-Zuwendung Start 2014 (${stamp})`;
const eventTitle = `Integrationskonferenz ${stamp}`;
const measureCode = `START-${stamp}`;
const clara = journeyUser(stamp, 'clara.start', 'Clara Koordination', 'Startseite-lesen-2014!');
const fiona = journeyUser(stamp, 'fiona.start', 'Fiona Finanzen', 'Belege-zaehlen-2014!');

/** With E2E_SCREENSHOTS=1, keeps a picture of each state under test-results (for reviewing the design). */
async function snapshot(page: Page, name: string) {
  if (process.env.E2E_SCREENSHOTS)
    await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

const panelHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

/** Opens the start page in a fresh context and logs in; the page is on "/" afterwards. */
async function startPageAs(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await logIn(page, email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  return page;
}

test('the start page per role: admin, coordinator and finance see their panels with figures; the filter in the address survives a reload', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(180_000);
  let fieldId = 0;

  await test.step('through the API: users, an action field, a 2014 grant with a line over plan, a measure on it, and a coming conference', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await createStaff(playwright, admin, ['coordinator'], clara);
    await createStaff(playwright, admin, ['finance'], fiona);
    fieldId = (
      (await admin.post('/api/action-fields', { name: fieldName } satisfies CreateActionField)) as { id: number }
    ).id;
    const programme = (await admin.post('/api/funding-programmes', {
      name: `WIR – Wegweisende Integrationsansätze Realisieren (${stamp})`,
      funder: 'Hessisches Ministerium für Soziales und Integration',
      year: 2014,
      volumeCents: 308_000_000,
    } satisfies CreateFundingProgramme)) as { id: number };
    const grant = await createWirGrant2014(admin, programme.id, grantTitle, `WIR-2014-START-${stamp}`);
    const line = (await admin.post(`/api/grants/${grant.id}/budget-lines`, {
      code: '5',
      name: 'Sachkosten',
      plannedCents: 200_000,
    } satisfies CreateBudgetLine)) as { id: number };
    const measure = (await admin.post('/api/measures', {
      code: measureCode,
      title: 'Willkommenslotsen im Rathaus',
      goal: 'Neu Zugezogene finden sich in der Verwaltung zurecht.',
      periodStart: '2014-01-01',
      periodEnd: '2014-12-31',
      actionFieldIds: [fieldId],
      grantId: grant.id,
    })) as { id: number };
    await admin.post(`/api/grants/${grant.id}/receipts`, {
      receiptNumber: `S-${stamp}`,
      // Early in the year: the oldest receipts are listed first under "waiting for your sign-off".
      date: '2014-01-02',
      kind: 'expense',
      payee: 'Rettungsdienstschule Kreis Offenbach',
      purpose: 'Interkulturelle Schulung',
      amountCents: 250_000,
      budgetLineId: line.id,
      measureId: measure.id,
    });
    const start = Date.now() + 20 * 86_400_000;
    await admin.post('/api/events', {
      kind: 'conference',
      slug: `start-konferenz-${stamp}`,
      title: { de: eventTitle },
      venue: 'Kreishaus Dietzenbach',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 8 * 3_600_000).toISOString(),
      capacity: 120,
      status: 'published',
    } satisfies CreateEvent);
    await admin.dispose();
  });

  await test.step('the admin sees all four panels; the coming conference with its seats; the charts load after the page', async () => {
    const page = await startPageAs(browser, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    for (const name of ['Veranstaltungen', 'Förderung', 'Wirkung', 'Bestandsaufnahme'])
      await expect(panelHeading(page, name)).toBeVisible();
    const events = page.getByRole('region', { name: 'Veranstaltungen' });
    // The conference may fall into next year near the year's end: then it shows under that year.
    const year = new Date(Date.now() + 20 * 86_400_000).getFullYear();
    if (year !== new Date().getFullYear()) await page.goto(`/?year=${year}`);
    await expect(events.getByRole('row', { name: new RegExp(`${eventTitle}.*0 / 120`) })).toBeVisible();
    await expect(events.getByRole('heading', { name: /Anmeldungen je Woche/ })).toBeVisible();
    // The chart's figures unfold as a table: twelve weeks (header row + 12).
    const perWeek = events.getByRole('region', { name: /Anmeldungen je Woche/ });
    await perWeek.getByText('Zahlen als Tabelle').click();
    await expect(perWeek.getByRole('table', { name: /Neue Anmeldungen je Woche/ }).getByRole('row')).toHaveCount(13);
    await expect(page.locator('.dashboard-chart .recharts-surface').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await snapshot(page, 'start-admin');

    await test.step('choosing 2014 and the action field puts both in the address; a reload shows the same view', async () => {
      const filter = page.getByRole('form', { name: 'Ansicht wählen' });
      await filter.getByLabel('Jahr').selectOption('2014');
      await filter.getByLabel('Handlungsfeld').selectOption({ label: fieldName });
      await filter.getByRole('button', { name: 'Anzeigen' }).click();
      await expect(page).toHaveURL(new RegExp(`/\\?year=2014&actionFieldId=${fieldId}$`));
      for (const reload of [false, true]) {
        if (reload) await page.reload();
        await expect(filter.getByLabel('Jahr')).toHaveValue('2014');
        await expect(filter.getByLabel('Handlungsfeld')).toHaveValue(String(fieldId));
        const grants = page.getByRole('region', { name: 'Förderung' });
        await expect(grants.getByRole('heading', { level: 3, name: grantTitle })).toBeVisible();
        // 2.500,00 € on a plan of 2.000,00 €: 125 % used, the whole period elapsed; the only line is over and so is the total.
        await expect(grants.getByText(/Ausgeschöpft: 125\s%\s·\sZeit verstrichen: 100\s%/)).toBeVisible();
        await expect(
          grants.getByRole('row', { name: /5 Sachkosten.*2\.000,00 €.*2\.500,00 €.*Gesamtplan überschritten/ }),
        ).toBeVisible();
        await expect(grants.getByRole('link', { name: `Zur Quelle: ${grantTitle}` })).toHaveAttribute(
          'href',
          /\/foerderung\/\d+#auswertung$/,
        );
        const outcomes = page.getByRole('region', { name: 'Wirkung' });
        await expect(
          outcomes.getByRole('row', { name: new RegExp(`${measureCode} Willkommenslotsen im Rathaus.*2\\.500,00 €`) }),
        ).toBeVisible();
        await expect(outcomes.getByRole('link', { name: 'Zur Quelle: Maßnahmen' })).toHaveAttribute(
          'href',
          `/massnahmen?actionFieldId=${fieldId}&year=2014`,
        );
        // No event of 2014 in this action field: the empty state says what to do.
        await expect(
          page.getByRole('region', { name: 'Veranstaltungen' }).getByText(/Keine anstehende Veranstaltung in 2014/),
        ).toBeVisible();
      }
      await expectNoSeriousA11yViolations(page);
      await snapshot(page, 'start-admin-2014');
    });
    await page.context().close();
  });

  await test.step('the coordinator sees events, funding (without a sign-off queue), outcomes and the Bestandsaufnahme', async () => {
    const page = await startPageAs(browser, clara.email, clara.password);
    for (const name of ['Veranstaltungen', 'Förderung', 'Wirkung', 'Bestandsaufnahme'])
      await expect(panelHeading(page, name)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Belege warten auf Ihre Freigabe' })).toHaveCount(0);
    await expect(
      page
        .getByRole('region', { name: 'Bestandsaufnahme' })
        .getByText(/Gerade ist kein Erhebungsbogen offen|Eingeladenen haben geantwortet/)
        .first(),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.context().close();
  });

  await test.step('finance sees funding with the receipts waiting for their sign-off, and no events or outcomes panel', async () => {
    const page = await startPageAs(browser, fiona.email, fiona.password);
    await expect(panelHeading(page, 'Förderung')).toBeVisible();
    const signOff = page.getByRole('region', { name: 'Belege warten auf Ihre Freigabe' });
    await expect(signOff.getByText(/\d+ Belege? warte/)).toBeVisible();
    await expect(
      signOff.getByRole('row', { name: new RegExp(`S-${stamp}.*2\\.500,00 €.*sachlich richtig`) }),
    ).toBeVisible();
    await expect(signOff.getByRole('link', { name: 'Zur Quelle: Freigaben' })).toHaveAttribute(
      'href',
      '/foerderung/freigaben',
    );
    for (const name of ['Veranstaltungen', 'Wirkung', 'Bestandsaufnahme'])
      await expect(panelHeading(page, name)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await snapshot(page, 'start-finance');
    await page.context().close();
  });
});
