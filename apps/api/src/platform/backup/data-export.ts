import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '#api/platform/config/app-config';
import { csvField, germanCsvCell } from '#api/platform/export/german-csv.util';
import { neutraliseFormula } from '#api/platform/export/spreadsheet-cell.util';
import type { SpreadsheetColumnType } from '#api/platform/export/spreadsheet-column';
import { OPERATIONS_DIR } from '#api/platform/operations/operations-dir';
import { appVersion } from './app-version.util';
import { copySqliteDatabase, listDataFiles } from './backup';
import {
  lastMigration,
  listTables,
  quoteIdent,
  sqliteQuery,
  type DatabaseKind,
  type RowQuery,
} from './database-tables.util';
import { TABLE_DESCRIPTIONS } from './table-descriptions';
import { ZipWriter } from './zip.util';

/** Column types of the export, the same words on SQLite and PostgreSQL. */
export type ExportColumnType = 'integer' | 'decimal' | 'boolean' | 'timestamp' | 'date' | 'json' | 'text';
export type ExportColumn = { name: string; type: ExportColumnType; nullable: boolean; withheld: boolean };
export type ExportTable = { name: string; columns: ExportColumn[] };

/** Secrets are never exported, only their column: password and token hashes, sealed data. */
export function isWithheldColumn(name: string): boolean {
  return /(^|_)(password|token|hash|secret|secrets)(_|$)|^sealed_|^sealed$/.test(name);
}

export function exportColumnType(declared: string): ExportColumnType {
  const t = declared.toLowerCase();
  if (t.includes('bool')) return 'boolean';
  if (t.includes('int')) return 'integer';
  if (t.includes('timestamp') || t.includes('datetime')) return 'timestamp';
  if (t === 'date') return 'date';
  if (/numeric|decimal|real|double|float/.test(t)) return 'decimal';
  if (t.includes('json')) return 'json';
  return 'text';
}

async function tableColumns(kind: DatabaseKind, query: RowQuery, table: string): Promise<ExportColumn[]> {
  const raw =
    kind === 'sqlite'
      ? (await query(`PRAGMA table_info(${quoteIdent(table)})`)).map((c) => ({
          name: String(c.name),
          type: String(c.type),
          nullable: !Number(c.notnull) && !Number(c.pk),
        }))
      : (
          await query(
            `SELECT column_name AS name, data_type AS type, is_nullable AS nullable FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '${table.replace(/'/g, "''")}' ORDER BY ordinal_position`,
          )
        ).map((c) => ({ name: String(c.name), type: String(c.type), nullable: c.nullable === 'YES' }));
  return raw.map((c) => ({
    name: c.name,
    type: exportColumnType(c.type),
    nullable: c.nullable,
    withheld: isWithheldColumn(c.name),
  }));
}

export async function describeTables(kind: DatabaseKind, query: RowQuery): Promise<ExportTable[]> {
  const tables: ExportTable[] = [];
  for (const name of await listTables(kind, query))
    tables.push({ name, columns: await tableColumns(kind, query, name) });
  return tables;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A value as the JSON of the export: numbers, booleans, ISO-8601 times (UTC), calendar days, parsed JSON. */
export function exportValue(value: unknown, column: ExportColumn): unknown {
  if (value === null || value === undefined || column.withheld) return null;
  switch (column.type) {
    case 'integer':
    case 'decimal':
      return Number(value);
    case 'boolean':
      return value === true || value === 1 || value === '1' || value === 't' || value === 'true';
    case 'timestamp': {
      if (value instanceof Date) return value.toISOString();
      const text = String(value);
      // SQLite keeps UTC text ("2014-05-22 09:30:00.000") without a zone.
      return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`).toISOString();
    }
    case 'date':
      return value instanceof Date
        ? `${value.getFullYear()}-${pad2(value.getMonth() + 1)}-${pad2(value.getDate())}`
        : String(value).slice(0, 10);
    case 'json':
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value);
      } catch {
        return value;
      }
    default:
      return Buffer.isBuffer(value) ? value.toString('base64') : String(value);
  }
}

const CSV_TYPE: Record<ExportColumnType, SpreadsheetColumnType> = {
  integer: 'integer',
  decimal: 'text',
  boolean: 'text',
  timestamp: 'datetime',
  date: 'date',
  json: 'text',
  text: 'text',
};

function csvCell(value: unknown, column: ExportColumn): string {
  if (value === null) return '';
  if (column.type === 'timestamp') return germanCsvCell(new Date(value as string), 'datetime');
  if (typeof value === 'object') return neutraliseFormula(JSON.stringify(value));
  return germanCsvCell(value as string | number | boolean, CSV_TYPE[column.type]);
}

/** CSV for German Excel: UTF-8 with BOM, `;`, CRLF, German dates and numbers, no cell that starts a formula. */
export function tableCsv(table: ExportTable, rows: Record<string, unknown>[]): Buffer {
  const lines = [table.columns.map((c) => csvField(neutraliseFormula(c.name))).join(';')];
  for (const row of rows) lines.push(table.columns.map((c) => csvField(csvCell(row[c.name], c))).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const TYPE_NOTES: Record<ExportColumnType, string> = {
  integer: 'whole number',
  decimal: 'number',
  boolean: 'ja/nein (JSON true/false)',
  timestamp: 'date and time (CSV Berlin time, JSON ISO-8601 UTC)',
  date: 'calendar day (CSV TT.MM.JJJJ, JSON YYYY-MM-DD)',
  json: 'structured value (JSON)',
  text: 'text',
};

/** docs/data-export.md: every table with its description and its columns, read from the database. */
export function dataExportDoc(tables: ExportTable[]): string {
  const out = [
    '# Data export: tables and columns',
    '',
    '<!-- Generated from the database schema and apps/api/src/platform/backup/table-descriptions.ts by',
    '     `UPDATE_DATA_EXPORT_DOC=1 npx jest -c apps/api/jest.config.js --selectProjects sqlite --testPathPatterns data-export`. -->',
    '',
    'An admin downloads the whole data of the district as one ZIP: `GET /api/admin/export` (admin page "System",',
    '"Alle Daten exportieren"). It holds, for every table below, `csv/<table>.csv` (for German Excel: UTF-8 with BOM,',
    '`;` between cells, German dates and numbers, no cell that starts a formula) and `json/<table>.json` (an array of',
    'rows: numbers, `true`/`false`, times in ISO-8601 UTC, calendar days `YYYY-MM-DD`), the data files under `files/`',
    '(receipt scans in `files/receipts/<file_key>`, …), `manifest.json` (time, version, rows per table) and this',
    'document. Money is always integer cents (`…_cents`: 4831600 = 48.316,00 €). Columns marked *withheld* hold',
    'secrets (password and token hashes, sealed data) and are empty in the export. The export contains personal data:',
    'only admins may download it, and every download is in the audit log.',
    '',
  ];
  const names = new Set(tables.map((t) => t.name));
  const referred = (column: string) => {
    const base = column.slice(0, -3);
    return [`${base}s`, `${base}es`, base.replace(/y$/, 'ies')].find((n) => names.has(n));
  };
  for (const table of tables) {
    out.push(
      `## ${table.name}`,
      '',
      TABLE_DESCRIPTIONS[table.name] ?? '**(no description)**',
      '',
      '| column | type | empty allowed | note |',
      '| --- | --- | --- | --- |',
    );
    for (const c of table.columns) {
      const note = c.withheld
        ? '*withheld* (secret)'
        : c.name.endsWith('_cents')
          ? 'integer cents'
          : c.name === 'id'
            ? 'key'
            : c.name.endsWith('_id') && referred(c.name)
              ? `refers to ${referred(c.name)}.id`
              : '';
      out.push(`| \`${c.name}\` | ${TYPE_NOTES[c.type]} | ${c.nullable ? 'yes' : 'no'} | ${note} |`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

type Snapshot = { kind: DatabaseKind; query: RowQuery; close(): Promise<void> };

/** A consistent view of the whole database while the API keeps writing (SQLite: an online copy; PostgreSQL: a REPEATABLE READ transaction). */
async function openSnapshot(config: AppConfig, dataSource: DataSource): Promise<Snapshot> {
  if (config.database.kind === 'postgres') {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    return {
      kind: 'postgres',
      query: (sql) => runner.query(sql) as Promise<Record<string, unknown>[]>,
      async close() {
        if (runner.isReleased) return;
        await runner.query('ROLLBACK').catch(() => undefined);
        await runner.release();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-export-'));
  const file = path.join(dir, 'snapshot.sqlite');
  await copySqliteDatabase(config.database.file, file);
  const copy = new Database(file, { readonly: true });
  return {
    kind: 'sqlite',
    query: sqliteQuery(copy),
    async close() {
      copy.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type DataExportSummary = { tables: Record<string, number>; files: number };

/** Writes the district's data export (ZIP) into `out` and ends it. */
export async function writeDataExport(
  config: AppConfig,
  dataSource: DataSource,
  out: Writable,
  now = new Date(),
  onTable?: (done: number, total: number) => void,
): Promise<DataExportSummary> {
  const snapshot = await openSnapshot(config, dataSource);
  const zip = new ZipWriter(out);
  const summary: DataExportSummary = { tables: {}, files: 0 };
  try {
    const tables = await describeTables(snapshot.kind, snapshot.query);
    onTable?.(0, tables.length);
    for (const table of tables) {
      const key = table.columns.some((c) => c.name === 'id') ? ' ORDER BY "id"' : '';
      const rows = (await snapshot.query(`SELECT * FROM ${quoteIdent(table.name)}${key}`)).map((row) =>
        Object.fromEntries(table.columns.map((c) => [c.name, exportValue(row[c.name], c)])),
      );
      summary.tables[table.name] = rows.length;
      await zip.add(`csv/${table.name}.csv`, tableCsv(table, rows), { at: now });
      await zip.add(`json/${table.name}.json`, Buffer.from(JSON.stringify(rows, null, 1)), { at: now });
      onTable?.(Object.keys(summary.tables).length, tables.length);
    }
    const migration = await lastMigration(snapshot.kind, snapshot.query);
    await snapshot.close();
    // Data files, as in a backup, but without the secrets key (it opens nothing outside this installation).
    // Not the results of long operations either (earlier exports among them): copies, deleted after a week.
    const excluded = [config.backup.dir, path.join(config.dataDir, OPERATIONS_DIR)];
    for (const relative of listDataFiles(config.dataDir, excluded).filter((f) => f !== 'secrets.key')) {
      let content: Buffer;
      try {
        content = fs.readFileSync(path.join(config.dataDir, relative));
      } catch {
        continue; // erased in the meantime
      }
      await zip.add(`files/${relative}`, content, { compress: false, at: now });
      summary.files++;
    }
    await zip.add('data-export.md', Buffer.from(dataExportDoc(tables)), { at: now });
    await zip.add(
      'manifest.json',
      Buffer.from(
        JSON.stringify(
          {
            createdAt: now.toISOString(),
            appVersion: appVersion(),
            database: snapshot.kind,
            lastMigration: migration,
            rows: summary.tables,
            files: summary.files,
          },
          null,
          2,
        ),
      ),
      { at: now },
    );
    await zip.finish();
    return summary;
  } finally {
    await snapshot.close().catch(() => undefined);
  }
}
