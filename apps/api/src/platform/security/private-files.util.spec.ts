import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensurePrivateDir, ensurePrivateFileSync } from './private-files.util';

const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe('private files under DATA_DIR', () => {
  let root: string;
  let umask: number;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-private-'));
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('creates folders 0700, the nested ones too, and narrows existing ones', async () => {
    const nested = path.join(root, 'data', 'receipts');
    await ensurePrivateDir(nested);
    expect(mode(nested)).toBe(0o700);
    expect(mode(path.join(root, 'data'))).toBe(0o700);
    const old = path.join(root, 'mail');
    fs.mkdirSync(old, { mode: 0o755 });
    await ensurePrivateDir(old);
    expect(mode(old)).toBe(0o700);
  });

  it('creates a missing file 0600 and narrows an existing one and its companions, keeping the content', () => {
    const fresh = path.join(root, 'new.sqlite');
    ensurePrivateFileSync(fresh);
    expect(mode(fresh)).toBe(0o600);
    expect(fs.readFileSync(fresh)).toHaveLength(0);

    const file = path.join(root, 'wir.sqlite');
    fs.writeFileSync(file, 'content', { mode: 0o644 });
    fs.writeFileSync(`${file}-wal`, 'wal', { mode: 0o644 });
    ensurePrivateFileSync(file, [`${file}-wal`, `${file}-shm`]);
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(fs.existsSync(`${file}-shm`)).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('content');
  });
});
