// The outcomes dashboard (GET /api/outcomes/overview) on PostgreSQL with 100,000 registrations,
// 50 measures and 500 indicators, from the built API over HTTP, beside a raw-SQL baseline: the same
// aggregate statements on a pg pool in the same run (no HTTP, no Nest, no status rules).
// Usage: build shared and api, then node tools/bench/outcomes-overview.bench.mjs
//   (BENCH_DATABASE_URL, BENCH_REGISTRATIONS, BENCH_MEASURES, BENCH_INDICATORS_PER_MEASURE, BENCH_RUNS, BENCH_KEEP_DATABASE)
import fs from 'node:fs';
import pg from 'pg';
import { ORGANISATION_TYPES } from '@wir/shared';
import * as bench from './bench-util.mjs';

const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 100_000);
const MEASURES = Number(process.env.BENCH_MEASURES ?? 50);
const PER_MEASURE = Number(process.env.BENCH_INDICATORS_PER_MEASURE ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const EVENTS = 100;
const DB = `wir_bench_outcomes_${process.pid}`;
const PORT = '3919';
// The organisation types as the API knows them (the built libs/shared: run `npm run build` first).
const TYPES = [...ORGANISATION_TYPES];

const median = (xs) =>
  bench.percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
const p95 = (xs) =>
  bench.percentile(
    [...xs].sort((a, b) => a - b),
    95,
  );
const fmt = (x, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

/** Master data, a grant, 100 events with 2 workshops each, through the API. */
async function setUp(api) {
  const fields = [];
  for (const name of ['Interkulturelle Öffnung (Bench)', 'Willkommens- und Anerkennungskultur (Bench)'])
    fields.push((await api('POST', '/action-fields', { name })).id);
  const municipalities = [];
  for (let i = 1; i <= 13; i++)
    municipalities.push((await api('POST', '/municipalities', { name: `Kommune ${i}` })).id);
  const { id: grant, lines } = await bench.createWirGrant(api, {
    programme: 'WIR Bench',
    title: 'WIR Bench',
    noticeNumber: 'B-1',
  });
  const events = [];
  for (let e = 0; e < EVENTS; e++) {
    const day = new Date(Date.UTC(2014, 0, 6 + e * 3, 8));
    const ev = await api('POST', '/events', {
      kind: 'training',
      slug: `bench-${e}`,
      title: { de: `Schulung ${e}` },
      startsAt: day.toISOString(),
      endsAt: new Date(day.getTime() + 6 * 3_600_000).toISOString(),
      capacity: 5000,
      status: 'closed',
    });
    const workshops = [];
    for (let w = 0; w < 2; w++) {
      workshops.push(
        (
          await api('POST', `/events/${ev.id}/workshops`, {
            title: { de: `Workshop ${e}.${w}` },
            startsAt: day.toISOString(),
            endsAt: new Date(day.getTime() + 3_600_000).toISOString(),
            capacity: 5000,
          })
        ).id,
      );
    }
    events.push({ id: ev.id, workshops });
  }
  return { fields, municipalities, grant, lines, events };
}

/** 100,000 registrations (85 % confirmed, 70 % checked in), half of them with a workshop place, and 2,000 receipts. */
async function insertRows(client, s, users) {
  const eventIds = s.events.map((e) => e.id);
  const t0 = performance.now();
  await client.query(
    `INSERT INTO registrations (event_id, status, first_name, last_name, email, organisation_name, organisation_type, municipality_id, language,
                                accessibility_needs, interpreting_language, answers, consent_participant_list, consent_given_at, manage_token_hash,
                                source, created_at, checked_in_at)
     SELECT ($1::int[])[1 + g % $2], CASE WHEN g % 20 < 17 THEN 'confirmed' WHEN g % 20 < 19 THEN 'waitlisted' ELSE 'cancelled' END,
            'Vorname', 'Nachname ' || g, 'p' || g || '@example.org', '', ($3::text[])[1 + g % 7],
            CASE WHEN g % 17 = 0 THEN NULL ELSE ($4::int[])[1 + g % 13] END, 'de', '', '', '{}', false, TIMESTAMPTZ '2014-01-02', md5(g::text) || md5((g + 1)::text),
            'public', TIMESTAMPTZ '2014-01-02' + (g % 300) * INTERVAL '1 day',
            CASE WHEN g % 20 < 17 AND g % 10 < 7 THEN TIMESTAMPTZ '2014-01-06' + (g % 300) * INTERVAL '1 day' END
     FROM generate_series(1, $5::int) AS g`,
    [eventIds, eventIds.length, TYPES, s.municipalities, REGISTRATIONS],
  );
  // A workshop place for every other registration: one of its event's two workshops.
  const workshopOf = s.events.flatMap((e) => e.workshops);
  await client.query(
    `INSERT INTO registration_workshops (registration_id, workshop_id, status)
     SELECT r.id, ($1::int[])[1 + ((r.event_id - $2) * 2 + r.id % 2)], CASE WHEN r.status = 'cancelled' THEN 'cancelled' ELSE r.status END
     FROM registrations r WHERE r.id % 2 = 0`,
    [workshopOf, s.events[0].id],
  );
  await client.query(
    `INSERT INTO receipts (grant_id, receipt_number, date, kind, payee, purpose, amount_cents, budget_line_id, measure_id, created_by, created_at)
     SELECT $1, 'R-' || g, DATE '2014-01-01' + (g % 365), 'expense', 'Empfänger', 'Zweck', 1000 + (g * 7919) % 100000,
            ($2::int[])[1 + g % 5], (SELECT id FROM measures ORDER BY id OFFSET (g % $3) LIMIT 1), $4, now()
     FROM generate_series(1, 2000) AS g`,
    [s.grant, s.lines, MEASURES, users],
  );
  await client.query('ANALYZE');
  return (performance.now() - t0) / 1000;
}

/** 50 measures with 10 indicators each (participants by municipality, registrations of some types, spend, cost per participant, 6 manual), through the API. */
async function createMeasures(api, s) {
  let indicators = 0;
  for (let m = 0; m < MEASURES; m++) {
    const events = [s.events[(m * 2) % EVENTS], s.events[(m * 2 + 1) % EVENTS]];
    const measure = await api('POST', '/measures', {
      code: `B-${m}`,
      title: `Maßnahme ${m}`,
      periodStart: '2014-01-01',
      periodEnd: '2014-12-31',
      reportingInterval: m % 3 === 0 ? 'quarter' : 'year',
      actionFieldIds: [s.fields[m % 2]],
      municipalityIds: [s.municipalities[m % 13]],
      grantId: s.grant,
      budgetAllocations: [{ budgetLineId: s.lines[m % 5], plannedCents: 50_000 }],
      eventIds: [events[0].id],
      workshopIds: [events[0].workshops[0], events[1].workshops[1]],
    });
    const period = m % 3 === 0 ? '2014-Q4' : '2014';
    const kinds = [
      { name: 'Teilnehmende', level: 'output', step: 2, byMunicipality: true, source: { kind: 'participants' } },
      {
        name: 'Angemeldete Vereine',
        level: 'output',
        step: 2,
        source: {
          kind: 'participants',
          count: 'registered',
          organisationTypes: ['association', 'migrant_organisation'],
        },
      },
      { name: 'Ausgaben', level: 'input', source: { kind: 'spend' } },
      { name: 'Kosten je Person', level: 'input', source: { kind: 'cost_per_participant' } },
    ];
    for (let i = kinds.length; i < PER_MEASURE; i++)
      kinds.push({
        name: `Kennzahl ${i}`,
        level: 'outcome',
        step: 4 + (i % 3),
        unit: i % 2 ? 'percent' : 'count',
        byMunicipality: i % 3 === 0,
      });
    for (const [i, body] of kinds.entries()) {
      const ind = await api('POST', `/measures/${measure.id}/indicators`, body);
      indicators++;
      if (i === 2) continue;
      const target = body.unit === 'percent' ? 75 : 100 + i;
      await api('PUT', `/indicators/${ind.id}/targets`, { targets: [{ period, municipalityId: null, value: target }] });
      if (!body.source) {
        const municipalityId = body.byMunicipality ? s.municipalities[i % 13] : null;
        await api('POST', `/indicators/${ind.id}/values`, {
          period,
          municipalityId,
          value: body.unit === 'percent' ? 66.67 : 80 + i,
          ...(body.unit === 'percent' ? { sampleSize: 30 } : {}),
        });
      }
    }
  }
  return indicators;
}

/**
 * The statements the overview's repositories send (outcome-facts.repository.ts and friends), on a pg
 * pool in parallel as the service runs them: the same aggregation in raw SQL, without HTTP, Nest or the
 * status rules. Keep in step with the repository.
 */
function rawOverview(pool, ids, asOfEnd) {
  const list = ids.join(',');
  const people = `
    links AS (
      SELECT me.measure_id, r.id AS registration_id, e.starts_at, r.municipality_id, r.organisation_type,
             CASE WHEN r.status = 'confirmed' OR (r.checked_in_at IS NOT NULL AND r.checked_in_at < $1) THEN 1 ELSE 0 END AS reg,
             CASE WHEN r.checked_in_at IS NOT NULL AND r.checked_in_at < $1 THEN 1 ELSE 0 END AS chk
      FROM measure_events me JOIN events e ON e.id = me.event_id JOIN registrations r ON r.event_id = me.event_id
      WHERE me.measure_id IN (${list}) AND r.created_at < $1
      UNION ALL
      SELECT mw.measure_id, r.id, w.starts_at, r.municipality_id, r.organisation_type,
             CASE WHEN rw.status = 'confirmed' OR (rw.checked_in_at IS NOT NULL AND rw.checked_in_at < $1) THEN 1 ELSE 0 END,
             CASE WHEN rw.checked_in_at IS NOT NULL AND rw.checked_in_at < $1 THEN 1 ELSE 0 END
      FROM measure_workshops mw JOIN workshops w ON w.id = mw.workshop_id JOIN registration_workshops rw ON rw.workshop_id = mw.workshop_id
      JOIN registrations r ON r.id = rw.registration_id
      WHERE mw.measure_id IN (${list}) AND r.created_at < $1
    ),
    people AS MATERIALIZED (
      SELECT measure_id, registration_id, MIN(starts_at) AS starts_at, municipality_id, organisation_type, MAX(reg) AS reg, MAX(chk) AS chk
      FROM links GROUP BY measure_id, registration_id, municipality_id, organisation_type
    )`;
  return Promise.all([
    pool.query(
      `WITH ${people},
       reached AS (SELECT municipality_id, organisation_type, MAX(reg) AS reg, MAX(chk) AS chk FROM people GROUP BY registration_id, municipality_id, organisation_type)
       SELECT 'measure' AS kind, measure_id, starts_at, municipality_id, organisation_type, SUM(reg) AS registered, SUM(chk) AS checked_in
       FROM people WHERE reg = 1 OR chk = 1 GROUP BY measure_id, starts_at, municipality_id, organisation_type
       UNION ALL
       SELECT 'reach', NULL, NULL, municipality_id, organisation_type, SUM(reg), SUM(chk) FROM reached WHERE reg = 1 OR chk = 1 GROUP BY municipality_id, organisation_type`,
      [asOfEnd],
    ),
    pool.query(
      `SELECT measure_id, CAST(date AS TEXT) AS date, budget_line_id, SUM(amount_cents) FROM receipts WHERE measure_id IN (${list}) AND kind = 'expense' AND date <= '2014-12-31' GROUP BY measure_id, date, budget_line_id`,
    ),
    pool.query(`SELECT v.indicator_id, v.period, v.municipality_id, v.value_centi, v.sample_size FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
                WHERE i.measure_id IN (${list}) AND NOT EXISTS (SELECT 1 FROM indicator_values s WHERE s.supersedes_id = v.id)`),
    pool.query(
      `SELECT t.* FROM indicator_targets t JOIN indicators i ON i.id = t.indicator_id WHERE i.measure_id IN (${list})`,
    ),
    pool.query(`SELECT * FROM indicators WHERE measure_id IN (${list}) ORDER BY measure_id, position, id`),
    pool.query(`SELECT * FROM measures WHERE id IN (${list}) ORDER BY code`),
    pool.query(`SELECT * FROM measure_action_fields WHERE measure_id IN (${list})`),
    pool.query(`SELECT * FROM measure_budget_allocations WHERE measure_id IN (${list})`),
  ]);
}

async function time(runs, fn) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return ms;
}

async function main() {
  const [loadBefore] = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
  const url = await bench.freshDatabase(DB);
  let api;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => undefined);
  try {
    api = await bench.startApi(PORT, url);
    const call = await bench.login(api.base);
    console.log('setting up master data, events and measures …');
    const setup = await setUp(call);
    const admin = (await pool.query('SELECT id FROM users ORDER BY id LIMIT 1')).rows[0].id;
    const indicators = await createMeasures(call, setup);
    const client = await pool.connect();
    const seconds = await insertRows(client, setup, admin);
    client.release();
    const counts = (
      await pool.query(
        'SELECT (SELECT COUNT(*) FROM registrations) AS r, (SELECT COUNT(*) FROM measures) AS m, (SELECT COUNT(*) FROM indicators) AS i, (SELECT COUNT(*) FROM registration_workshops) AS w',
      )
    ).rows[0];
    console.log(
      `rows: ${counts.r} registrations, ${counts.w} workshop places, ${counts.m} measures, ${counts.i} indicators (inserted in ${fmt(seconds, 1)} s)`,
    );

    const ids = (await pool.query('SELECT id FROM measures ORDER BY id')).rows.map((r) => r.id);
    const asOfEnd = new Date('2014-12-31T23:00:00Z');
    const overview = await call('GET', '/outcomes/overview?year=2014');
    if (overview.totals.measures !== MEASURES || overview.totals.indicators !== indicators)
      throw new Error(`unexpected overview: ${JSON.stringify(overview.totals)}`);
    // Warm both paths, then measure them alternately in the same run.
    await time(3, () => call('GET', '/outcomes/overview'));
    await time(3, () => rawOverview(pool, ids, asOfEnd));
    const rows = [];
    for (const [label, query] of [
      ['all measures', '/outcomes/overview'],
      ['year 2014', '/outcomes/overview?year=2014'],
      ['one action field', `/outcomes/overview?actionFieldId=${setup.fields[0]}`],
    ]) {
      const apiMs = await time(RUNS, () => call('GET', query));
      rows.push({ label, path: 'API over HTTP (GET /api/outcomes/overview)', ms: apiMs });
    }
    rows.push({
      label: 'all measures',
      path: 'raw SQL: the same 8 statements on a pg pool (no HTTP, no status rules)',
      ms: await time(RUNS, () => rawOverview(pool, ids, asOfEnd)),
    });
    for (const r of rows)
      console.log(`${r.label} – ${r.path}: median ${fmt(median(r.ms), 1)} ms, p95 ${fmt(p95(r.ms), 1)} ms`);

    const apiAll = median(rows[0].ms);
    const raw = median(rows[3].ms);
    bench.writeSection(
      'outcomes-overview',
      `## Outcomes overview (issue 9)

${new Date().toISOString().slice(0, 10)}, ${bench.machine()}; PostgreSQL on the same machine; one API process (pool 10), the built \`apps/api/dist\`.
Load average (1 min) before the run: ${fmt(loadBefore, 2)}.
Data: ${fmt(Number(counts.r))} registrations (85 % confirmed, 70 % checked in, 13 municipalities and 7 organisation types) of ${EVENTS} events, ${fmt(Number(counts.w))} workshop places, ${fmt(Number(counts.m))} measures (each linked to one event and two workshops, one allocation, 40 receipts), ${fmt(Number(counts.i))} indicators (per measure: participants by municipality, registrations of two organisation types, spend, cost per participant and six manual ones with targets and values).
${RUNS} requests per row, one after the other, after 3 warm-up requests; the baseline runs the statements the repositories send (people per measure and over all measures in one statement, spend, current values, targets, indicators, measures and their links) on a pg pool of 10, in parallel.

| filter | path | median ms | p95 ms |
| --- | --- | ---: | ---: |
${rows.map((r) => `| ${r.label} | ${r.path} | ${fmt(median(r.ms), 1)} | ${fmt(p95(r.ms), 1)} |`).join('\n')}
| | API ÷ raw SQL (all measures) | ${fmt(apiAll / raw, 2)} × | |

Aim (issue 9): median < 300 ms on PostgreSQL with 100,000 registrations, 50 measures and 500 indicators — ${apiAll < 300 ? 'met' : 'not met'}.
Run: \`npx nx run-many -t build --projects=shared,api && node tools/bench/outcomes-overview.bench.mjs\` (\`BENCH_DATABASE_URL\`, \`BENCH_REGISTRATIONS\`, \`BENCH_MEASURES\`, \`BENCH_INDICATORS_PER_MEASURE\`, \`BENCH_RUNS\`).`,
    );
    console.log('written to docs/benchmarks.md');
  } finally {
    await pool.end();
    api?.stop();
    await new Promise((r) => setTimeout(r, 500));
    // BENCH_KEEP_DATABASE=1 leaves the data for EXPLAIN ANALYZE of the statements.
    if (process.env.BENCH_KEEP_DATABASE) console.log(`database kept: ${DB}`);
    else await bench.dropDatabase(DB).catch(() => undefined);
    fs.rmSync(`/tmp/${DB}`, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
