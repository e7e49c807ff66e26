import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig } from '#api/platform/config/app-config';
import { SealedSecretError, SecretBox } from './secret-box.service';
import { SECRETS_KEY_FILE } from './secrets-key.util';

describe('SecretBox', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-box-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const boxIn = (dataDir: string, env: Record<string, string> = {}) =>
    new SecretBox(loadConfig({ DATA_DIR: dataDir, ...env }));

  it('seals so that only the same key and purpose open it, and anything altered is refused', () => {
    const box = boxIn(dir);
    const sealed = box.seal('http://localhost:4200/anmeldung/verwalten/geheim', 'outbox-mail:<1@wir>');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('geheim');
    expect(box.seal('same', 'p')).not.toBe(box.seal('same', 'p'));
    expect(box.open(sealed, 'outbox-mail:<1@wir>')).toBe('http://localhost:4200/anmeldung/verwalten/geheim');
    expect(() => box.open(sealed, 'outbox-mail:<2@wir>')).toThrow(SealedSecretError);
    const flipped = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;
    expect(() => box.open(flipped, 'outbox-mail:<1@wir>')).toThrow(SealedSecretError);
    expect(() => box.open('{"manageToken":"x"}', 'p')).toThrow(SealedSecretError);
  });

  it('creates DATA_DIR/secrets.key (0600) on first start and uses it again; another key cannot open', () => {
    const sealed = boxIn(dir).seal('token', 'p');
    const file = path.join(dir, SECRETS_KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(boxIn(dir).open(sealed, 'p')).toBe('token');
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-box-'));
    try {
      expect(() => boxIn(other).open(sealed, 'p')).toThrow(SealedSecretError);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('takes SECRETS_KEY instead of a file (for several API hosts), and refuses a key of the wrong size', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const sealed = boxIn(dir, { SECRETS_KEY: key }).seal('token', 'p');
    expect(fs.existsSync(path.join(dir, SECRETS_KEY_FILE))).toBe(false);
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-box-'));
    try {
      expect(boxIn(elsewhere, { SECRETS_KEY: key }).open(sealed, 'p')).toBe('token');
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
    expect(() => loadConfig({ SECRETS_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/SECRETS_KEY/);
  });
});
