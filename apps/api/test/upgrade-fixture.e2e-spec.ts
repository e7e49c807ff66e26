import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { Client as PgClient } from 'pg';
import { migrations } from '#api/migrations/index';
import { restoreBackup } from '#api/platform/backup/restore';
import { sqliteQuery, type RowQuery } from '#api/platform/backup/database-tables.util';
import { emptyRestoreTarget, startOn, type RestoreTarget } from './support/backup-targets';

/**
 * A backup of the schema and demo data of commit 2ef4039 (before the backup_runs migration and every
 * later one), one archive per database kind (apps/api/test/fixtures/README.md says how they were made).
 * Restored with today's code, the app migrates it forward; grant figures, registrations and receipts
 * are those computed from the fixture's own rows before the migrations ran.
 */
const FIXTURE = path.join(__dirname, 'fixtures', `upgrade-2ef4039.${process.env.TEST_DB_KIND}.tar.gz`);
const PLATFORM_CHURN = new Set(['migrations', 'sessions', 'audit_log', 'rate_limit_counters']);

async function withDatabase<T>(target: RestoreTarget, work: (query: RowQuery) => Promise<T>): Promise<T> {
  if (target.databaseUrl) {
    const client = new PgClient({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      return await work(async (sql) => (await client.query(sql)).rows as Record<string, unknown>[]);
    } finally {
      await client.end();
    }
  }
  const db = new Database(path.join(target.dataDir, 'wir.sqlite'), { readonly: true });
  try {
    return await work(sqliteQuery(db));
  } finally {
    db.close();
  }
}

type Figures = {
  counts: Record<string, number>;
  grants: {
    id: number;
    awarded: number;
    expenses: number;
    expenseCount: number;
    byLine: Record<string, number>;
    income: number;
    requested: number;
    received: number;
  }[];
  events: { id: number; confirmed: number; waitlisted: number; cancelled: number }[];
  scans: { id: number; key: string }[];
};

async function figures(query: RowQuery): Promise<Figures> {
  const n = (v: unknown) => Number(v ?? 0);
  const counts: Record<string, number> = {};
  const tables = await query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).catch(
    () =>
      query(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
      ),
  );
  for (const { name } of tables)
    counts[String(name)] = n((await query(`SELECT COUNT(*) AS n FROM "${String(name)}"`))[0].n);
  const grants: Figures['grants'] = [];
  for (const g of await query('SELECT id, awarded_cents FROM grants ORDER BY id')) {
    const id = n(g.id);
    const [e] = await query(
      `SELECT COUNT(*) AS c, SUM(amount_cents) AS s FROM receipts WHERE grant_id = ${id} AND kind = 'expense'`,
    );
    const [i] = await query(`SELECT SUM(amount_cents) AS s FROM receipts WHERE grant_id = ${id} AND kind = 'income'`);
    const [d] = await query(
      `SELECT SUM(requested_cents) AS r, SUM(received_cents) AS x FROM drawdowns WHERE grant_id = ${id}`,
    );
    const byLine: Record<string, number> = {};
    for (const l of await query(
      `SELECT budget_line_id AS line, SUM(amount_cents) AS s FROM receipts WHERE grant_id = ${id} AND kind = 'expense' GROUP BY budget_line_id`,
    ))
      byLine[String(l.line)] = n(l.s);
    grants.push({
      id,
      awarded: n(g.awarded_cents),
      expenses: n(e.s),
      expenseCount: n(e.c),
      byLine,
      income: n(i.s),
      requested: n(d.r),
      received: n(d.x),
    });
  }
  const events: Figures['events'] = [];
  for (const ev of await query('SELECT id FROM events ORDER BY id')) {
    const by: Record<string, number> = {};
    for (const r of await query(
      `SELECT status, COUNT(*) AS c FROM registrations WHERE event_id = ${n(ev.id)} GROUP BY status`,
    ))
      by[String(r.status)] = n(r.c);
    events.push({
      id: n(ev.id),
      confirmed: by.confirmed ?? 0,
      waitlisted: by.waitlisted ?? 0,
      cancelled: by.cancelled ?? 0,
    });
  }
  const scans = (await query('SELECT id, file_key FROM receipts WHERE file_key IS NOT NULL ORDER BY id')).map((r) => ({
    id: n(r.id),
    key: String(r.file_key),
  }));
  return { counts, grants, events, scans };
}

describe('upgrade: a backup of an older version restores and migrates forward', () => {
  let target: RestoreTarget;
  afterAll(() => target?.remove());

  it('keeps grant figures, registrations, receipts and scans', async () => {
    target = await emptyRestoreTarget();
    const { manifest } = await restoreBackup(target.config, FIXTURE);
    expect(manifest.database.lastMigration).toBe('WorkshopAttendance1765200000000');
    const latest = migrations
      .map((m) => new m().name!)
      .sort((a, b) => Number(a.slice(-13)) - Number(b.slice(-13)))
      .at(-1);
    expect(latest).not.toBe(manifest.database.lastMigration); // there is something to migrate

    const before = await withDatabase(target, figures);
    expect(before.grants.length).toBeGreaterThan(0);
    expect(before.grants.some((g) => g.expenses > 0)).toBe(true);
    expect(before.events.some((e) => e.confirmed > 0)).toBe(true);
    expect(before.scans.length).toBe(2);

    const app = await startOn(target.config); // the migrations run here
    try {
      const admin = await app.login('admin@kreis-offenbach.example', 'Integrationsbuero-2002!');
      const after = await withDatabase(target, figures);
      expect(
        (await withDatabase(target, (q) => q('SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1')))[0].name,
      ).toBe(latest);
      // Nothing lost or added by the migrations: every table of the old schema has its rows.
      for (const [table, count] of Object.entries(before.counts))
        if (!PLATFORM_CHURN.has(table)) expect([table, after.counts[table]]).toEqual([table, count]);
      expect(after.grants).toEqual(before.grants);
      expect(after.events).toEqual(before.events);
      expect(after.scans).toEqual(before.scans);

      // The same figures through today's API.
      for (const g of before.grants) {
        const detail = await admin.get(`/api/grants/${g.id}`);
        expect(detail.status).toBe(200);
        expect(detail.body.awardedCents).toBe(g.awarded);
        const status = await admin.get(`/api/grants/${g.id}/budget-status`);
        expect(status.status).toBe(200);
        expect(status.body.totals.actualCents).toBe(g.expenses);
        for (const line of status.body.lines as { budgetLineId: number; actualCents: number }[])
          expect(line.actualCents).toBe(g.byLine[String(line.budgetLineId)] ?? 0);
        expect(status.body.drawdowns).toEqual({ requestedCents: g.requested, receivedCents: g.received });
        const list = await admin.get(`/api/grants/${g.id}/receipts?kind=expense`);
        expect(list.status).toBe(200);
        expect([list.body.total, list.body.sumCents]).toEqual([g.expenseCount, g.expenses]);
      }
      for (const e of before.events) {
        const stats = await admin.get(`/api/events/${e.id}/stats`);
        expect(stats.status).toBe(200);
        expect({
          id: e.id,
          confirmed: stats.body.confirmed,
          waitlisted: stats.body.waitlisted,
          cancelled: stats.body.cancelled,
        }).toEqual(e);
      }
      for (const s of before.scans) {
        const file = await admin
          .get(`/api/receipts/${s.id}/file`)
          .buffer(true)
          .parse((res, cb) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => cb(null, Buffer.concat(chunks)));
          });
        expect(file.status).toBe(200);
        const sha = createHash('sha256')
          .update(file.body as Buffer)
          .digest('hex');
        expect(manifest.files.find((f) => f.name === `files/receipts/${s.key}`)?.sha256).toBe(sha);
        expect(fs.existsSync(path.join(target.dataDir, 'receipts', s.key))).toBe(true);
      }
    } finally {
      await app.app.close();
    }
  }, 120_000);
});
