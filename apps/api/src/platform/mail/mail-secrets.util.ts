import type { SecretBox } from '../security/secret-box.service';

/** The secret parts of a participant mail; kept sealed in `outbox_mails.sealed_secrets` until delivery. */
export type MailSecrets = { manageUrl: string };

// Bound to the row's Message-ID: a sealed value copied into another row does not open there.
const purpose = (messageId: string) => `outbox-mail:${messageId}`;

export function sealMailSecrets(box: SecretBox, messageId: string, secrets: MailSecrets): string {
  return box.seal(JSON.stringify(secrets), purpose(messageId));
}

export function openMailSecrets(box: SecretBox, messageId: string, sealed: string): MailSecrets {
  return JSON.parse(box.open(sealed, purpose(messageId))) as MailSecrets;
}
