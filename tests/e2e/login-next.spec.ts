import { BASE_URL, logIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';
import { expect, test } from './fixtures';

// Written into the address bar as they are (the query is not encoded again).
const ELSEWHERE = [
  '/%09/evil.example',
  '//evil.example',
  'https://evil.example',
  '/\\evil.example',
  '/.//evil.example',
];

test.beforeEach(async ({ context }) => {
  // Should the admin ever send the browser there, the test sees it arrive instead of a DNS error.
  await context.route(
    (url) => url.hostname === 'evil.example',
    (route) => route.fulfill({ contentType: 'text/html', body: '<h1>evil</h1>' }),
  );
});

for (const next of ELSEWHERE) {
  test(`/login?next=${next} stays on the admin after login`, async ({ page }) => {
    await page.goto(`/login?next=${next}`);
    await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    expect(page.url()).toBe(`${BASE_URL}/`);
  });
}

test('/login?next= with a path of the admin leads there after login', async ({ page }) => {
  await page.goto(`/login?next=${encodeURIComponent('/veranstaltungen?status=published')}`);
  await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungen' })).toBeVisible();
  expect(page.url()).toBe(`${BASE_URL}/veranstaltungen?status=published`);
});

test('the login form never sends the password in the address, not even before the page is ready', async ({
  page,
  request,
}) => {
  // The server's HTML alone: a POST form whose button stays disabled until React has taken over.
  const html = await (await request.get('/login')).text();
  expect(html).toMatch(/<form[^>]*method="post"/);
  expect(html).toMatch(/<button[^>]*type="submit"[^>]*disabled=""[^>]*>Anmelden<\/button>/);

  const addresses: string[] = [];
  page.on('request', (r) => addresses.push(r.url()));
  await page.goto('/login');
  await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect(
    addresses.filter((url) => url.includes(encodeURIComponent(E2E_ADMIN_PASSWORD)) || url.includes('password=')),
  ).toEqual([]);
});
