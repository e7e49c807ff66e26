import type { SecretBox } from '#api/platform/security/secret-box.service';

/** The secret fields of a mail's payload (e.g. the manage link); kept sealed in `outbox_mails.sealed_secrets` until delivery. */
export type MailSecrets = Record<string, string>;

// Bound to the row's Message-ID: a sealed value copied into another row does not open there.
const purpose = (messageId: string) => `outbox-mail:${messageId}`;

export function sealMailSecrets(box: SecretBox, messageId: string, secrets: MailSecrets): string {
  return box.seal(JSON.stringify(secrets), purpose(messageId));
}

export function openMailSecrets(box: SecretBox, messageId: string, sealed: string): MailSecrets {
  return JSON.parse(box.open(sealed, purpose(messageId))) as MailSecrets;
}

/** Splits a payload into what is stored in clear (secret fields set to null) and what is sealed (null when nothing is). */
export function splitSecrets(
  payload: Record<string, unknown>,
  secretFields: readonly string[],
): { clear: Record<string, unknown>; secrets: MailSecrets | null } {
  const clear = { ...payload };
  const secrets: MailSecrets = {};
  for (const field of secretFields) {
    const value = clear[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new Error(`secret mail field ${field} must be a string`);
    secrets[field] = value;
    clear[field] = null;
  }
  return { clear, secrets: Object.keys(secrets).length ? secrets : null };
}
