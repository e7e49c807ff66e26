import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

describe('schema: migrations are the only source of the schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('leaves no difference between entities and migrations (drift check)', async () => {
    const ds = t.app.get(DataSource);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has run every migration and nothing is pending', async () => {
    const ds = t.app.get(DataSource);
    expect(await ds.showMigrations()).toBe(false);
    expect(ds.options.synchronize).toBe(false);
  });

  it('stores timestamps as UTC instants', async () => {
    const admin = await t.admin();
    const created = await admin.post('/api/action-fields', { name: 'Zeitzonen-Test' });
    expect(created.status).toBe(201);
    const log = await admin.get('/api/audit-log?entity=action_field');
    const at = new Date(log.body.items[0].at).getTime();
    expect(Math.abs(at - Date.now())).toBeLessThan(60_000);
    expect(log.body.items[0].at).toMatch(/Z$/);
  });

  // Last: it drops every table before building them again.
  it('can undo and redo every migration', async () => {
    const ds = t.app.get(DataSource);
    for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await ds.showMigrations()).toBe(true);
    await ds.runMigrations({ transaction: 'each' });
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
