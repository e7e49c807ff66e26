import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie or a link: 256 bits from the OS's CSPRNG, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a secret token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
