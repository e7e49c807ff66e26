import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/** Without SMTP_URL mails are .eml files under DATA_DIR/mail; they hold personal data, so they expire too. */
export async function deleteEmlFilesOlderThan(dataDir: string, before: Date): Promise<number> {
  const dir = path.join(dataDir, 'mail');
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const name of names.filter((n) => n.endsWith('.eml'))) {
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => null);
    if (stat && stat.mtime < before) {
      await fs.rm(file, { force: true });
      deleted++;
    }
  }
  return deleted;
}

/** An erasure does not wait 30 days: the person's mail files go at once (names from emlFileName). */
export async function deleteEmlFiles(dataDir: string, names: string[]): Promise<void> {
  const dir = path.join(dataDir, 'mail');
  for (const name of names) await fs.rm(path.join(dir, path.basename(name)), { force: true });
}
