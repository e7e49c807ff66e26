import { DataSource } from 'typeorm';
import { ScheduledJobsService } from '#api/jobs/scheduled-jobs.service';
import { FixedWindowLimiter } from '#api/platform/http/fixed-window-limiter';
import { RateLimitCounterEntity } from '#api/platform/http/rate-limit-counter.entity';
import { ADMIN, PASSWORD, startTestApp, TestApp } from './support/test-app';

const WRONG = 'falsch-falsch-falsch';

/** Limits counted in the database: login failures, the password-change check, the public form. */
describe('rate limits counted in the database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_IP: '6',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '2',
      TRUST_PROXY: 'true',
    });
  });
  afterAll(() => t.close());

  const login = (ip: string, email: string, password: string) =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('counts an attempt before the password is verified: of 40 parallel wrong guesses only the limit get an answer to the guess', async () => {
    const user = await t.userWithRoles(['finance']);
    // 40 networks, so only the account limit (3) applies.
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => login(`10.60.${i}.1`, user.email, WRONG)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(37);
    expect(results.find((r) => r.status === 429)!.headers['retry-after']).toMatch(/^\d+$/);
    // Locked even with the right password, from yet another network.
    expect((await login('10.61.0.1', user.email, PASSWORD)).status).toBe(429);
  });

  it('counts IPv6 clients per /64: other addresses of the same /64 share the limit', async () => {
    for (let i = 1; i <= 6; i++)
      expect((await login(`2001:db8:7:8::${i.toString(16)}`, `probe-v6-${i}@example.org`, WRONG)).status).toBe(401);
    const sameNetwork = await login('2001:db8:7:8:ffff:1:2:3', ADMIN.email, ADMIN.password);
    expect(sameNetwork.status).toBe(429);
    expect((await login('2001:db8:7:9::1', ADMIN.email, ADMIN.password)).status).toBe(200);
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address', async () => {
    for (let i = 1; i <= 6; i++)
      expect((await login('::ffff:10.62.0.1', `probe-mapped-${i}@example.org`, WRONG)).status).toBe(401);
    expect((await login('10.62.0.1', ADMIN.email, ADMIN.password)).status).toBe(429);
  });

  it('gives a right password its attempt back, so logins that succeed never lock a network or an account', async () => {
    for (let i = 0; i < 10; i++) expect((await login('10.63.0.1', ADMIN.email, ADMIN.password)).status).toBe(200);
  });

  it('keeps failures counted when the right password follows (a success does not wipe them)', async () => {
    const user = await t.userWithRoles(['checkin']);
    for (let i = 0; i < 2; i++) expect((await login(`10.64.${i}.1`, user.email, WRONG)).status).toBe(401);
    expect((await login('10.64.9.1', user.email, PASSWORD)).status).toBe(200);
    expect((await login('10.64.3.1', user.email, WRONG)).status).toBe(401);
    expect((await login('10.64.4.1', user.email, PASSWORD)).status).toBe(429);
  });

  it('limits the current-password check of POST /api/auth/password like a login, on the same counter', async () => {
    const user = await t.userWithRoles(['coordinator']);
    const change = (currentPassword: string) =>
      user.agent
        .post('/api/auth/password')
        .set('X-CSRF-Token', user.csrf)
        .set('X-Forwarded-For', '10.65.0.1')
        .send({ currentPassword, newPassword: 'Ein-ganz-neues-Kennwort-2015' });
    for (let i = 0; i < 3; i++) {
      const wrong = await change(WRONG);
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([{ path: 'currentPassword', message: 'is wrong' }]);
    }
    const locked = await change(PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login('10.65.1.1', user.email, PASSWORD)).status).toBe(429);
    // The password did not change.
    expect((await user.get('/api/auth/me')).status).toBe(200);
  });

  it('gives the resend-link route its own count per client network (429 with Retry-After)', async () => {
    const resend = (ip: string) =>
      t.http
        .post('/api/public/events/gibt-es-nicht/resend-link')
        .set('X-Forwarded-For', ip)
        .send({ email: 'ayse@example.org' });
    expect((await resend('198.51.100.20')).status).toBe(202);
    expect((await resend('198.51.100.20')).status).toBe(202);
    const blocked = await resend('198.51.100.20');
    expect(blocked.status).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await resend('198.51.100.21')).status).toBe(202);
    // A registration from the blocked network is counted apart (it fails later for the unknown event, not with 429).
    expect(
      (
        await t.http
          .post('/api/public/events/gibt-es-nicht/registrations')
          .set('X-Forwarded-For', '198.51.100.20')
          .send({})
      ).status,
    ).not.toBe(429);
  });

  it('stores no e-mail address or IP in the counters', async () => {
    const rows = await t.app.get(DataSource).getRepository(RateLimitCounterEntity).find();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/@|10\.6|198\.51|2001:db8/);
  });

  it('starts a window anew when it has run out, and the scheduled jobs delete run-out counters', async () => {
    const limiter = t.app.get(FixedWindowLimiter);
    const limit = { max: 2, windowMs: 60_000 };
    const t0 = Date.now();
    expect((await limiter.hit('test', 'fenster', limit, t0)).retryAfterSeconds).toBeNull();
    expect((await limiter.hit('test', 'fenster', limit, t0 + 1000)).retryAfterSeconds).toBeNull();
    expect((await limiter.hit('test', 'fenster', limit, t0 + 2000)).retryAfterSeconds).toBe(58);
    expect((await limiter.hit('test', 'fenster', limit, t0 + 60_000)).retryAfterSeconds).toBeNull();

    const repo = t.app.get(DataSource).getRepository(RateLimitCounterEntity);
    expect(await repo.count()).toBeGreaterThan(1);
    // Every counter of this file runs out within LOGIN_LOCKOUT_MINUTES (15) of now.
    await t.app.get(ScheduledJobsService).runAll(new Date(t0 + 16 * 60_000));
    expect(await repo.count()).toBe(0);
  });
});
