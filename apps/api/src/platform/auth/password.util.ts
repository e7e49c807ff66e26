import * as argon2 from 'argon2';
import type { FieldError } from '#api/platform/errors/domain.error';
import { COMMON_PASSWORDS } from './common-passwords';

/** argon2id with OWASP's minimum: 19 MiB memory, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password: verified against when the email is unknown, so both paths take as long. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`);
  return dummyHash;
}

/** Rules beyond length: refuse the most common passwords and trivial patterns. */
export function passwordPolicyErrors(password: string, email?: string, path = 'password'): FieldError[] {
  const lower = password.toLowerCase();
  const local = email?.split('@')[0]?.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return [{ path, message: 'is one of the most common passwords' }];
  if (/^(.)\1+$/.test(password)) return [{ path, message: 'must not repeat a single character' }];
  if (new Set(lower).size < 4) return [{ path, message: 'must use at least 4 different characters' }];
  if (local && local.length >= 4 && lower.includes(local))
    return [{ path, message: 'must not contain the e-mail address' }];
  return [];
}
