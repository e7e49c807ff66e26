import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createDatabase, dropDatabase } from './support/database';
import { runApiToExit, spawnApi } from './support/spawn-api';
import { SmtpSink } from './support/smtp-sink';

/** The built API as a process: start-up checks and graceful shutdown, on this project's database. */
describe('process: configuration and shutdown', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-proc-'));
  const databaseUrl = process.env.DATABASE_URL ? `${process.env.DATABASE_URL}_proc` : undefined;
  const env = {
    DATA_DIR: dataDir,
    ADMIN_EMAIL: 'admin@example.org',
    ADMIN_PASSWORD: 'Prozess-Test-2014!',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };

  beforeAll(async () => {
    if (databaseUrl) await createDatabase(databaseUrl);
  });
  afterAll(async () => {
    if (databaseUrl) await dropDatabase(databaseUrl);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to start on a bad setting and names the variable', async () => {
    const { code, output } = await runApiToExit({ ...env, PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    expect(code).not.toBe(0);
    expect(output).toContain('PORT');
    expect(output).toContain('DATABASE_URL');
    expect(output).not.toMatch(/listening/);
  });

  it('writes structured JSON logs with a request id and without secrets', async () => {
    const api = await spawnApi(env);
    try {
      const res = await fetch(`http://127.0.0.1:${api.port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-4711' },
        body: JSON.stringify({ email: 'admin@example.org', password: 'Prozess-Test-2014!' }),
      });
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 200));
      const lines = api
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      const requestLine = lines.map((l) => JSON.parse(l)).find((l) => l.req?.id === 'req-4711');
      expect(requestLine).toMatchObject({ req: { method: 'POST', path: '/api/auth/login' }, res: { statusCode: 200 } });
      expect(api.output()).not.toContain('Prozess-Test-2014!');
      expect(api.output()).not.toMatch(/wir_session=/);
    } finally {
      api.proc.kill('SIGKILL');
      await api.exited;
    }
  });

  it('on SIGTERM stops accepting, finishes the request in flight and exits within 10 s', async () => {
    const api = await spawnApi(env);
    const body = JSON.stringify({ email: 'admin@example.org', password: 'Prozess-Test-2014!' });
    const socket = net.connect(api.port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let response = '';
    socket.on('data', (d) => (response += String(d)));
    const closed = new Promise((r) => socket.once('close', r));
    // Half a request: headers and the first part of the body.
    socket.write(
      `POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 200));

    const signalledAt = Date.now();
    api.proc.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const refused = await new Promise<boolean>((resolve) => {
      const probe = net.connect(api.port, '127.0.0.1');
      probe.once('connect', () => {
        probe.destroy();
        resolve(false);
      });
      probe.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);

    socket.write(body.slice(10));
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    const code = await api.exited;
    expect(code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
  });

  it('loses no mail when the process is killed right after the registration committed', async () => {
    const sink = await SmtpSink.start();
    try {
      // First process: registers, then dies (SIGKILL) before any worker delivered the mail.
      const first = await spawnApi({ ...env, MAIL_WORKER_ENABLED: 'false', PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
      const base = `http://127.0.0.1:${first.port}/api`;
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@example.org', password: 'Prozess-Test-2014!' }),
      });
      const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
      const csrf = cookies.find((c) => c.startsWith('wir_csrf='))!.slice('wir_csrf='.length);
      const start = Date.now() + 30 * 86_400_000;
      const created = await fetch(`${base}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': csrf },
        body: JSON.stringify({
          kind: 'training',
          slug: 'absturz',
          title: { de: 'Absturz' },
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 3_600_000).toISOString(),
          capacity: 5,
          status: 'published',
        }),
      });
      expect(created.status).toBe(201);
      const registered = await fetch(`${base}/public/events/absturz/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          firstName: 'Maruschka',
          lastName: 'Güldner',
          email: 'crash@example.org',
          organisationType: 'district_department',
          consent: { dataProcessing: true },
        }),
      });
      expect(registered.status).toBe(201);
      first.proc.kill('SIGKILL');
      await first.exited;
      expect(sink.received).toHaveLength(0);

      // Second process on the same database: its worker finds the committed mail and delivers it.
      const second = await spawnApi({ ...env, SMTP_URL: sink.url, MAIL_WORKER_INTERVAL_MS: '200' });
      try {
        await sink.waitFor(1, 15_000);
        expect(sink.received.map((m) => m.envelopeTo)).toEqual([['crash@example.org']]);
        expect(sink.received[0].parsed.subject).toMatch(/Absturz/);
      } finally {
        second.proc.kill('SIGKILL');
        await second.exited;
      }
    } finally {
      await sink.close();
    }
  }, 60_000);
});
