import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { dataExportDoc, describeTables } from '#api/platform/backup/data-export';
import { TABLE_DESCRIPTIONS } from '#api/platform/backup/table-descriptions';
import { publishedEvent, participant } from './support/event-fixtures';
import { expense, wirGrant } from './support/grant-fixtures';
import { type Client, startTestApp, type TestApp } from './support/test-app';
import { parseCsv } from './support/report-files';
import { readZip } from './support/zip-reader';

const DOC = path.resolve(__dirname, '../../../docs/data-export.md');

describe('the district data export', () => {
  let t: TestApp;
  let admin: Client;
  let finance: Client;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.admin();
    finance = await t.userWithRoles(['finance']);
  });
  afterAll(() => t?.close());

  it('describes every table of the database, and docs/data-export.md is the document generated from it', async () => {
    const db = t.app.get(DataSource);
    const kind = process.env.TEST_DB_KIND as 'sqlite' | 'postgres';
    const tables = await describeTables(kind, (sql) => db.query(sql));
    expect(tables.map((x) => x.name)).toEqual(
      expect.arrayContaining(['registrations', 'receipts', 'grants', 'migrations', 'backup_runs']),
    );
    const undescribed = tables.filter((x) => !TABLE_DESCRIPTIONS[x.name]).map((x) => x.name);
    expect(undescribed).toEqual([]);
    // No description for a table that does not exist (a renamed or dropped table).
    expect(Object.keys(TABLE_DESCRIPTIONS).filter((name) => !tables.some((x) => x.name === name))).toEqual([]);
    const doc = dataExportDoc(tables);
    if (kind === 'sqlite' && process.env.UPDATE_DATA_EXPORT_DOC) fs.writeFileSync(DOC, doc);
    // The same document from either database: the column types are named alike.
    expect(doc).toBe(fs.readFileSync(DOC, 'utf8'));
  });

  it('is for admins only', async () => {
    expect((await t.http.get('/api/admin/export')).status).toBe(401);
    expect((await finance.get('/api/admin/export')).status).toBe(403);
    expect((await (await t.userWithRoles(['coordinator'])).get('/api/admin/export')).status).toBe(403);
  });

  it('holds every table as CSV for German Excel and as JSON, the files and the column document; the download is audited', async () => {
    const event = await publishedEvent(admin, { slug: 'konf-export', capacity: 10 });
    const registered = await t.http.post(`/api/public/events/${event.slug}/registrations`).send(
      participant({
        lastName: '=HYPERLINK("http://evil.example";"klick")',
        organisationName: 'Verein; "Brücke" e.V.',
      }),
    );
    expect(registered.status).toBe(201);
    const { grant, lines } = await wirGrant(finance);
    const receipt = await expense(finance, grant.id, lines[0].id, 4_831_600);
    const scan = Buffer.from('%PDF-1.4\n% Beleg für den Export\n%%EOF\n');
    const put = await finance.agent
      .put(`/api/receipts/${receipt.id}/file`)
      .set('X-CSRF-Token', finance.csrf)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', 'beleg.pdf')
      .send(scan);
    expect(put.status).toBe(200);

    const res = await admin
      .get('/api/admin/export')
      .buffer(true)
      .parse((stream, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="wir-datenexport-\d{4}-\d{2}-\d{2}\.zip"/);
    const zip = readZip(res.body as Buffer);

    const db = t.app.get(DataSource);
    const tables = await describeTables(process.env.TEST_DB_KIND as 'sqlite' | 'postgres', (sql) => db.query(sql));
    const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8'));
    for (const table of tables) {
      const json = JSON.parse(zip.get(`json/${table.name}.json`)!.toString('utf8')) as Record<string, unknown>[];
      const csv = zip.get(`csv/${table.name}.csv`)!.toString('utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const records = parseCsv(csv.slice(1));
      expect(records[0]).toEqual(table.columns.map((c) => c.name));
      expect(records.length - 1).toBe(json.length);
      expect(manifest.rows[table.name]).toBe(json.length);
      if (table.name !== 'audit_log' && table.name !== 'sessions') {
        const [{ n }] = (await db.query(`SELECT COUNT(*) AS n FROM "${table.name}"`)) as { n: string | number }[];
        expect(json.length).toBe(Number(n));
      }
      for (const record of records) expect(record).toHaveLength(table.columns.length);
    }

    // Formula-safe and quoted, with German numbers and dates in the CSV; plain values in the JSON.
    const regCsv = parseCsv(zip.get('csv/registrations.csv')!.toString('utf8').slice(1));
    const header = regCsv[0];
    const row = regCsv.find((r) => r[header.indexOf('id')] === String(registered.body.id))!;
    expect(row[header.indexOf('last_name')]).toBe(`'=HYPERLINK("http://evil.example";"klick")`);
    const regJson = (
      JSON.parse(zip.get('json/registrations.json')!.toString('utf8')) as Record<string, unknown>[]
    ).find((r) => r.id === registered.body.id)!;
    expect(regJson.last_name).toBe('=HYPERLINK("http://evil.example";"klick")');
    expect(String(regJson.created_at)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(row[header.indexOf('created_at')]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    const receiptJson = (JSON.parse(zip.get('json/receipts.json')!.toString('utf8')) as Record<string, unknown>[]).find(
      (r) => r.id === receipt.id,
    )!;
    expect(receiptJson.amount_cents).toBe(4_831_600);
    expect(receiptJson.date).toBe('2014-05-22');
    const receiptCsv = parseCsv(zip.get('csv/receipts.csv')!.toString('utf8').slice(1));
    const receiptRow = receiptCsv.find((r) => r[receiptCsv[0].indexOf('id')] === String(receipt.id))!;
    expect(receiptRow[receiptCsv[0].indexOf('amount_cents')]).toBe('4831600');
    expect(receiptRow[receiptCsv[0].indexOf('date')]).toBe('22.05.2014');

    // Secrets stay home: hashes withheld, no secrets key.
    const users = JSON.parse(zip.get('json/users.json')!.toString('utf8')) as Record<string, unknown>[];
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => u.password_hash === null && typeof u.email === 'string')).toBe(true);
    expect([...zip.keys()].some((k) => k.endsWith('secrets.key'))).toBe(false);
    expect([...zip.keys()].some((k) => k.startsWith('files/mail/'))).toBe(false);

    // The scan, byte for byte, under the key the receipt names.
    expect(Buffer.compare(zip.get(`files/receipts/${receiptJson.file_key as string}`)!, scan)).toBe(0);
    expect(zip.get('data-export.md')!.toString('utf8')).toContain('## receipts');

    const audit = (await db.query(`SELECT user_email FROM audit_log WHERE entity = 'data_export'`)) as {
      user_email: string;
    }[];
    expect(audit.map((a) => a.user_email)).toEqual(['admin@kreis-offenbach.example']);
  }, 60_000);
});
