import { CSRF_COOKIE, SESSION_COOKIE } from '@wir/shared';
import { loadConfig } from '#api/platform/config/app-config';
import { ADMIN, startTestApp, TestApp } from './support/test-app';

function cookieLine(setCookie: string[] | string | undefined, name: string): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const line = list.find((c) => c.startsWith(`${name}=`));
  if (!line) throw new Error(`no ${name} cookie in ${JSON.stringify(list)}`);
  return line;
}

const isSecure = (line: string) => /;\s*secure(;|$)/i.test(line);

async function loginCookies(t: TestApp, headers: Record<string, string> = {}) {
  const res = await t.http.post('/api/auth/login').set(headers).send(ADMIN);
  expect(res.status).toBe(200);
  return {
    session: cookieLine(res.headers['set-cookie'], SESSION_COOKIE),
    csrf: cookieLine(res.headers['set-cookie'], CSRF_COOKIE),
  };
}

describe('COOKIE_SECURE: the Secure flag of the session and CSRF cookies', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('is off by default for an http PUBLIC_BASE_URL and plain HTTP', async () => {
    t = await startTestApp({ PUBLIC_BASE_URL: 'http://localhost:4200' });
    const { session, csrf } = await loginCookies(t);
    expect(isSecure(session)).toBe(false);
    expect(isSecure(csrf)).toBe(false);
  });

  it('is on by default when PUBLIC_BASE_URL is https, even behind a proxy that speaks plain HTTP to the API', async () => {
    t = await startTestApp({ PUBLIC_BASE_URL: 'https://wir.kreis-offenbach.example' });
    const { session, csrf } = await loginCookies(t);
    expect(isSecure(session)).toBe(true);
    expect(isSecure(csrf)).toBe(true);
    // Logging out clears the cookies with the same attributes, so the browser drops them.
    const agent = t.http;
    const logout = await agent
      .post('/api/auth/logout')
      .set('Cookie', [session.split(';')[0], csrf.split(';')[0]])
      .set('X-CSRF-Token', csrf.split(';')[0].slice(CSRF_COOKIE.length + 1));
    expect(logout.status).toBe(204);
    expect(isSecure(cookieLine(logout.headers['set-cookie'], SESSION_COOKIE))).toBe(true);
  });

  it('follows COOKIE_SECURE=true whatever the base URL', async () => {
    t = await startTestApp({ PUBLIC_BASE_URL: 'http://localhost:4200', COOKIE_SECURE: 'true' });
    expect(isSecure((await loginCookies(t)).session)).toBe(true);
  });

  it('with COOKIE_SECURE=false still marks cookies Secure when a trusted proxy says the request came over HTTPS', async () => {
    t = await startTestApp({
      PUBLIC_BASE_URL: 'https://wir.kreis-offenbach.example',
      COOKIE_SECURE: 'false',
      TRUST_PROXY: 'loopback',
    });
    expect(isSecure((await loginCookies(t)).session)).toBe(false);
    expect(isSecure((await loginCookies(t, { 'X-Forwarded-Proto': 'https' })).session)).toBe(true);
  });

  it('refuses a COOKIE_SECURE that is not a yes/no, naming it', () => {
    expect(() => loadConfig({ COOKIE_SECURE: 'sometimes' })).toThrow(/COOKIE_SECURE/);
  });
});

describe('OPENAPI_DOCS: who reads /api/docs and /api/docs-json', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('in production (the default) only logged-in staff of any role: 401 problem+json for anyone else', async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
    for (const path of ['/api/docs-json', '/api/docs/', '/api/docs-yaml']) {
      const anonymous = await t.http.get(path);
      expect({ path, status: anonymous.status }).toEqual({ path, status: 401 });
      expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const forged = await t.http.get('/api/docs-json').set('Cookie', `${SESSION_COOKIE}=not-a-session`);
    expect(forged.status).toBe(401);

    const doorHelper = await t.userWithRoles(['checkin']);
    const doc = await doorHelper.get('/api/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.paths['/api/auth/login']).toBeDefined();
    expect((await doorHelper.get('/api/docs/')).text).toContain('swagger');
  });

  it('in development and test anyone', async () => {
    t = await startTestApp({ NODE_ENV: 'development' });
    expect((await t.http.get('/api/docs-json')).status).toBe(200);
    expect((await t.http.get('/api/docs/')).status).toBe(200);
    expect(loadConfig({ NODE_ENV: 'test' }).openApiDocs).toBe('public');
  });

  it('OPENAPI_DOCS=public opens them in production too', async () => {
    t = await startTestApp({ NODE_ENV: 'production', OPENAPI_DOCS: 'public' });
    expect((await t.http.get('/api/docs-json')).status).toBe(200);
  });

  it('OPENAPI_DOCS=off serves them to nobody: 404, also for an admin', async () => {
    t = await startTestApp({ NODE_ENV: 'development', OPENAPI_DOCS: 'off' });
    const admin = await t.admin();
    for (const path of ['/api/docs-json', '/api/docs/', '/api/docs-yaml']) {
      expect({ path, status: (await admin.get(path)).status }).toEqual({ path, status: 404 });
    }
  });

  it('refuses an unknown OPENAPI_DOCS, naming it', () => {
    expect(() => loadConfig({ OPENAPI_DOCS: 'everyone' })).toThrow(/OPENAPI_DOCS/);
  });
});
