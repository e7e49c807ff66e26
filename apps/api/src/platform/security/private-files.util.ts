import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';

/**
 * DATA_DIR holds personal data (the SQLite file, receipt scans, mail files): its folders are the
 * service user's alone (0700), its files too (0600), whatever the umask. Folders and files made by an
 * earlier version with wider modes are narrowed.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

export async function ensurePrivateDir(dir: string): Promise<void> {
  await fsp.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await fsp.chmod(dir, PRIVATE_DIR_MODE);
}

/** Creates the file empty if it is missing, and narrows it to 0600; `alsoIfPresent` files (e.g. SQLite's -wal, -shm) are narrowed when they exist. */
export function ensurePrivateFileSync(file: string, alsoIfPresent: string[] = []): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  fs.chmodSync(file, PRIVATE_FILE_MODE);
  for (const other of alsoIfPresent) {
    try {
      fs.chmodSync(other, PRIVATE_FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
