import { DataSource } from 'typeorm';
import { UserEntity } from '#api/modules/users/user.entity';
import { GENERATED_ADMIN_EMAIL, InitialAdminService } from '#api/modules/users/initial-admin.service';
import { DemoDataService } from '#api/seed/demo-data.service';
import { startTestApp, TestApp } from './support/test-app';

describe('platform: errors, health, OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers a body that is not JSON with a 400 problem, not a 500', async () => {
    const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 400,
      title: expect.any(String),
      type: expect.stringMatching(/^urn:wir:problem:/),
    });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js:\d+/);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.http.get('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('answers unknown query parameters with 400 naming them', async () => {
    const res = await (await t.admin()).get('/api/audit-log?colour=red');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'colour', message: 'unknown field' }]);
  });

  it('answers a too large body with 413, not 500', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: 'a@b.de', password: 'x'.repeat(2_000_000) });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('reports liveness and readiness', async () => {
    expect((await t.http.get('/api/health')).body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.database).toBe(process.env.TEST_DB_KIND);
  });

  it('goes 503 on /ready when the database is gone', async () => {
    const other = await startTestApp();
    await other.app.get(DataSource).destroy();
    const res = await other.http.get('/api/health/ready');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    await other.app.get(DataSource).initialize();
    await other.close();
  });

  it('tags every response with a request id, echoing a sane incoming one', async () => {
    const own = await t.http.get('/api/health').set('X-Request-Id', 'abc-123');
    expect(own.headers['x-request-id']).toBe('abc-123');
    const generated = await t.http.get('/api/health').set('X-Request-Id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document generated from the shared zod schemas, and the UI (to staff: OPENAPI_DOCS in production)', async () => {
    const staff = await t.admin();
    const doc = await staff.get('/api/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.paths['/api/users'].post).toBeDefined();
    expect(doc.body.paths['/api/organisations'].get).toBeDefined();
    const schemas = JSON.stringify(doc.body.components.schemas);
    expect(schemas).toContain('municipal_integration_office');
    expect(schemas).toContain('coordinator');
    const ui = await staff.get('/api/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('names only the admin origin in CORS answers', async () => {
    const ok = await t.http
      .options('/api/auth/login')
      .set('Origin', 'http://localhost:4200')
      .set('Access-Control-Request-Method', 'POST');
    expect(ok.headers['access-control-allow-origin']).toBe('http://localhost:4200');
    const evil = await t.http
      .options('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    // The header names only the admin origin, so a browser on any other origin refuses the response.
    expect(evil.headers['access-control-allow-origin']).toBe('http://localhost:4200');
    expect(evil.headers['access-control-allow-credentials']).toBe('true');
  });
});

describe('platform: first start', () => {
  it('generates an admin on an empty database, prints the password once, and never again', async () => {
    const writes: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    let t: TestApp | undefined;
    try {
      t = await startTestApp({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '' });
      const printed = writes.join('');
      const password = /Password: (\S+)/.exec(printed)?.[1];
      expect(password).toBeDefined();
      expect(printed).toContain(GENERATED_ADMIN_EMAIL);
      const generated = await t.login(GENERATED_ADMIN_EMAIL, password!);
      // A generated password must be changed at the first login.
      expect((await generated.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
      expect((await generated.get('/api/users')).body.code).toBe('password_change_required');
      const users = await t.app.get(DataSource).getRepository(UserEntity).find();
      expect(users).toHaveLength(1);
      expect(users[0].passwordHash).not.toContain(password!);
      writes.length = 0;
      await t.app.get(InitialAdminService).ensure();
      expect(writes.join('')).not.toContain('Password:');
    } finally {
      spy.mockRestore();
      await t?.close();
    }
  });

  it('loads the press release facts as demo data once', async () => {
    const t = await startTestApp({ LOAD_DEMO_DATA: 'true' });
    try {
      const admin = await t.admin();
      const municipalities = (await admin.get('/api/municipalities')).body.items;
      expect(municipalities).toHaveLength(14);
      expect(
        municipalities.filter((m: { districtWide: boolean }) => !m.districtWide).map((m: { name: string }) => m.name),
      ).toEqual(
        expect.arrayContaining(['Dietzenbach', 'Langen (Hessen)', 'Mühlheim am Main', 'Rödermark', 'Seligenstadt']),
      );
      expect(municipalities[0]).toMatchObject({ districtWide: true, officialKey: null });
      const fields = (await admin.get('/api/action-fields')).body.items.map((f: { name: string }) => f.name);
      expect(fields.sort()).toEqual(['Interkulturelle Öffnung', 'Willkommens- und Anerkennungskultur']);
      const organisations = (await admin.get('/api/organisations')).body.items;
      expect(organisations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'Rettungsdienstschule Kreis Offenbach', type: 'rescue_service' }),
        ]),
      );
      const events = (await admin.get('/api/events')).body.items;
      const training = events.find((e: { slug: string }) => e.slug === 'workshop-rettungsdienst-2014');
      expect(training).toMatchObject({
        kind: 'training',
        venue: 'Rettungsdienstschule des Kreises Offenbach',
        startsAt: '2014-05-22T07:00:00.000Z',
      });
      const conference = await t.http.get('/api/public/events/integrationskonferenz');
      expect(conference.body).toMatchObject({ registrationOpen: true, languages: ['de', 'en', 'tr', 'ar'] });
      expect(conference.body.workshops).toHaveLength(4);
      const grants = (await admin.get('/api/grants')).body.items;
      expect(grants).toEqual([
        expect.objectContaining({
          awardedCents: 4_831_600,
          programmeName: 'WIR – Wegweisende Integrationsansätze Realisieren',
          periodStart: '2014-01-01',
        }),
      ]);
      const programmes = (await admin.get('/api/funding-programmes')).body.items;
      expect(programmes[0]).toMatchObject({
        volumeCents: 308_000_000,
        funder: 'Hessisches Ministerium für Soziales und Integration',
      });
      const status = (await admin.get(`/api/grants/${grants[0].id}/budget-status?asOf=2014-12-31`)).body;
      // The finance plan adds up to the award, and nothing is over plan yet.
      expect(status.totals.plannedCents).toBe(4_831_600);
      expect(status.lines.map((l: { status: string }) => l.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
      expect(status.income.grant.actualCents).toBe(2_415_800);
      expect(await t.app.get(DemoDataService).loadIfEmpty()).toBe(false);
      expect((await admin.get('/api/municipalities')).body.items).toHaveLength(14);
    } finally {
      await t.close();
    }
  });
});
