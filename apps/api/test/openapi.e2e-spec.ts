import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOpenApiDocument } from '#api/platform/http/openapi';
import { startTestApp, TestApp } from './support/test-app';

const SNAPSHOT = path.resolve(__dirname, '../openapi.json');

/**
 * The OpenAPI document is generated from the code (the shared zod schemas) and committed, so a change
 * of the API contract shows up in review. `UPDATE_OPENAPI=1 npm test` writes it anew.
 */
describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the committed apps/api/openapi.json', () => {
    const current = `${JSON.stringify(buildOpenApiDocument(t.app), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') fs.writeFileSync(SNAPSHOT, current);
    expect(fs.existsSync(SNAPSHOT)).toBe(true);
    expect(current).toBe(fs.readFileSync(SNAPSHOT, 'utf8'));
  });

  // Validity against the declared version is checked by `npm run lint:openapi` (Redocly, redocly.yaml).
  it('declares OpenAPI 3.1, whose schema keywords (type arrays with null, numeric exclusiveMinimum) nestjs-zod emits', () => {
    const doc = buildOpenApiDocument(t.app);
    expect(doc.openapi).toBe('3.1.0');
    const json = JSON.stringify(doc);
    expect(json).not.toContain('"nullable"');
    expect(json).not.toContain('"exclusiveMinimum":true');
  });

  it('gives every operation a summary and says which ones need the session cookie', () => {
    const doc = buildOpenApiDocument(t.app);
    expect(doc.security).toEqual([{ cookie: [] }]);
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      (['get', 'put', 'post', 'delete', 'patch'] as const).flatMap((method) =>
        item[method] ? [{ path, method, op: item[method] }] : [],
      ),
    );
    expect(operations.length).toBeGreaterThan(90);
    expect(operations.filter(({ op }) => !op.summary?.trim()).map(({ method, path }) => `${method} ${path}`)).toEqual(
      [],
    );
    // @Public() routes lift the document-wide requirement; all others inherit it.
    const open = operations.filter(({ op }) => op.security !== undefined);
    expect(open.every(({ op }) => JSON.stringify(op.security) === '[{}]')).toBe(true);
    expect(open.map(({ method, path }) => `${method} ${path}`)).toEqual(
      expect.arrayContaining([
        'get /api/health',
        'post /api/auth/login',
        'get /api/public/events',
        'post /api/public/events/{slug}/registrations',
      ]),
    );
    expect(open.map(({ path }) => path)).not.toContain('/api/events');
  });
});
