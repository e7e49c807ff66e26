// Shared helpers of the benchmarks: a fresh PostgreSQL database, the built API as a process,
// the machine's description and the results file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** The PostgreSQL server the benchmarks create their databases on. */
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A new, empty database `name` on the benchmark server (dropped first if left over); returns its URL. */
export async function freshDatabase(name) {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(name) {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}

/** The first admin of every benchmark installation. */
const ADMIN = { email: 'bench@example.org', password: 'Lastmessung-Kreis-2014!' };

/**
 * Starts the built API on `port` with the database at `databaseUrl` (data folder /tmp/<database name>), the
 * benchmark admin, and neither mail worker nor jobs; `env`: more settings. Without `databaseUrl` the API uses
 * its embedded SQLite database in `env.DATA_DIR`.
 */
export async function startApi(port, databaseUrl, env = {}) {
  const main = path.join(root, 'apps/api/dist/main.js');
  if (!fs.existsSync(main)) throw new Error('Build first: npm run build');
  const proc = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH,
      LOG_LEVEL: 'warn',
      PORT: port,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl, DATA_DIR: `/tmp/${new URL(databaseUrl).pathname.slice(1)}` } : {}),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      MAIL_WORKER_ENABLED: 'false',
      JOBS_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}/api`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/health/ready`)).ok)
        return { proc, base, stop: () => process.kill(-proc.pid, 'SIGTERM') };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('API did not start');
}

/**
 * Logs in (by default as the benchmark admin): `api(method, url, body)` sends JSON with the CSRF header;
 * `cookie` is the session for plain downloads.
 */
export async function session(base, { email, password } = ADMIN) {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login: ${res.status}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c.startsWith('wir_csrf=')).slice('wir_csrf='.length);
  const cookie = cookies.join('; ');
  const api = async (method, url, body) => {
    const r = await fetch(`${base}${url}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await r.json();
    if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  return { api, cookie };
}

/** The JSON API of a logged-in session (see `session`). */
export async function login(base, user = ADMIN) {
  return (await session(base, user)).api;
}

/** The WIR finance plan of 2014: 48.316,00 € in five budget lines (code, name, planned cents). */
const WIR_PLAN = [
  ['1', 'Personalkosten WIR-Koordination', 2_500_000],
  ['2', 'Innovative Projekte', 1_000_000],
  ['3', 'Niedrigschwellige Sprachförderprojekte', 700_000],
  ['4', 'Integrationslotsen: Einsatz und Qualifizierung', 431_600],
  ['5', 'Sachkosten', 200_000],
];

/**
 * A programme and a WIR grant of 2014 (Fehlbedarf, 48.316,00 €) with the WIR finance plan, through the API;
 * returns the grant's id and its lines' ids in plan order.
 */
export async function createWirGrant(api, { programme, title, noticeNumber }) {
  const { id: programmeId } = await api('POST', '/funding-programmes', {
    name: programme,
    funder: 'Hessisches Ministerium für Soziales und Integration',
    year: 2014,
    volumeCents: 308_000_000,
  });
  const grant = await api('POST', '/grants', {
    programmeId,
    title,
    recipient: 'Kreis Offenbach',
    noticeNumber,
    noticeDate: '2014-03-01',
    periodStart: '2014-01-01',
    periodEnd: '2014-12-31',
    awardedCents: 4_831_600,
    financingType: 'fehlbedarf',
    purpose: 'Benchmark',
  });
  const lines = [];
  for (const [code, name, plannedCents] of WIR_PLAN)
    lines.push((await api('POST', `/grants/${grant.id}/budget-lines`, { code, name, plannedCents })).id);
  return { id: grant.id, lines };
}

export function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Replaces the section between the two markers in docs/benchmarks.md (creating the file if needed). */
export function writeSection(id, markdown) {
  const file = path.join(root, 'docs/benchmarks.md');
  const head =
    '# Benchmarks\n\nFigures written by the scripts in `tools/bench`; each section names its machine and date. Tests check correctness; these check speed.\n';
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : head;
  const start = `<!-- bench:${id}:start -->`;
  const end = `<!-- bench:${id}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  text = text.includes(start)
    ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
    : `${text.trimEnd()}\n\n${block}\n`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
