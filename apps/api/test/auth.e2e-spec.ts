import { DataSource } from 'typeorm';
import { CSRF_COOKIE, SESSION_COOKIE } from '@wir/shared';
import { SessionEntity } from '#api/platform/auth/session.entity';
import { ADMIN, cookieValue, PASSWORD, startTestApp, TestApp } from './support/test-app';

describe('auth: login, sessions, CSRF, throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_IP: '6',
      TRUST_PROXY: 'true',
    });
  });
  afterAll(() => t.close());

  it('logs in with a HttpOnly SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: ADMIN.email.toUpperCase(), password: ADMIN.password });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: ADMIN.email, roles: ['admin'], active: true });
    expect(res.body.user.passwordHash).toBeUndefined();
    const cookies = res.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    const csrf = cookies.find((c) => c.startsWith(`${CSRF_COOKIE}=`))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i);
    expect(csrf).not.toMatch(/HttpOnly/i);
  });

  it('marks cookies Secure when served over HTTPS behind a trusted proxy', async () => {
    const res = await t.http.post('/api/auth/login').set('X-Forwarded-Proto', 'https').send(ADMIN);
    const cookies = res.headers['set-cookie'] as unknown as string[];
    expect(cookies.every((c) => /;\s*Secure/i.test(c))).toBe(true);
  });

  it('stores only a hash of the session token', async () => {
    const res = await t.http.post('/api/auth/login').send(ADMIN);
    const token = cookieValue(res.headers['set-cookie'], SESSION_COOKIE)!;
    const rows = await t.app.get(DataSource).getRepository(SessionEntity).find();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });

  it('answers wrong password and unknown e-mail with the same 401', async () => {
    const wrong = await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.0.0.1')
      .send({ email: ADMIN.email, password: 'nope-nope-nope' });
    const unknown = await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.0.0.1')
      .send({ email: 'ghost@example.org', password: 'nope-nope-nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.body.title).toBe(unknown.body.title);
  });

  it('returns the user from /me and 401 without a session', async () => {
    const admin = await t.admin();
    expect((await admin.get('/api/auth/me')).body.user.email).toBe(ADMIN.email);
    const anon = await t.http.get('/api/auth/me');
    expect(anon.status).toBe(401);
    expect(anon.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses a cookie-authenticated write without or with a wrong CSRF token', async () => {
    const admin = await t.admin();
    const body = { name: 'Testverein', type: 'association' };
    expect((await admin.agent.post('/api/organisations').send(body)).status).toBe(403);
    expect((await admin.agent.post('/api/organisations').set('X-CSRF-Token', 'x'.repeat(43)).send(body)).status).toBe(
      403,
    );
    expect((await admin.post('/api/organisations', body)).status).toBe(201);
  });

  it('revokes the session on logout', async () => {
    const client = await t.login(ADMIN.email, ADMIN.password);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('ends sessions that were idle too long or passed their absolute lifetime', async () => {
    const repo = t.app.get(DataSource).getRepository(SessionEntity);
    const idle = await t.login(ADMIN.email, ADMIN.password);
    const newest = (await repo.find({ order: { id: 'DESC' }, take: 1 }))[0];
    await repo.update({ id: newest.id }, { lastSeenAt: new Date(Date.now() - t.config.session.idleMs - 1000) });
    expect((await idle.get('/api/auth/me')).status).toBe(401);

    const old = await t.login(ADMIN.email, ADMIN.password);
    const latest = (await repo.find({ order: { id: 'DESC' }, take: 1 }))[0];
    await repo.update({ id: latest.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await old.get('/api/auth/me')).status).toBe(401);
  });

  it('revokes all sessions of a user on password change and on deactivation', async () => {
    const user = await t.userWithRoles(['coordinator']);
    const second = await t.login(user.email, PASSWORD);
    const change = await user.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'Ein-neues-Kennwort-2015',
    });
    expect(change.status).toBe(204);
    expect((await user.get('/api/auth/me')).status).toBe(401);
    expect((await second.get('/api/auth/me')).status).toBe(401);

    const again = await t.login(user.email, 'Ein-neues-Kennwort-2015');
    expect((await again.get('/api/auth/me')).status).toBe(200);
    expect((await (await t.admin()).patch(`/api/users/${user.id}`, { active: false })).status).toBe(200);
    expect((await again.get('/api/auth/me')).status).toBe(401);
    const refused = await t.http
      .post('/api/auth/login')
      .send({ email: user.email, password: 'Ein-neues-Kennwort-2015' });
    expect(refused.status).toBe(401);
  });

  it('refuses a wrong current password on change', async () => {
    const user = await t.userWithRoles(['finance']);
    const res = await user.post('/api/auth/password', {
      currentPassword: 'wrong-wrong-wrong',
      newPassword: 'Ein-neues-Kennwort-2015',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'currentPassword', message: 'is wrong' }]);
  });

  it('locks an account after repeated failures (429 with Retry-After), even with the right password', async () => {
    const user = await t.userWithRoles(['checkin']);
    for (let i = 0; i < 3; i++) {
      const res = await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', `10.1.0.${i}`)
        .send({ email: user.email, password: 'falsch-falsch-falsch' });
      expect(res.status).toBe(401);
    }
    const locked = await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.1.0.9')
      .send({ email: user.email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('locks a client IP that tries many accounts', async () => {
    for (let i = 0; i < 6; i++) {
      await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '10.2.0.1')
        .send({ email: `probe${i}@example.org`, password: 'falsch-falsch-falsch' });
    }
    const res = await t.http.post('/api/auth/login').set('X-Forwarded-For', '10.2.0.1').send(ADMIN);
    expect(res.status).toBe(429);
    const otherIp = await t.http.post('/api/auth/login').set('X-Forwarded-For', '10.2.0.2').send(ADMIN);
    expect(otherIp.status).toBe(200);
  });
});
