import { type ApiProcesses, spawnApisOnNewDatabase } from './support/spawn-api';

const ADMIN = { email: 'admin@example.org', password: 'Zwei-Prozesse-Limits-2014!' };
const MAX_PER_ACCOUNT = 5;

async function post(url: string, body: object, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Two API processes on one PostgreSQL database share one count of every limit. */
describe('rate limits across two API processes on PostgreSQL', () => {
  let two: ApiProcesses;
  let bases: string[] = [];

  beforeAll(async () => {
    two = await spawnApisOnNewDatabase('limits_two', {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      MAIL_WORKER_ENABLED: 'false',
      JOBS_ENABLED: 'false',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: String(MAX_PER_ACCOUNT),
      // All requests come from 127.0.0.1: the per-network limit must not be what stops them.
      LOGIN_MAX_FAILURES_PER_IP: '1000',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '4',
    });
    bases = two.bases;
  }, 60_000);

  afterAll(() => two?.stop());

  it(`answers at most LOGIN_MAX_FAILURES_PER_ACCOUNT (${MAX_PER_ACCOUNT}) of 40 parallel wrong-password logins with 401, the rest 429`, async () => {
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        post(`${bases[i % 2]}/auth/login`, { email: ADMIN.email, password: `falsch-geraten-${i}` }).then(
          (r) => r.status,
        ),
      ),
    );
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_PER_ACCOUNT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - MAX_PER_ACCOUNT);
    // Both processes refuse the account now, even with the right password.
    for (const base of bases) expect((await post(`${base}/auth/login`, ADMIN)).status).toBe(429);
  });

  it('counts the public form and the resend-link route once for both processes', async () => {
    const resend = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(`${bases[i % 2]}/public/events/gibt-es-nicht/resend-link`, { email: 'ayse@example.org' }).then(
          (r) => r.status,
        ),
      ),
    );
    expect(resend.filter((s) => s === 202)).toHaveLength(4);
    expect(resend.filter((s) => s === 429)).toHaveLength(6);
    // The registration count is its own: 4 pass the limit (and fail later: the event does not exist), the rest 429.
    const register = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(`${bases[i % 2]}/public/events/gibt-es-nicht/registrations`, {}).then((r) => r.status),
      ),
    );
    expect(register.filter((s) => s === 429)).toHaveLength(6);
  });
});
