import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { createDatabase, dropDatabase } from './support/database';
import { participant } from './support/event-fixtures';
import { spawnApi, SpawnedApi } from './support/spawn-api';

const ADMIN = { email: 'admin@example.org', password: 'Protokoll-Test-2014!' };
const hour = 3_600_000;

/** What the built API writes to its log, on this project's database: no manage token, no personal data of a failed request. */
describe('logs hold no manage token and no personal data', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-logs-'));
  const databaseUrl = process.env.DATABASE_URL ? `${process.env.DATABASE_URL}_logs` : undefined;
  let api: SpawnedApi;
  let base: string;

  beforeAll(async () => {
    if (databaseUrl) await createDatabase(databaseUrl);
    api = await spawnApi({
      DATA_DIR: dataDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
      MAIL_WORKER_ENABLED: 'false',
      JOBS_ENABLED: 'false',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    });
    base = `http://127.0.0.1:${api.port}/api`;
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
    const start = Date.now() + 30 * 24 * hour;
    const created = await fetch(`${base}/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: cookies.join('; '),
        'x-csrf-token': cookies.find((c) => c.startsWith('wir_csrf='))!.slice('wir_csrf='.length),
      },
      body: JSON.stringify({
        kind: 'conference',
        slug: 'protokoll',
        title: { de: 'Protokoll' },
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 8 * hour).toISOString(),
        capacity: 10,
        status: 'published',
      }),
    });
    expect(created.status).toBe(201);
  }, 60_000);

  afterAll(async () => {
    api.proc.kill('SIGKILL');
    await api.exited;
    if (databaseUrl) await dropDatabase(databaseUrl);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const register = (body: object, query = '') =>
    fetch(`${base}/public/events/protokoll/registrations${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const settle = () => new Promise((r) => setTimeout(r, 300));

  it('logs the manage link’s requests with the token replaced by :token', async () => {
    const { manageToken } = (await (await register(participant())).json()) as { manageToken: string };
    expect((await fetch(`${base}/public/registrations/${manageToken}?lang=de`)).status).toBe(200);
    expect((await fetch(`${base}/public/registrations/${manageToken}/export`)).status).toBe(200);
    expect((await fetch(`${base}/public/registrations/${manageToken}x/cancel`, { method: 'POST' })).status).toBe(404);
    await settle();
    const paths = api
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => (JSON.parse(l) as { req?: { path?: string } }).req?.path)
      .filter((p) => p?.startsWith('/api/public/registrations/'));
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/public/registrations/:token',
        '/api/public/registrations/:token/export',
        '/api/public/registrations/:token/cancel',
      ]),
    );
    expect(api.output()).not.toContain(manageToken);
  });

  it('logs a 5xx without query parameters or the row’s values', async () => {
    // A database that refuses this one row (as a failing disk or a broken constraint would).
    if (databaseUrl) {
      const db = new Client({ connectionString: databaseUrl });
      await db.connect();
      await db.query("ALTER TABLE registrations ADD CONSTRAINT log_probe CHECK (last_name <> 'Probe-Nachname')");
      await db.end();
    } else {
      const db = new Database(path.join(dataDir, 'wir.sqlite'));
      db.pragma('busy_timeout = 3000');
      db.exec(
        "CREATE TRIGGER log_probe BEFORE INSERT ON registrations WHEN NEW.last_name = 'Probe-Nachname' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END",
      );
      db.close();
    }
    const person = participant({
      firstName: 'Gülay',
      lastName: 'Probe-Nachname',
      email: 'guelay.probe@example.org',
      accessibilityNeeds: 'Gebärdensprachdolmetschung, Rollstuhl',
    });
    const failed = await register(person, '?ref=Vertraulich-im-Query');
    expect(failed.status).toBe(500);
    await settle();
    const out = api.output();
    expect(out).toContain('request failed');
    expect(out).toMatch(/"constraint":"log_probe"|SQLITE_CONSTRAINT/);
    for (const secret of [
      'Probe-Nachname',
      'Gülay',
      'guelay.probe',
      'Gebärdensprach',
      'Rollstuhl',
      'Vertraulich-im-Query',
    ])
      expect(out).not.toContain(secret);
  });
});
