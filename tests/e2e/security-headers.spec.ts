import type { Page, Response } from '@playwright/test';
import type { CreateEvent, CreateRegistration } from '@wir/shared';
import { BASE_URL, apiSession, logIn, mailsTo, manageLinkIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';
import { expect, test } from './fixtures';
import { ownLoopbackAddress, rawRequest } from './raw-http';

const year = new Date().getFullYear() + 1;
const stamp = Date.now().toString(36);
const slug = `fachtag-kopfzeilen-${stamp}`;
const participant = { firstName: 'Aylin', lastName: 'Kaya', email: `aylin.kaya.${stamp}@example.org` };

const NO_CAMERA = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';
const CAMERA_HERE = 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

/** The headers every page sends; returns the CSP nonce. */
function expectPageHeaders(
  headers: Record<string, string>,
  expected: { referrer: string; permissions: string },
): string {
  const csp = directives(headers['content-security-policy'] ?? '');
  const scripts = csp.get('script-src') ?? [];
  const nonce = scripts.find((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s));
  expect(nonce, `script-src ${scripts.join(' ')}`).toBeDefined();
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.has('upgrade-insecure-requests')).toBe(false);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe(expected.referrer);
  expect(headers['permissions-policy']).toBe(expected.permissions);
  // Plain HTTP here: no HSTS.
  expect(headers['strict-transport-security']).toBeUndefined();
  return nonce!.slice("'nonce-".length, -1);
}

async function headersOf(response: Response | null): Promise<Record<string, string>> {
  expect(response?.status()).toBe(200);
  return response!.allHeaders();
}

/** Next's scripts in the page carry the nonce of the response's CSP. */
async function expectScriptsWithNonce(page: Page, nonce: string) {
  const nonces = await page.evaluate(() => Array.from(document.scripts, (script) => script.nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(nonces.filter((n) => n === nonce).length).toBeGreaterThan(0);
  expect(nonces.filter((n) => n !== '' && n !== nonce)).toEqual([]);
}

function cameraAllowed(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    (document as unknown as { featurePolicy: { allowsFeature(feature: string): boolean } }).featurePolicy.allowsFeature(
      'camera',
    ),
  );
}

test('security headers on the login page, the dashboard, the check-in, the public form and a manage page', async ({
  page,
  browser,
  playwright,
}) => {
  let manageLink = '';
  await test.step('through the API: a published event, and a registration (from an address of its own) with its manage link', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await admin.post('/api/events', {
      kind: 'conference',
      slug,
      title: { de: `Fachtag Kopfzeilen ${year}` },
      startsAt: `${year}-11-05T09:00:00+01:00`,
      endsAt: `${year}-11-05T16:00:00+01:00`,
      capacity: 20,
      status: 'published',
    } satisfies CreateEvent);
    await admin.dispose();
    const res = await rawRequest(`${BASE_URL}/api/public/events/${slug}/registrations`, {
      from: ownLoopbackAddress(),
      json: {
        ...participant,
        organisationType: 'district_department',
        language: 'de',
        workshopIds: [],
        consent: { dataProcessing: true },
      } satisfies CreateRegistration,
    });
    expect(res.status, res.body).toBe(201);
    manageLink = manageLinkIn((await mailsTo(participant.email, 1))[0]);
  });

  await test.step("the login page; each response has a nonce of its own, and Next's scripts carry it", async () => {
    const nonce = expectPageHeaders(await headersOf(await page.goto('/login')), {
      referrer: 'strict-origin-when-cross-origin',
      permissions: NO_CAMERA,
    });
    await expectScriptsWithNonce(page, nonce);
    const again = expectPageHeaders(await headersOf(await page.goto('/login')), {
      referrer: 'strict-origin-when-cross-origin',
      permissions: NO_CAMERA,
    });
    expect(again).not.toBe(nonce);
  });

  await test.step('the dashboard', async () => {
    await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    const headers = await headersOf(await page.goto('/'));
    const nonce = expectPageHeaders(headers, { referrer: 'strict-origin-when-cross-origin', permissions: NO_CAMERA });
    // The HTML carries the session record and the page's first data: no shared cache may keep it.
    expect(headers['cache-control']).toContain('private');
    expect(headers['cache-control']).toContain('no-store');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expectScriptsWithNonce(page, nonce);
  });

  await test.step('the check-in page alone may use the camera', async () => {
    expectPageHeaders(await headersOf(await page.goto('/einlass')), {
      referrer: 'strict-origin-when-cross-origin',
      permissions: CAMERA_HERE,
    });
    expect(await cameraAllowed(page)).toBe(true);
  });

  const visitor = await (await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })).newPage();

  await test.step('the public form (not to be framed either)', async () => {
    const nonce = expectPageHeaders(await headersOf(await visitor.goto(`/anmeldung/${slug}`)), {
      referrer: 'strict-origin-when-cross-origin',
      permissions: NO_CAMERA,
    });
    await expect(visitor.getByRole('button', { name: 'Verbindlich anmelden' })).toBeVisible();
    await expectScriptsWithNonce(visitor, nonce);
    expect(await cameraAllowed(visitor)).toBe(false);
  });

  await test.step('the manage page, whose URL holds the token: no Referer leaves it', async () => {
    const nonce = expectPageHeaders(await headersOf(await visitor.goto(manageLink)), {
      referrer: 'no-referrer',
      permissions: NO_CAMERA,
    });
    await expect(visitor.getByText(`${participant.firstName} ${participant.lastName}`).first()).toBeVisible();
    await expectScriptsWithNonce(visitor, nonce);
  });

  await test.step('a client that claims HTTPS itself gets no HSTS (the admin did not see HTTPS)', async () => {
    const claimed = await rawRequest(`${BASE_URL}/login`, {
      from: ownLoopbackAddress(),
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    expect(claimed.status).toBe(200);
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
  });
});

test("the CSP stops script in injected markup, and the journeys' watch reports it", async ({ page, cspViolations }) => {
  await page.goto('/login');
  // What an HTML injection would bring: an inline event handler (no nonce can cover it).
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onerror="window.__wirInjected = true">'),
  );
  await expect.poll(() => cspViolations.join('\n')).toMatch(/script-src/);
  expect(await page.evaluate(() => (window as unknown as { __wirInjected?: boolean }).__wirInjected)).toBeUndefined();
  // Provoked on purpose: not a failure of this test.
  cspViolations.length = 0;
});

test('moving within the admin into and out of the check-in loads the page anew, so the camera is allowed there only', async ({
  page,
}) => {
  await page.goto('/');
  await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect(await cameraAllowed(page)).toBe(false);

  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('link', { name: 'Einlass' }).click();
  await expect(page).toHaveURL(/\/einlass$/);
  await expect(page.getByLabel('Veranstaltung am Eingang')).toBeVisible();
  expect(await cameraAllowed(page)).toBe(true);

  await nav.getByRole('link', { name: 'Veranstaltungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungen' })).toBeVisible();
  expect(await cameraAllowed(page)).toBe(false);
});
