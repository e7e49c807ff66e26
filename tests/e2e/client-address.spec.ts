import type { CreateEvent, CreateRegistration } from '@wir/shared';
import { BASE_URL, apiSession } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';
import { startExtraAdmin } from './extra-admin';
import { expect, test } from './fixtures';
import { ownLoopbackAddress, rawRequest } from './raw-http';

// The e2e API runs with the default PUBLIC_RATE_LIMIT_PER_MINUTE.
const LIMIT = 20;
const year = new Date().getFullYear() + 1;
const stamp = Date.now().toString(36);
const slug = `fachtag-adressen-${stamp}`;

function registration(n: number, tag: string): CreateRegistration {
  return {
    firstName: 'Test',
    lastName: `Adresse ${n}`,
    email: `adresse-${tag}-${n}.${stamp}@example.org`,
    organisationType: 'district_department',
    language: 'de',
    workshopIds: [],
    consent: { dataProcessing: true },
  };
}

/** Registers `count` times from one connection address, each with the X-Forwarded-For `forwardedFor(i)` wrote. */
async function registrations(
  admin: string,
  from: string,
  count: number,
  tag: string,
  forwardedFor: (i: number) => string,
): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 1; i <= count; i++) {
    const res = await rawRequest(`${admin}/api/public/events/${slug}/registrations`, {
      from,
      headers: { 'X-Forwarded-For': forwardedFor(i) },
      json: registration(i, tag),
    });
    expect([201, 429], res.body).toContain(res.status);
    statuses.push(res.status);
  }
  return statuses;
}

const allowed = (count: number) => Array<number>(count).fill(201);
const refused = (count: number) => Array<number>(count).fill(429);

test.beforeAll(async ({ playwright }) => {
  const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await admin.post('/api/events', {
    kind: 'conference',
    slug,
    title: { de: `Fachtag Adressen ${year}` },
    startsAt: `${year}-10-01T09:00:00+02:00`,
    endsAt: `${year}-10-01T16:00:00+02:00`,
    capacity: 500,
    status: 'published',
  } satisfies CreateEvent);
  await admin.dispose();
});

test('one client cannot pose as many: 30 registrations with 30 forged X-Forwarded-For values get 429 after the limit', async () => {
  // A client of its own (not 127.0.0.1 like the other journeys), so its budget is its own.
  const client = ownLoopbackAddress();
  const statuses = await registrations(BASE_URL, client, 30, 'forged', (i) => `203.0.113.${i}`);
  expect(statuses).toEqual([...allowed(LIMIT), ...refused(30 - LIMIT)]);
});

test('ADMIN_TRUST_PROXY as a hop count believes that many hops, no more', async () => {
  test.setTimeout(120_000);
  const frontProxy = ownLoopbackAddress();
  const admin = await startExtraAdmin(4301, { ADMIN_TRUST_PROXY: '1' });
  try {
    // The front proxy appends the address it saw: each is a client of its own.
    const separateClients = await registrations(
      admin.url,
      frontProxy,
      LIMIT + 5,
      'hop-real',
      (i) => `198.51.100.7, 198.51.100.${100 + i}`,
    );
    expect(separateClients).toEqual(allowed(LIMIT + 5));
    // What the client wrote in front of that is not believed: one client, limited.
    const oneClient = await registrations(
      admin.url,
      frontProxy,
      LIMIT + 5,
      'hop-forged',
      (i) => `198.51.100.${100 + i}, 198.51.100.99`,
    );
    expect(oneClient).toEqual([...allowed(LIMIT), ...refused(5)]);
  } finally {
    await admin.stop();
  }
});

test('ADMIN_TRUST_PROXY as addresses believes only those peers; HSTS only for what came over HTTPS', async () => {
  test.setTimeout(120_000);
  const frontProxy = ownLoopbackAddress();
  let stranger = ownLoopbackAddress();
  while (stranger === frontProxy) stranger = ownLoopbackAddress();
  const admin = await startExtraAdmin(4302, { ADMIN_TRUST_PROXY: `${frontProxy}, 10.0.0.0/8` });
  try {
    const viaProxy = await registrations(admin.url, frontProxy, LIMIT + 5, 'subnet-proxy', (i) => `192.0.2.${i}`);
    expect(viaProxy).toEqual(allowed(LIMIT + 5));
    const direct = await registrations(admin.url, stranger, LIMIT + 5, 'subnet-direct', (i) => `192.0.2.${100 + i}`);
    expect(direct).toEqual([...allowed(LIMIT), ...refused(5)]);

    const overHttps = await rawRequest(`${admin.url}/login`, {
      from: frontProxy,
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    expect(overHttps.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(overHttps.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    const claimed = await rawRequest(`${admin.url}/login`, {
      from: stranger,
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
    expect(claimed.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  } finally {
    await admin.stop();
  }
});

test('the admin refuses to start with ADMIN_TRUST_PROXY=true or a malformed value, naming the setting', async () => {
  for (const value of ['true', 'not-an-address']) {
    await expect(startExtraAdmin(4303, { ADMIN_TRUST_PROXY: value })).rejects.toThrow(/ADMIN_TRUST_PROXY/);
  }
});
