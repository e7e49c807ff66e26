import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOpenApiDocument } from '../src/platform/http/openapi';
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
});
