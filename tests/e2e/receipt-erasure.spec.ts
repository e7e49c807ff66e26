import { expect, test } from './fixtures';
import type { CreateBudgetLine, CreateFundingProgramme } from '@wir/shared';
import { apiSession, createWirGrant2014, expectNoSeriousA11yViolations, logIn } from './e2e-helpers';
import { createStaff, journeyUser } from './e2e-staff';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const grantTitle = `WIR-Koordinationsstelle 2014, abgerechnet (${stamp})`;
const clara = journeyUser(stamp, 'clara.nachweis', 'Clara Nachweis', 'Nachweis-Eingereicht-2015');
const dirk = journeyUser(stamp, 'dirk.vieraugen', 'Dirk Vieraugen', 'Vier-Augen-Loeschung-2020');

/** Issue 8, item 3: the grant page announces the erasure of the receipts' personal data; a second person confirms it. */
test('the grant page shows what will be erased and when, and only a second person can confirm it', async ({
  page,
  browser,
  playwright,
}) => {
  let grantId = 0;

  await test.step('through the API: a grant of 2014 with one receipt; Clara records the proof of use as submitted on 31.03.2015', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await createStaff(playwright, admin, ['finance'], clara, dirk);
    await admin.dispose();
    const finance = await apiSession(playwright, clara.email, clara.password);
    const programme = (await finance.post('/api/funding-programmes', {
      name: `WIR ${stamp}`,
      funder: 'Hessisches Ministerium für Soziales und Integration',
      year: 2014,
      volumeCents: 308_000_000,
    } satisfies CreateFundingProgramme)) as { id: number };
    const grant = await createWirGrant2014(finance, programme.id, grantTitle, `WIR-2014-ER-${stamp}`);
    grantId = grant.id;
    const line = (await finance.post(`/api/grants/${grantId}/budget-lines`, {
      code: '1',
      name: 'Honorare',
      plannedCents: 100_000,
    } satisfies CreateBudgetLine)) as { id: number };
    await finance.post(`/api/grants/${grantId}/receipts`, {
      receiptNumber: `H-${stamp}`,
      date: '2014-06-02',
      kind: 'expense',
      payee: 'Dolmetscherin Selin Arslan',
      purpose: 'Dolmetschen Elternabend',
      amountCents: 18_000,
      budgetLineId: line.id,
    });
    await finance.patch(`/api/grants/${grantId}`, { proofSubmittedOn: '2015-03-31' });
    await finance.dispose();
  });

  const notice = page.getByRole('region', { name: 'Löschung der Belegdaten (Nr. 6.5 ANBest-P)' });

  await test.step('Clara sees what will be erased and when, but no button: she recorded the date', async () => {
    await page.goto(`/foerderung/${grantId}`);
    await logIn(page, clara.email, clara.password);
    await expect(page.getByRole('heading', { level: 1, name: grantTitle })).toBeVisible();
    await expect(notice).toContainText(
      'Ab dem 31.03.2020 werden gelöscht: Empfänger und Verwendungszweck eines Belegs und keine Scans',
    );
    await expect(notice).toContainText('Ohne Bestätigung durch eine zweite Person geschieht das am 30.04.2020.');
    await expect(notice).toContainText(`Einreichungsdatum erfasst von ${clara.displayName}`);
    await expect(notice).toContainText('die Löschung muss eine andere Person bestätigen');
    await expect(notice.getByRole('button', { name: 'Löschung bestätigen' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('Dirk, the second person, confirms it; the page says by whom', async () => {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const second = await context.newPage();
    await second.goto(`/foerderung/${grantId}`);
    await logIn(second, dirk.email, dirk.password);
    const his = second.getByRole('region', { name: 'Löschung der Belegdaten (Nr. 6.5 ANBest-P)' });
    await his.getByRole('button', { name: 'Löschung bestätigen' }).click();
    await expect(his.getByRole('status')).toHaveText('Die Löschung ist bestätigt.');
    await expect(his).toContainText(`Bestätigt von ${dirk.displayName} am`);
    await expect(his.getByRole('button', { name: 'Löschung bestätigen' })).toHaveCount(0);
    await context.close();
  });

  await test.step('Clara sees the confirmation after a reload', async () => {
    await page.reload();
    await expect(notice).toContainText(`Bestätigt von ${dirk.displayName} am`);
  });
});
