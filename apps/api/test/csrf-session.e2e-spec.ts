import { CSRF_COOKIE, SESSION_COOKIE } from '@wir/shared';
import { ADMIN, cookieValue, startTestApp, TestApp } from './support/test-app';

/** The CSRF token is bound to the session: a header that merely repeats the cookie is not enough (issue 8, item 10). */
describe("CSRF: the token must be the session's own", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const login = async () => {
    const res = await t.http.post('/api/auth/login').send(ADMIN);
    expect(res.status).toBe(200);
    return {
      session: cookieValue(res.headers['set-cookie'], SESSION_COOKIE)!,
      csrf: cookieValue(res.headers['set-cookie'], CSRF_COOKIE)!,
    };
  };
  const write = (session: string, cookieCsrf: string, header: string, name: string) =>
    t.http
      .post('/api/organisations')
      .set('Cookie', `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${cookieCsrf}`)
      .set('X-CSRF-Token', header)
      .send({ name, type: 'association' });

  it("refuses a header equal to the cookie when both are another session's token or made up", async () => {
    const mine = await login();
    const other = await login();
    expect(other.csrf).not.toBe(mine.csrf);

    const borrowed = await write(mine.session, other.csrf, other.csrf, 'Verein geliehen');
    expect(borrowed.status).toBe(403);
    expect(borrowed.body.code).toBe('csrf_failed');
    const madeUp = 'A'.repeat(mine.csrf.length);
    expect((await write(mine.session, madeUp, madeUp, 'Verein erfunden')).status).toBe(403);
    // The session's own token in a cookie that says otherwise is refused too (double submit).
    expect((await write(mine.session, other.csrf, mine.csrf, 'Verein gemischt')).status).toBe(403);

    const own = await write(mine.session, mine.csrf, mine.csrf, 'Verein richtig');
    expect(own.status).toBe(201);
    const names = (await (await t.admin()).get('/api/organisations')).body.items.map((o: { name: string }) => o.name);
    expect(names).toContain('Verein richtig');
    expect(names.filter((n: string) => n.startsWith('Verein ') && n !== 'Verein richtig')).toEqual([]);
  });
});
