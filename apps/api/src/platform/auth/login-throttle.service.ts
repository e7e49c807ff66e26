import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import type { AppConfig } from '#api/platform/config/app-config';
import { DomainError } from '#api/platform/errors/domain.error';
import { clientNetwork } from '#api/platform/http/client-network.util';
import { FixedWindowLimiter, LimitHit } from '#api/platform/http/fixed-window-limiter';

/** The attempts a password check has counted; given back when the password was right. */
export type PasswordAttempt = { hits: LimitHit[] };

/**
 * Limits password guesses (login and the current-password check of a password change) per
 * account and per client network, counted in the database and shared by every API process.
 * Each attempt is counted BEFORE the password is verified, so of N parallel guesses at most the
 * limit get verified; a right password gives its own attempt back, failures stay counted until
 * the window (LOGIN_LOCKOUT_MINUTES from the first one) ends.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly limiter: FixedWindowLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts an attempt on `email` from `ip`; throws 429 when the network or the account is over its limit. */
  async reserve(email: string, ip: string | undefined, now = Date.now()): Promise<PasswordAttempt> {
    const { maxPerAccount, maxPerIp, windowMs } = this.config.loginThrottle;
    const hits: LimitHit[] = [];
    // The network first: a network over its limit does not count against the account it tries.
    for (const [scope, subject, max] of [
      ['login:ip', clientNetwork(ip), maxPerIp],
      ['login:account', email.trim().toLowerCase(), maxPerAccount],
    ] as const) {
      const hit = await this.limiter.hit(scope, subject, { max, windowMs }, now);
      hits.push(hit);
      if (hit.retryAfterSeconds !== null) {
        throw new DomainError('too_many_requests', 'Too many failed password attempts. Please wait and try again.', {
          retryAfterSeconds: hit.retryAfterSeconds,
        });
      }
    }
    return { hits };
  }

  /** The password was right: the attempt does not count. */
  async succeeded(attempt: PasswordAttempt, now = Date.now()): Promise<void> {
    for (const hit of attempt.hits) await this.limiter.refund(hit, now);
  }
}
