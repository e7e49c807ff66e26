import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { AppConfig } from '#api/platform/config/app-config';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { loadOrCreateSecretsKey } from './secrets-key.util';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed value that cannot be opened: another key, another purpose, or altered. */
export class SealedSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedSecretError';
  }
}

/**
 * Encrypts secrets the API must keep for a while but the database must not reveal (the manage link
 * in a queued mail, the token in a stored idempotent answer): AES-256-GCM with a key that is not
 * in the database (SECRETS_KEY, or DATA_DIR/secrets.key). `purpose` is bound as associated data,
 * so a value sealed for one use cannot be opened for another.
 */
@Injectable()
export class SecretBox {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = config.secretsKey ?? loadOrCreateSecretsKey(config.dataDir);
  }

  static isSealed(value: string): boolean {
    return value.startsWith(`${VERSION}.`);
  }

  seal(plain: string, purpose: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(purpose, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
  }

  open(sealed: string, purpose: string): string {
    if (!SecretBox.isSealed(sealed)) throw new SealedSecretError('not a sealed value');
    const raw = Buffer.from(sealed.slice(VERSION.length + 1), 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new SealedSecretError('sealed value too short');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(purpose, 'utf8'));
      decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
      return Buffer.concat([
        decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new SealedSecretError(
        'sealed value cannot be opened with this key (SECRETS_KEY or DATA_DIR/secrets.key changed?)',
      );
    }
  }
}
