import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SECRETS_KEY_BYTES = 32;
export const SECRETS_KEY_FILE = 'secrets.key';

/**
 * The key of the SecretBox when SECRETS_KEY is not set: DATA_DIR/secrets.key (base64, mode 0600),
 * created on first start. Created under a temporary name and linked into place, so two processes
 * starting at once end up with the same key and never read a half-written file.
 */
export function loadOrCreateSecretsKey(dataDir: string): Buffer {
  const file = path.join(dataDir, SECRETS_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    fs.writeFileSync(temporary, `${randomBytes(SECRETS_KEY_BYTES).toString('base64')}\n`, { mode: 0o600 });
    try {
      fs.linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== SECRETS_KEY_BYTES) throw new Error(`${file} does not hold a ${SECRETS_KEY_BYTES}-byte base64 key`);
  return key;
}
