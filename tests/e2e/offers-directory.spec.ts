import { expect, test } from './fixtures';
import { apiSession, expectNoSeriousA11yViolations } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const named = (name: string) => `${name} ${stamp}`;

test('a resident finds an offer on /angebote in Arabic: right to left, filtered by municipality, a German-only offer marked as such', async ({
  page,
  playwright,
}) => {
  const langen = named('Langen (Hessen)');
  const rodgau = named('Rodgau');
  const cafe = { de: `Sprachcafé Langen ${stamp}`, ar: `مقهى اللغة في لانغن ${stamp}` };
  const homework = `Hausaufgabenhilfe ${stamp}`;
  const elsewhere = `Elterncafé Rodgau ${stamp}`;

  await test.step('staff publish three offers through the API (two in Langen, one in Rodgau; one untranslated; one unreviewed stays hidden)', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const langenId = ((await admin.post('/api/municipalities', { name: langen })) as { id: number }).id;
    const rodgauId = ((await admin.post('/api/municipalities', { name: rodgau })) as { id: number }).id;
    const publish = async (body: object) => {
      const offer = (await admin.post('/api/offers', body)) as { id: number };
      await admin.patch(`/api/offers/${offer.id}`, { reviewStatus: 'reviewed' });
      await admin.post(`/api/offers/${offer.id}/publish`);
    };
    await publish({
      title: cafe,
      description: { de: 'Jeden Donnerstag Deutsch sprechen.', ar: 'تحدث الألمانية كل يوم خميس.' },
      municipalityId: langenId,
      targetGroups: ['all', 'newcomers'],
      languages: ['de', 'ar'],
      contactName: 'Sabine Hofmann',
      contactEmail: 's.hofmann@langen.example',
      contactPublic: true,
    });
    await publish({
      title: { de: homework },
      municipalityId: langenId,
      targetGroups: ['children'],
      contactName: 'Nicht öffentlich',
      contactEmail: 'privat@example.org',
      contactPublic: false,
    });
    await publish({ title: { de: elsewhere }, municipalityId: rodgauId });
    await admin.post('/api/offers', { title: { de: `Noch ungeprüft ${stamp}` }, municipalityId: langenId });
    await admin.dispose();
  });

  await test.step('the directory opens in Arabic without a login: html lang="ar" dir="rtl", Arabic labels, no serious axe finding', async () => {
    await page.goto('/angebote?lang=ar');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: 'العروض في مقاطعة أوفنباخ' })).toBeVisible();
    // Issue 12: the directory is HTML and a stylesheet, without any script (JSON data would not run).
    const scripts = await page.evaluate(() =>
      Array.from(document.scripts, (s) => s.src || s.type || 'inline').filter((s) => s !== 'application/json'),
    );
    expect(scripts).toEqual([]);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('filtering by municipality (a plain GET form) shows Langen’s offers only, the café in Arabic with its contact', async () => {
    await page.getByLabel('البلدية').selectOption({ label: langen });
    await page.getByRole('button', { name: 'عرض' }).click();
    await expect(page).toHaveURL(/municipalityId=\d+/);
    await expect(page).toHaveURL(/lang=ar/);
    const card = page.getByRole('article', { name: cafe.ar });
    await expect(card).toBeVisible();
    await expect(card.getByText('تحدث الألمانية كل يوم خميس.')).toBeVisible();
    await expect(card.getByRole('link', { name: 's.hofmann@langen.example' })).toBeVisible();
    await expect(card.getByText('متوفر باللغة الألمانية فقط.')).toHaveCount(0);
    await expect(page.getByRole('article', { name: elsewhere })).toHaveCount(0);
    await expect(page.getByText(`Noch ungeprüft ${stamp}`)).toHaveCount(0);
  });

  await test.step('the untranslated offer shows its German title with the note, and no contact (not agreed)', async () => {
    const card = page.getByRole('article', { name: homework });
    await expect(card).toBeVisible();
    await expect(card.getByRole('heading', { name: homework })).toHaveAttribute('lang', 'de');
    await expect(card.getByText('متوفر باللغة الألمانية فقط.')).toBeVisible();
    await expect(card.getByText('privat@example.org')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('a search finds the café; the language switch keeps the page and shows it in German', async () => {
    await page.getByLabel('كلمة البحث').fill('Sprachcafé');
    await page.getByRole('button', { name: 'عرض' }).click();
    await expect(page.getByRole('article')).toHaveCount(1);
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.getByLabel('Suchbegriff').fill(String(stamp));
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await expect(page.getByRole('article', { name: cafe.de })).toBeVisible();
  });
});
