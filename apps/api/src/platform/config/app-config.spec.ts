import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to SQLite under ./data on port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database.kind).toBe('sqlite');
    expect(c.dataDir.endsWith('data')).toBe(true);
    expect(c.initialAdmin).toBeNull();
  });

  it('selects PostgreSQL by a postgres:// DATABASE_URL', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@127.0.0.1:5432/db', poolSize: 10 });
  });

  it('backs up every 24 hours into DATA_DIR/backups by default, keeping 14; 0 turns it off; bad values are named', () => {
    const d = loadConfig({ DATA_DIR: '/srv/wir' });
    expect(d.backup).toEqual({ dir: '/srv/wir/backups', intervalHours: 24, keep: 14 });
    expect(loadConfig({ BACKUP_DIR: '/var/backups/wir', BACKUP_INTERVAL_HOURS: '0', BACKUP_KEEP: '3' }).backup).toEqual(
      { dir: '/var/backups/wir', intervalHours: 0, keep: 3 },
    );
    expect(() => loadConfig({ BACKUP_INTERVAL_HOURS: '-1', BACKUP_KEEP: '0' })).toThrow(
      /BACKUP_INTERVAL_HOURS[\s\S]*BACKUP_KEEP|BACKUP_KEEP[\s\S]*BACKUP_INTERVAL_HOURS/,
    );
  });

  it('names every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) expect(message).toContain(name);
  });

  it('requires ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.de' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('keeps a due receipt erasure without confirmation waiting at least 30 days', () => {
    expect(loadConfig({}).jobs.receiptErasureGraceDays).toBe(30);
    expect(loadConfig({ RECEIPT_ERASURE_GRACE_DAYS: '60' }).jobs.receiptErasureGraceDays).toBe(60);
    expect(() => loadConfig({ RECEIPT_ERASURE_GRACE_DAYS: '29' })).toThrow(/RECEIPT_ERASURE_GRACE_DAYS/);
  });

  it('understands TRUST_PROXY forms', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({}).trustProxy).toBe(false);
  });
});
