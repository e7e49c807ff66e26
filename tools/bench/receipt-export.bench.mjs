// Belegliste (receipt list) downloads on PostgreSQL: 500k receipts as CSV and 100k as XLSX over HTTP
// from the built API, with the API process's peak memory, beside a raw `COPY … TO STDOUT` of the same
// rows (psql) in the same run.
// Usage: npm run build (or build shared and api) && node tools/bench/receipt-export.bench.mjs
//   (BENCH_DATABASE_URL, BENCH_CSV_ROWS, BENCH_XLSX_ROWS, BENCH_RUNS, BENCH_API_NODE_OPTIONS)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';
import * as bench from './bench-util.mjs';

const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 500_000);
const XLSX_ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** For experiments only, e.g. V8 flags for the API process; the figures say when it was set. */
const API_NODE_OPTIONS = process.env.BENCH_API_NODE_OPTIONS ?? '';
const DB = `wir_bench_receipts_${process.pid}`;
const PORT = '3918';
/** The programme, title and notice of a benchmark grant named `title`. */
const grantNamed = (title) => ({ programme: `WIR ${title}`, title, noticeNumber: `IV 5-${title}` });

/** `count` receipts in one statement: 1 in 10 income, half signed factually, a third of those arithmetically too. */
async function insertReceipts(client, grant, count, signers) {
  const t0 = performance.now();
  await client.query(
    `INSERT INTO receipts (grant_id, receipt_number, date, kind, payee, purpose, amount_cents, budget_line_id, income_source,
                           factual_by, factual_at, arithmetic_by, arithmetic_at, created_by, created_at)
     SELECT $1, 'R-' || g, DATE '2014-01-01' + (g % 365),
            CASE WHEN g % 10 = 0 THEN 'income' ELSE 'expense' END,
            'Zahlungsempfänger ' || (g % 997), 'Zweck des Belegs Nr. ' || g || ', Kreis Offenbach',
            (1 + (g::bigint * 7919) % 100000000)::int,
            CASE WHEN g % 10 = 0 THEN NULL ELSE ($2::int[])[1 + g % 5] END,
            CASE WHEN g % 10 = 0 THEN (ARRAY['grant', 'own_share', 'third_party'])[1 + g % 3] END,
            CASE WHEN g % 2 = 0 THEN $3::int END, CASE WHEN g % 2 = 0 THEN now() END,
            CASE WHEN g % 6 = 0 THEN $4::int END, CASE WHEN g % 6 = 0 THEN now() END,
            $3, now()
     FROM generate_series(1, $5::int) AS g`,
    [grant.id, grant.lines, signers[0], signers[1], count],
  );
  await client.query('ANALYZE receipts');
  return (performance.now() - t0) / 1000;
}

/** Highest VmRSS of a process while `work` runs, sampled every 20 ms, in MB. */
async function withPeakRss(pid, work) {
  const rss = () => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : 0;
    } catch {
      return 0;
    }
  };
  const before = rss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rss())), 20);
  try {
    const result = await work();
    peak = Math.max(peak, rss());
    return { ...result, rssBefore: before, rssPeak: peak };
  } finally {
    clearInterval(timer);
  }
}

async function download(base, cookie, path) {
  const t0 = performance.now();
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  let bytes = 0;
  let lines = 0;
  let head = null;
  for await (const chunk of res.body) {
    head ??= Buffer.from(chunk.subarray(0, 4));
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return { seconds: (performance.now() - t0) / 1000, bytes, lines, head };
}

/** The same rows, in the same order, with the same columns, as `psql \copy (SELECT …) TO STDOUT WITH CSV`. */
function copyBaseline(url, grantId) {
  const sql = `SELECT CASE r.kind WHEN 'income' THEN 'Einnahmen' ELSE 'Ausgaben' END, COALESCE(l.code || ' ' || l.name, r.income_source),
      to_char(r.date, 'DD.MM.YYYY'), r.receipt_number, r.payee, r.purpose, replace(to_char(r.amount_cents / 100.0, 'FM9999999990.00'), '.', ','),
      f.display_name, to_char(r.factual_at AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY'),
      a.display_name, to_char(r.arithmetic_at AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY'), o.receipt_number
    FROM receipts r LEFT JOIN budget_lines l ON l.id = r.budget_line_id LEFT JOIN receipts o ON o.id = r.reverses_id
      LEFT JOIN users f ON f.id = r.factual_by LEFT JOIN users a ON a.id = r.arithmetic_by
    WHERE r.grant_id = ${Number(grantId)}
    ORDER BY r.kind DESC, r.income_source, l.position, r.date, r.id`;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(
      'psql',
      [
        url,
        '-X',
        '-q',
        '-c',
        `\\copy (${sql.replace(/\s+/g, ' ')}) TO STDOUT WITH (FORMAT csv, DELIMITER ';', HEADER)`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let bytes = 0;
    let lines = 0;
    let err = '';
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve({ seconds: (performance.now() - t0) / 1000, bytes, lines })
        : reject(new Error(`psql: ${err}`)),
    );
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const load = () => {
  const [one] = fs.readFileSync('/proc/loadavg', 'utf8').split(' ');
  return Number(one);
};

async function measure(label, rows, runApi, runCopy) {
  const api = [];
  const copy = [];
  for (let i = 0; i < RUNS; i++) {
    api.push(await runApi());
    copy.push(await runCopy());
    console.log(label, `run ${i + 1}`, JSON.stringify({ api: api.at(-1), copy: copy.at(-1) }));
  }
  return {
    label,
    rows,
    apiSeconds: median(api.map((r) => r.seconds)),
    apiRowsPerSecond: rows / median(api.map((r) => r.seconds)),
    rssBefore: api[0].rssBefore,
    rssPeaks: api.map((r) => r.rssPeak),
    rssPeak: Math.max(...api.map((r) => r.rssPeak)),
    apiBytes: api[0].bytes,
    copySeconds: median(copy.map((r) => r.seconds)),
    copyRowsPerSecond: rows / median(copy.map((r) => r.seconds)),
    copyBytes: copy[0].bytes,
  };
}

async function main() {
  const url = await bench.freshDatabase(DB);
  const api = await bench
    .startApi(PORT, url, API_NODE_OPTIONS ? { NODE_OPTIONS: API_NODE_OPTIONS } : {})
    .catch(async (error) => {
      await bench.dropDatabase(DB);
      throw error;
    });
  const results = [];
  const loadBefore = load();
  try {
    const { api: call, cookie } = await bench.session(api.base);
    const me = await call('GET', '/auth/me');
    const csvGrant = await bench.createWirGrant(call, grantNamed('Belegliste-CSV'));
    const xlsxGrant = await bench.createWirGrant(call, grantNamed('Belegliste-XLSX'));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // The second signer is test data like the receipts: inserted, so the API does not hash a password for it.
    const second = (
      await client.query(
        `INSERT INTO users (email, display_name, password_hash, roles, active, created_at) VALUES ('pruefer@example.org', 'Rainer Rechnerisch', 'x', '["finance"]', true, now()) RETURNING id`,
      )
    ).rows[0];
    const insertCsv = await insertReceipts(client, csvGrant, CSV_ROWS, [me.user.id, second.id]);
    const insertXlsx = await insertReceipts(client, xlsxGrant, XLSX_ROWS, [me.user.id, second.id]);
    await client.end();
    console.log(`inserted ${CSV_ROWS} + ${XLSX_ROWS} receipts in ${fmt(insertCsv, 1)} s + ${fmt(insertXlsx, 1)} s`);

    const csv = await measure(
      'CSV',
      CSV_ROWS,
      async () => {
        const r = await withPeakRss(api.proc.pid, () =>
          download(api.base, cookie, `/grants/${csvGrant.id}/reports/receipt-list.csv`),
        );
        if (r.lines !== CSV_ROWS + 1) throw new Error(`CSV has ${r.lines} lines, expected ${CSV_ROWS + 1}`);
        return r;
      },
      () => copyBaseline(url, csvGrant.id),
    );
    const xlsx = await measure(
      'XLSX',
      XLSX_ROWS,
      async () => {
        const r = await withPeakRss(api.proc.pid, () =>
          download(api.base, cookie, `/grants/${xlsxGrant.id}/reports/receipt-list.xlsx`),
        );
        if (r.head.toString('latin1', 0, 2) !== 'PK') throw new Error('XLSX is not a zip file');
        return r;
      },
      () => copyBaseline(url, xlsxGrant.id),
    );
    results.push(csv, xlsx);
  } finally {
    api.stop();
    await new Promise((r) => setTimeout(r, 1000));
    await bench.dropDatabase(DB);
  }

  const [csv, xlsx] = results;
  const table = results
    .map(
      (r) =>
        `| ${r.label} | ${fmt(r.rows)} | API over HTTP (keyset pages → ${r.label === 'CSV' ? 'chunked German CSV writer' : 'exceljs streaming writer'}) | ${fmt(r.apiSeconds, 2)} | ${fmt(r.apiRowsPerSecond)} | ${fmt(r.apiBytes / 2 ** 20, 1)} | ${fmt(r.rssBefore)} → ${r.rssPeaks.map((x) => fmt(x)).join(' / ')} |\n` +
        `| ${r.label} | ${fmt(r.rows)} | raw \`COPY (SELECT …) TO STDOUT WITH CSV\` (psql) | ${fmt(r.copySeconds, 2)} | ${fmt(r.copyRowsPerSecond)} | ${fmt(r.copyBytes / 2 ** 20, 1)} | – |`,
    )
    .join('\n');
  const csvOk = csv.apiRowsPerSecond >= 50_000 && csv.rssPeak < 200;
  const xlsxOk = xlsx.apiSeconds < 5;
  bench.writeSection(
    'receipt-export',
    `## Belegliste exports (issue 4)

${new Date().toISOString().slice(0, 10)}, ${bench.machine()}; PostgreSQL on the same machine; one API process (the built \`apps/api/dist\`, whose main.ts turns off V8's allocation-site pretenuring${API_NODE_OPTIONS ? `; NODE_OPTIONS \`${API_NODE_OPTIONS}\`` : '; no extra Node options'}), downloads over HTTP on localhost.
Load average (1 min) before the run: ${fmt(loadBefore, 2)}.
Data: one grant with ${fmt(CSV_ROWS)} receipts (CSV) and one with ${fmt(XLSX_ROWS)} (XLSX), inserted with \`generate_series\`: 1 in 10 income, spread over the 5 budget lines and 3 income sources, half signed off.
Each download ${RUNS} times in the same API process; time is the median; memory is the API process's resident set (VmRSS from \`/proc/<pid>/status\`, sampled every 20 ms) before the first download, then the highest sample during each download in turn.
The baseline is PostgreSQL writing the same rows, columns and order itself (\`psql \\copy (SELECT … joins …) TO STDOUT WITH CSV\`), in the same run.

| file | rows | path | seconds | rows/s | MB | API RSS MB (idle → peak of each run) |
| --- | ---: | --- | ---: | ---: | ---: | ---: |
${table}

Aims (issue 4): CSV ≥ 50,000 rows/s with peak RSS < 200 MB — ${csvOk ? 'met' : '**not met**'} (${fmt(csv.apiRowsPerSecond)} rows/s, ${fmt(csv.rssPeak)} MB, ${fmt((csv.apiRowsPerSecond / csv.copyRowsPerSecond) * 100)} % of the COPY rate);
XLSX of ${fmt(XLSX_ROWS)} rows < 5 s — ${xlsxOk ? 'met' : '**not met**'} (${fmt(xlsx.apiSeconds, 2)} s, COPY ${fmt(xlsx.copySeconds, 2)} s).
Run: \`npm run build && node tools/bench/receipt-export.bench.mjs\` (\`BENCH_DATABASE_URL\`, \`BENCH_CSV_ROWS\`, \`BENCH_XLSX_ROWS\`, \`BENCH_RUNS\`, \`BENCH_API_NODE_OPTIONS\`).`,
  );
  if (!csvOk || !xlsxOk) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
