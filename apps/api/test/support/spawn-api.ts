import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createDatabase, dropDatabase } from './database';

export const MAIN_JS = path.resolve(__dirname, '../../dist/main.js');

export type SpawnedApi = { proc: ChildProcess; port: number; output: () => string; exited: Promise<number | null> };

/** Starts the built API (`apps/api/dist/main.js`) as its own process on a free port. */
export async function spawnApi(env: Record<string, string>, timeoutMs = 30_000): Promise<SpawnedApi> {
  const proc = spawn(process.execPath, [MAIN_JS], {
    // LOG_LEVEL info: the start-up line that names the port is an info line.
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += String(d)));
  proc.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start:\n${out}`)), timeoutMs);
    const check = () => {
      const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    proc.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with ${code}:\n${out}`));
    });
  });
  return { proc, port, output: () => out, exited };
}

/** API processes sharing one new PostgreSQL database and one DATA_DIR; `stop()` kills them and removes both. */
export type ApiProcesses = { apis: SpawnedApi[]; bases: string[]; databaseUrl: string; stop(): Promise<void> };

/** Starts `count` API processes on a new database `<DATABASE_URL>_<suffix>`, as the multi-process PostgreSQL specs need. */
export async function spawnApisOnNewDatabase(
  suffix: string,
  env: Record<string, string>,
  count = 2,
): Promise<ApiProcesses> {
  const databaseUrl = `${process.env.DATABASE_URL}_${suffix}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `wir-${suffix}-`));
  const apis: SpawnedApi[] = [];
  const stop = async () => {
    for (const api of apis) {
      api.proc.kill('SIGKILL');
      await api.exited;
    }
    await dropDatabase(databaseUrl);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  await createDatabase(databaseUrl);
  try {
    for (let i = 0; i < count; i++) apis.push(await spawnApi({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, ...env }));
  } catch (e) {
    await stop();
    throw e;
  }
  return { apis, bases: apis.map((api) => `http://127.0.0.1:${api.port}/api`), databaseUrl, stop };
}

/** Logs in against a spawned API (`base` ends in /api): the cookie header and the CSRF token for staff requests. */
export async function loginCookies(
  base: string,
  credentials: { email: string; password: string },
): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  return {
    cookie: cookies.join('; '),
    csrf: cookies.find((c) => c.startsWith('wir_csrf='))!.slice('wir_csrf='.length),
  };
}

/** Runs the built API expecting it to stop by itself; returns its exit code and output. */
export function runApiToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const proc = spawn(process.execPath, [MAIN_JS], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout.on('data', (d) => (output += String(d)));
  proc.stderr.on('data', (d) => (output += String(d)));
  return new Promise((resolve) => proc.on('exit', (code) => resolve({ code, output })));
}
