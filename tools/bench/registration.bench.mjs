// Registration throughput on PostgreSQL: the public form's POST under load, all on one hot workshop
// and spread over 20, against the same booking done in raw SQL in the same run.
// Usage: npm run build && node tools/bench/registration.bench.mjs   (BENCH_DATABASE_URL, BENCH_SECONDS, BENCH_CONNECTIONS)
import autocannon from 'autocannon';
import pg from 'pg';
import { createHash, randomBytes } from 'node:crypto';
import { dropDatabase, freshDatabase, login, machine, percentile, startApi, writeSection } from './bench-util.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DB = `wir_bench_registration_${process.pid}`;
const HOUR = 3_600_000;

let n = 0;
const person = (workshopIds) => ({
  firstName: 'Bench',
  lastName: `Person ${++n}`,
  email: `bench-${process.pid}-${n}-${randomBytes(3).toString('hex')}@example.org`,
  organisationType: 'association',
  workshopIds,
  consent: { dataProcessing: true },
});

async function createEvent(api, slug, workshops) {
  const start = Date.now() + 30 * 24 * HOUR;
  const event = await api('POST', '/events', {
    kind: 'conference',
    slug,
    title: { de: `Benchmark ${slug}` },
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 10 * HOUR).toISOString(),
    capacity: 100_000,
    status: 'published',
  });
  const ids = [];
  for (let i = 0; i < workshops.count; i++) {
    const w = await api('POST', `/events/${event.id}/workshops`, {
      title: { de: `Workshop ${i + 1}` },
      startsAt: new Date(start + HOUR).toISOString(),
      endsAt: new Date(start + 2 * HOUR).toISOString(),
      capacity: workshops.capacity,
    });
    ids.push(w.id);
  }
  return { id: event.id, slug, workshopIds: ids, capacity: workshops.capacity };
}

async function loadApi(base, event) {
  const result = await autocannon({
    url: `${base}/public/events/${event.slug}/registrations`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify(person([event.workshopIds[Math.floor(Math.random() * event.workshopIds.length)]])),
        }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** The same booking as the API's, in raw SQL: lock the event, check the e-mail, guarded counters, rows, outbox. */
async function bookRaw(client, event) {
  const workshopId = event.workshopIds[Math.floor(Math.random() * event.workshopIds.length)];
  const p = person([workshopId]);
  await client.query('BEGIN');
  try {
    await client.query('UPDATE events SET confirmed_count = confirmed_count WHERE id = $1', [event.id]);
    const dup = await client.query(
      `SELECT 1 FROM registrations WHERE event_id = $1 AND email = $2 AND status <> 'cancelled'`,
      [event.id, p.email],
    );
    if (dup.rowCount) throw new Error('duplicate');
    const seat = await client.query(
      'UPDATE events SET confirmed_count = confirmed_count + 1 WHERE id = $1 AND confirmed_count < capacity',
      [event.id],
    );
    const status = seat.rowCount === 1 ? 'confirmed' : 'waitlisted';
    const reg = await client.query(
      `INSERT INTO registrations (event_id, status, first_name, last_name, email, organisation_type, language, answers, consent_given_at, manage_token_hash, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'de', '{}', now(), $7, now()) RETURNING id`,
      [
        event.id,
        status,
        p.firstName,
        p.lastName,
        p.email,
        p.organisationType,
        createHash('sha256').update(randomBytes(32)).digest('hex'),
      ],
    );
    const wSeat =
      status === 'confirmed'
        ? await client.query(
            'UPDATE workshops SET confirmed_count = confirmed_count + 1 WHERE id = $1 AND confirmed_count < capacity',
            [workshopId],
          )
        : { rowCount: 0 };
    await client.query(
      'INSERT INTO registration_workshops (registration_id, workshop_id, status) VALUES ($1, $2, $3)',
      [reg.rows[0].id, workshopId, wSeat.rowCount === 1 ? 'confirmed' : 'waitlisted'],
    );
    await client.query(
      `INSERT INTO outbox_mails (kind, to_address, language, payload, next_attempt_at, message_id, registration_id, created_at) VALUES ('registration_confirmed', $1, 'de', '{}', now(), $2, $3, now())`,
      [p.email, `<${randomBytes(8).toString('hex')}@bench>`, reg.rows[0].id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The same booking as one statement (what the API does on PostgreSQL), plus the outbox row. */
async function bookRawSingle(client, event) {
  const workshopId = event.workshopIds[Math.floor(Math.random() * event.workshopIds.length)];
  const p = person([workshopId]);
  await client.query('BEGIN');
  try {
    const r = await client.query(
      `WITH seat AS (UPDATE events SET confirmed_count = confirmed_count + 1 WHERE id = $1 AND confirmed_count < capacity RETURNING id),
       reg AS (INSERT INTO registrations (event_id, status, first_name, last_name, email, organisation_type, language, answers, consent_given_at, manage_token_hash, created_at)
               SELECT $1, CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'confirmed' ELSE 'waitlisted' END, $2, $3, $4, $5, 'de', '{}', now(), $6, now() RETURNING id, status),
       ws AS (UPDATE workshops SET confirmed_count = confirmed_count + 1 WHERE id = $7 AND confirmed_count < capacity AND EXISTS (SELECT 1 FROM seat) RETURNING id),
       booked AS (INSERT INTO registration_workshops (registration_id, workshop_id, status)
                  SELECT reg.id, $7, CASE WHEN EXISTS (SELECT 1 FROM ws) THEN 'confirmed' ELSE 'waitlisted' END FROM reg RETURNING status)
       SELECT reg.id, reg.status FROM reg`,
      [
        event.id,
        p.firstName,
        p.lastName,
        p.email,
        p.organisationType,
        createHash('sha256').update(randomBytes(32)).digest('hex'),
        workshopId,
      ],
    );
    await client.query(
      `INSERT INTO outbox_mails (kind, to_address, language, payload, next_attempt_at, message_id, registration_id, created_at) VALUES ('registration_confirmed', $1, 'de', '{}', now(), $2, $3, now())`,
      [p.email, `<${randomBytes(8).toString('hex')}@bench>`, r.rows[0].id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function loadRaw(url, event, book = bookRaw) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => undefined);
  const latencies = [];
  let errors = 0;
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        const client = await pool.connect();
        try {
          await book(client, event);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        } finally {
          client.release();
        }
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / SECONDS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    total: latencies.length,
    errors,
  };
}

async function seatsCheck(url, event) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const rows = (
    await c.query(
      `SELECT w.id, w.capacity, w.confirmed_count,
              (SELECT COUNT(*)::int FROM registration_workshops b WHERE b.workshop_id = w.id AND b.status = 'confirmed') AS confirmed_rows,
              (SELECT COUNT(*)::int FROM registration_workshops b WHERE b.workshop_id = w.id) AS requests
       FROM workshops w WHERE w.event_id = $1`,
      [event.id],
    )
  ).rows;
  await c.end();
  // confirmed = capacity where the demand exceeded it; never more; the counter equals the rows.
  const ok = rows.every(
    (r) => r.confirmed_rows === r.confirmed_count && r.confirmed_rows === Math.min(r.capacity, r.requests),
  );
  return {
    ok,
    confirmed: rows.reduce((s, r) => s + r.confirmed_rows, 0),
    capacity: rows.reduce((s, r) => s + r.capacity, 0),
    requests: rows.reduce((s, r) => s + r.requests, 0),
  };
}

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 1 : 0) : '–');

async function main() {
  const url = await freshDatabase(DB);
  const api = await startApi('3917', url, { PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
  const rows = [];
  try {
    const admin = await login(api.base);
    for (const scenario of [
      { name: 'one hot workshop', workshops: { count: 1, capacity: 500 } },
      { name: 'spread over 20 workshops', workshops: { count: 20, capacity: 100 } },
    ]) {
      const viaApi = await createEvent(admin, `api-${scenario.workshops.count}`, scenario.workshops);
      const viaSql = await createEvent(admin, `sql-${scenario.workshops.count}`, scenario.workshops);
      const viaSql1 = await createEvent(admin, `sql1-${scenario.workshops.count}`, scenario.workshops);
      const a = await loadApi(api.base, viaApi);
      const aSeats = await seatsCheck(url, viaApi);
      const r = await loadRaw(url, viaSql);
      const rSeats = await seatsCheck(url, viaSql);
      const r1 = await loadRaw(url, viaSql1, bookRawSingle);
      const r1Seats = await seatsCheck(url, viaSql1);
      rows.push({ scenario: scenario.name, a, aSeats, r, rSeats, r1, r1Seats });
      console.log(
        scenario.name,
        JSON.stringify({ api: a, apiSeats: aSeats, raw: r, rawSeats: rSeats, rawSingle: r1, rawSingleSeats: r1Seats }),
      );
    }
  } finally {
    api.stop();
    await new Promise((r) => setTimeout(r, 1000));
    await dropDatabase(DB);
  }
  const table = rows
    .map(
      ({ scenario, a, aSeats, r, rSeats, r1, r1Seats }) =>
        `| ${scenario} | API (HTTP, TypeORM) | ${fmt(a.rps)} | ${fmt(a.p50)} | ${fmt(a.p99)} | ${a.total} | ${a.errors} | ${aSeats.confirmed}/${aSeats.capacity} of ${aSeats.requests} ${aSeats.ok ? '✓' : '✗'} |\n` +
        `| ${scenario} | raw SQL, statement by statement (pg, no HTTP) | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.total} | ${r.errors} | ${rSeats.confirmed}/${rSeats.capacity} of ${rSeats.requests} ${rSeats.ok ? '✓' : '✗'} |\n` +
        `| ${scenario} | raw SQL, one statement like the API (pg, no HTTP) | ${fmt(r1.rps)} | ${fmt(r1.p50)} | ${fmt(r1.p99)} | ${r1.total} | ${r1.errors} | ${r1Seats.confirmed}/${r1Seats.capacity} of ${r1Seats.requests} ${r1Seats.ok ? '✓' : '✗'} |\n` +
        `| | API ÷ raw SQL (statement by statement / one statement) | ${((a.rps / r.rps) * 100).toFixed(0)} % / ${((a.rps / r1.rps) * 100).toFixed(0)} % | | | | | |`,
    )
    .join('\n');
  writeSection(
    'registration',
    `## Registration throughput (issue 3)

${new Date().toISOString().slice(0, 10)}, ${machine()}; PostgreSQL on the same machine; one API process (pool 10), mail worker off.
Load: \`${CONNECTIONS}\` concurrent connections for ${SECONDS} s each (autocannon), every request a new person choosing one workshop.
Two raw-SQL baselines over \`pg\`, same concurrency, no HTTP: the booking statement by statement (duplicate check, guarded seat counters, registration, workshop place, outbox row), and the booking as one statement plus the outbox row, which is what the API does on PostgreSQL.
"Seats" checks that confirmed places equal the capacity wherever demand exceeded it, never more, and that the counters match the rows.

| scenario | path | req/s | p50 ms | p99 ms | requests | errors | seats (confirmed/capacity of requests) |
| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
${table}

Aim (issue 3): ≥ 200 req/s on one hot workshop with p99 < 500 ms and no errors, and at least half the raw-SQL rate.
Run: \`npm run build && node tools/bench/registration.bench.mjs\` (\`BENCH_DATABASE_URL\`, \`BENCH_SECONDS\`, \`BENCH_CONNECTIONS\`).`,
  );
  if (rows.some((x) => !x.aSeats.ok || !x.rSeats.ok || !x.r1Seats.ok)) {
    console.error('SEAT CHECK FAILED');
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
