import * as fs from 'node:fs';
import * as path from 'node:path';
import { MailWorker } from '#api/platform/mail/mail-worker.service';
import { publishedEvent, participant } from './support/event-fixtures';
import { expense, wirGrant } from './support/grant-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 8, item 8e: what DATA_DIR holds (SQLite file, receipt scans, mail files) is the service user's alone. */
describe('DATA_DIR: folders 0700, files 0600', () => {
  let t: TestApp;
  let umask: number;
  beforeAll(async () => {
    umask = process.umask(0o022); // the usual default, under which files would be world-readable
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(async () => {
    await t.close();
    process.umask(umask);
  });

  it('creates the database file, scans and mail files readable by the service user only', async () => {
    const finance = await t.userWithRoles(['finance']);
    const { grant, lines } = await wirGrant(finance);
    const r = await expense(finance, grant.id, lines[0].id, 100);
    const put = await finance.agent
      .put(`/api/receipts/${r.id}/file`)
      .set('X-CSRF-Token', finance.csrf)
      .set('Content-Type', 'image/png')
      .send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));
    expect(put.status).toBe(200);
    await publishedEvent(await t.admin(), { slug: 'rechte', capacity: 5 });
    expect((await t.http.post('/api/public/events/rechte/registrations').send(participant())).status).toBe(201);
    expect((await t.app.get(MailWorker).runOnce()).sent).toBe(1);

    const modes: Record<string, string> = {};
    for (const entry of fs.readdirSync(t.config.dataDir, { withFileTypes: true, recursive: true })) {
      const full = path.join(entry.parentPath, entry.name);
      modes[path.relative(t.config.dataDir, full)] =
        `${entry.isDirectory() ? 'dir' : 'file'} ${(fs.statSync(full).mode & 0o777).toString(8)}`;
    }
    const names = Object.keys(modes);
    expect(names).toEqual(
      expect.arrayContaining([
        'receipts',
        'mail',
        ...(t.config.database.kind === 'sqlite' ? ['wir.sqlite', 'wir.sqlite-wal', 'wir.sqlite-shm'] : []),
      ]),
    );
    expect(names.filter((n) => n.startsWith('receipts/'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('mail/') && n.endsWith('.eml'))).toHaveLength(1);
    expect(Object.entries(modes).filter(([, mode]) => mode !== 'dir 700' && mode !== 'file 600')).toEqual([]);
  });
});
