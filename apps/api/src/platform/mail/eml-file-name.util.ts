/**
 * The .eml file of an outbox row (no-SMTP fallback): sortable by creation, one per row, so a
 * repeated delivery overwrites instead of duplicating, and an erasure finds the person's files.
 */
export function emlFileName(mail: { createdAt: Date; kind: string; messageId: string }): string {
  const stamp = mail.createdAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const id = mail.messageId.replace(/^<|@.*$/g, '').replace(/[^A-Za-z0-9-]/g, '');
  return `${stamp}-${mail.kind}-${id}.eml`;
}
