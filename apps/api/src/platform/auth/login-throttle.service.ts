import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain.error';

type Window = { failures: number; resetAt: number };

/**
 * Counts failed logins per account and per client IP in a fixed window. Kept in process memory:
 * each API process counts on its own, so N processes allow at most N× the limit.
 */
@Injectable()
export class LoginThrottleService {
  private readonly windows = new Map<string, Window>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Throws 429 while the account or the IP is locked out. */
  assertAllowed(email: string, ip: string, now = Date.now()): void {
    const { maxPerAccount, maxPerIp } = this.config.loginThrottle;
    for (const [key, max] of [[`a:${email}`, maxPerAccount], [`i:${ip}`, maxPerIp]] as const) {
      const w = this.current(key, now);
      if (w && w.failures >= max) {
        throw new DomainError('too_many_requests', 'Too many failed logins. Please wait and try again.', {
          retryAfterSeconds: Math.ceil((w.resetAt - now) / 1000),
        });
      }
    }
  }

  recordFailure(email: string, ip: string, now = Date.now()): void {
    for (const key of [`a:${email}`, `i:${ip}`]) {
      const w = this.current(key, now) ?? { failures: 0, resetAt: now + this.config.loginThrottle.windowMs };
      w.failures += 1;
      this.windows.set(key, w);
    }
    if (this.windows.size > 100_000) this.prune(now);
  }

  recordSuccess(email: string): void {
    this.windows.delete(`a:${email}`);
  }

  private current(key: string, now: number): Window | undefined {
    const w = this.windows.get(key);
    if (w && w.resetAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return w;
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}
