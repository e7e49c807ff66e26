import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { RateLimitRepository } from './rate-limit.repository';

export type WindowLimit = { max: number; windowMs: number };

/** A counted hit: `retryAfterSeconds` is set when the hit was over the limit. */
export type LimitHit = { key: string; retryAfterSeconds: number | null };

/**
 * Fixed-window rate limits counted in the database, so every API process shares one count.
 * A hit is counted before the work it guards, so a burst of parallel requests cannot all slip
 * through a check that happens before any of them is recorded.
 */
@Injectable()
export class FixedWindowLimiter {
  constructor(private readonly counters: RateLimitRepository) {}

  /** Counts a hit of `subject` in `scope`. */
  async hit(scope: string, subject: string, limit: WindowLimit, now = Date.now()): Promise<LimitHit> {
    const key = counterKey(scope, subject);
    const { hits, expiresAt } = await this.counters.hit(key, limit.windowMs, now);
    return { key, retryAfterSeconds: hits > limit.max ? Math.max(1, Math.ceil((expiresAt - now) / 1000)) : null };
  }

  /** Takes a counted hit back (e.g. a login that turned out right). */
  refund(hit: LimitHit, now = Date.now()): Promise<void> {
    return this.counters.refund(hit.key, now);
  }

  deleteExpired(now = new Date()): Promise<number> {
    return this.counters.deleteExpired(now.getTime());
  }
}

/** The stored key: the scope in clear, the subject (an e-mail address, a client network) only as a hash. */
function counterKey(scope: string, subject: string): string {
  return `${scope}:${createHash('sha256').update(subject).digest('base64url')}`;
}
