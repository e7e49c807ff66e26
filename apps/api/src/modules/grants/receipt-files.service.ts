import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { AppConfig } from '#api/platform/config/app-config';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '#api/platform/security/private-files.util';

/** Scans of receipts under DATA_DIR/receipts, named by a random key, never by the uploaded name. */
@Injectable()
export class ReceiptFilesService {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = path.join(config.dataDir, 'receipts');
  }

  /** Readable by the service user only: the folder 0700, the scan 0600. */
  async store(content: Buffer): Promise<string> {
    await ensurePrivateDir(this.dir);
    const key = `${randomBytes(16).toString('hex')}.bin`;
    await writeFile(path.join(this.dir, key), content, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    return key;
  }

  open(key: string): Readable {
    return createReadStream(path.join(this.dir, path.basename(key)));
  }

  async remove(key: string | null): Promise<void> {
    if (key) await rm(path.join(this.dir, path.basename(key)), { force: true });
  }
}
