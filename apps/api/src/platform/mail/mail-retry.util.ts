/** Delivery attempts before a mail is given up as `failed`. */
export const MAX_MAIL_ATTEMPTS = 8;

const BASE_DELAY_MS = 10_000;
const MAX_DELAY_MS = 3_600_000;

/** Wait before the next attempt: 10 s · 2^(attempts-1), at most 1 h, ±10 % jitter so retries spread out. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const delay = Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return Math.round(delay * (0.9 + 0.2 * random()));
}

/**
 * A recipient the server refuses for good (5xx on RCPT TO): no retry can deliver it.
 * Everything else (4xx, a server that is down, timeouts, a 5xx after DATA) is worth retrying.
 */
export function isPermanentDeliveryError(error: unknown): boolean {
  const e = error as { responseCode?: unknown; command?: unknown; code?: unknown };
  return (
    typeof e?.responseCode === 'number' && e.responseCode >= 500 && (e.code === 'EENVELOPE' || e.command === 'RCPT TO')
  );
}

/** The error as text for `last_error` and logs, with e-mail addresses masked and its length capped. */
export function describeDeliveryError(error: unknown): string {
  const e = error as { message?: unknown; code?: unknown; responseCode?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(error);
  const prefix = [
    typeof e?.code === 'string' ? e.code : null,
    typeof e?.responseCode === 'number' ? String(e.responseCode) : null,
  ]
    .filter(Boolean)
    .join(' ');
  const text = (prefix ? `${prefix}: ${message}` : message).replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '<address>');
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}
