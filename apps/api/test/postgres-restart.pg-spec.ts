import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PrivatePostgres } from './support/private-postgres';
import { spawnApi, SpawnedApi } from './support/spawn-api';

async function status(url: string): Promise<number> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return -1;
  }
}

async function waitForStatus(url: string, expected: number, timeoutMs: number): Promise<number> {
  const until = Date.now() + timeoutMs;
  let last = -1;
  while (Date.now() < until) {
    last = await status(url);
    if (last === expected) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

describe('PostgreSQL restarting under the API', () => {
  let pg: PrivatePostgres;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-restart-'));
  let api: SpawnedApi;

  beforeAll(async () => {
    // A free port can be taken between the check and the start: try a few.
    for (let attempt = 1; ; attempt++) {
      pg = new PrivatePostgres(await PrivatePostgres.freePort());
      pg.init();
      try {
        pg.start();
        break;
      } catch (error) {
        pg.destroy();
        if (attempt === 3) throw error;
      }
    }
    api = await spawnApi({
      DATA_DIR: dataDir,
      DATABASE_URL: pg.url,
      ADMIN_EMAIL: 'admin@example.org',
      ADMIN_PASSWORD: 'Neustart-Test-2014!',
    });
  }, 120_000);

  afterAll(async () => {
    api?.proc.kill('SIGKILL');
    await api?.exited;
    pg?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stays up, reports 503 while the database is down, and serves again after it returns', async () => {
    const base = `http://127.0.0.1:${api.port}/api`;
    const login = () =>
      fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@example.org', password: 'Neustart-Test-2014!' }),
        signal: AbortSignal.timeout(10_000),
      });
    expect(await status(`${base}/health/ready`)).toBe(200);
    expect((await login()).status).toBe(200);

    pg.stop();
    expect(await waitForStatus(`${base}/health/ready`, 503, 10_000)).toBe(503);
    const duringOutage = await login();
    expect(duringOutage.status).toBe(503);
    expect(duringOutage.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await status(`${base}/health`)).toBe(200);

    pg.start();
    expect(await waitForStatus(`${base}/health/ready`, 200, 20_000)).toBe(200);
    expect((await login()).status).toBe(200);
    expect(api.proc.exitCode).toBeNull();
  }, 90_000);
});
