import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Client, TestApp } from './test-app';

export type FileResponse = { status: number; body: Buffer; headers: Record<string, string> };

/** GET as raw bytes (supertest would decode text and drop the BOM). EXPORT_SAMPLES_DIR keeps the files for a look. */
export async function downloadFile(client: Client | TestApp['http'], url: string): Promise<FileResponse> {
  const res = await client
    .get(url)
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const body = res.body as Buffer;
  const samples = process.env.EXPORT_SAMPLES_DIR;
  if (samples && res.status === 200)
    fs.writeFileSync(
      path.join(samples, `${process.env.TEST_DB_KIND}-${url.split('?')[0].split('/').slice(-3).join('-')}`),
      body,
    );
  return { status: res.status, body, headers: res.headers as Record<string, string> };
}

/** A small RFC 4180 reader for `;`-separated CSV with CRLF line ends, quotes doubled and line breaks inside quotes (enough to read our own files back). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

// pdfjs-dist is ESM only, which Jest 30 on Node 20 cannot import, so a plain Node process extracts the text.
const PDFJS = pathToFileURL(
  path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'legacy/build/pdf.mjs'),
).href;
const EXTRACT_SCRIPT = `
import { getDocument } from ${JSON.stringify(PDFJS)};
const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const doc = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 }).promise;
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const content = await (await doc.getPage(i)).getTextContent();
  pages.push(content.items.map((item) => item.str + (item.hasEOL ? '\\n' : ' ')).join(''));
}
process.stdout.write(JSON.stringify(pages));
`;

/** The text of each page of a PDF, in drawing order. */
export function pdfPages(pdf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', EXTRACT_SCRIPT], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as string[])
        : reject(new Error(`pdf text extraction failed (${code}): ${err}`)),
    );
    child.stdin.end(pdf);
  });
}

/** "-48.316,00" or "48316,00" (with or without " €") → integer cents, by the digits alone. */
export function centsOfGermanAmount(text: string): number {
  const m = /^(-)?([\d.]+),(\d{2})(?:[\s\u00a0]?€)?$/.exec(text.trim());
  if (!m) throw new Error(`not a German amount: ${JSON.stringify(text)}`);
  const cents = Number(m[2].replace(/\./g, '')) * 100 + Number(m[3]);
  return m[1] ? -cents : cents;
}

/** Today in Berlin as the reports print it (22.05.2014). */
export const berlinToday = () =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
