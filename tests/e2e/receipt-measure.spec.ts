import { expect, test } from './fixtures';
import type { CreateUser, GrantDetail, MeasureDetail, MeasureProgress, Receipt, ReceiptPage } from '@wir/shared';
import { apiSession, createUserWithOwnPassword, createWirGrant2014, logIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const carla = {
  email: `carla.kasse.${stamp}@example.org`,
  displayName: 'Carla Kasse',
  password: 'Belege-auf-Massnahmen-2014',
};

test('a finance user books an expense on a measure of the grant and corrects it to another', async ({
  page,
  playwright,
}) => {
  let grant = {} as GrantDetail;
  let rescue = {} as MeasureDetail;
  let survey = {} as MeasureDetail;
  let foreign = {} as MeasureDetail;

  await test.step('through the API: a finance user, two grants, measures on both', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await createUserWithOwnPassword(playwright, admin, { ...carla, roles: ['finance'] } satisfies CreateUser);
    const programme = (await admin.post('/api/funding-programmes', {
      name: `WIR ${stamp}`,
      funder: 'Land Hessen',
      year: 2014,
      volumeCents: 308_000_000,
    })) as { id: number };
    const newGrant = async (title: string) => {
      const g = await createWirGrant2014(admin, programme.id, title, `WIR-${title}`);
      await admin.post(`/api/grants/${g.id}/budget-lines`, {
        code: '2',
        name: 'Innovative Projekte',
        plannedCents: 1_000_000,
      });
      return (await admin.get(`/api/grants/${g.id}`)) as GrantDetail;
    };
    grant = await newGrant(`Belege auf Maßnahmen ${stamp}`);
    const other = await newGrant(`Andere Zuwendung ${stamp}`);
    const field = (await admin.post('/api/action-fields', { name: `Interkulturelle Öffnung ${stamp}` })) as {
      id: number;
    };
    const measure = (code: string, title: string, grantId: number) =>
      admin.post('/api/measures', {
        code,
        title,
        periodStart: '2014-01-01',
        periodEnd: '2014-12-31',
        actionFieldIds: [field.id],
        grantId,
      }) as Promise<MeasureDetail>;
    rescue = await measure(`IÖ-${stamp}`, 'Schulung Rettungsdienst', grant.id);
    survey = await measure(`WA-${stamp}`, 'Bestandsaufnahme', grant.id);
    foreign = await measure(`X-${stamp}`, 'Fremde Maßnahme', other.id);
    await admin.dispose();
  });

  const entry = page.getByRole('form', { name: 'Beleg erfassen' });
  const measureSelect = entry.getByLabel('Maßnahme');

  await test.step('the entry offers the measures of this grant only, and none for income', async () => {
    await page.goto(`/foerderung/${grant.id}`);
    await logIn(page, carla.email, carla.password);
    await expect(page.getByRole('heading', { level: 1, name: grant.title })).toBeVisible();
    await expect(measureSelect.locator('option')).toHaveText([
      '– keine –',
      `${rescue.code} Schulung Rettungsdienst`,
      `${survey.code} Bestandsaufnahme`,
    ]);
    await expect(measureSelect.locator('option', { hasText: foreign.code })).toHaveCount(0);
    await entry.getByLabel('Art').selectOption('income');
    await expect(measureSelect).toHaveCount(0);
    await entry.getByLabel('Art').selectOption('expense');
  });

  const number = `M-${stamp}`;
  await test.step('she books the workshop invoice on the rescue service training; its measure spends it', async () => {
    await entry.getByLabel('Beleg-Nr.').fill(number);
    await entry.getByLabel('Belegdatum').fill('22.05.2014');
    await entry.getByLabel('Empfänger').fill('Interkulturelles Trainingsbüro Rhein-Main');
    await entry.getByLabel('Zweck').fill('Workshop Rettungsdienstschule, 22.05.2014');
    await entry.getByLabel('Betrag').fill('1.200,00');
    await entry.getByLabel('Einzelansatz').selectOption({ label: '2 Innovative Projekte' });
    await measureSelect.selectOption({ label: `${rescue.code} Schulung Rettungsdienst` });
    await page.keyboard.press('Enter');
    await expect(entry.getByRole('status')).toHaveText(`Beleg ${number} über 1.200,00 € vom 22.05.2014 ist gebucht.`);
    await expect(measureSelect).toHaveValue('');
  });

  const finance = await apiSession(playwright, carla.email, carla.password);
  const booked = async () =>
    ((await finance.get(`/api/grants/${grant.id}/receipts?q=${number}`)) as ReceiptPage).items[0] as Receipt;
  const spent = async (measureId: number) =>
    ((await finance.get(`/api/measures/${measureId}/progress?asOf=2014-12-31`)) as MeasureProgress).input.spentCents;

  await test.step('the receipt names the measure, and the measure counts it as spent', async () => {
    expect((await booked()).measureId).toBe(rescue.id);
    expect(await spent(rescue.id)).toBe(120_000);
  });

  await test.step('she corrects the receipt to the survey: the spend moves with it', async () => {
    const row = page.getByRole('row', { name: new RegExp(number) });
    await row.getByRole('button', { name: `Bearbeiten: Beleg ${number}` }).click();
    const edit = page.getByRole('form', { name: `Beleg ${number} bearbeiten` });
    await expect(edit.getByLabel('Maßnahme')).toHaveValue(String(rescue.id));
    await edit.getByLabel('Maßnahme').selectOption({ label: `${survey.code} Bestandsaufnahme` });
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(async () => (await booked()).measureId).toBe(survey.id);
    expect(await spent(rescue.id)).toBe(0);
    expect(await spent(survey.id)).toBe(120_000);
  });
  await finance.dispose();
});
