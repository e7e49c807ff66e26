import { applyDecorators, CanActivate, ExecutionContext, Inject, Injectable, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain.error';
import { FixedWindowLimiter } from './fixed-window-limiter';

/**
 * PUBLIC_RATE_LIMIT_PER_MINUTE per client IP on the public form's writes (0 = off). The IP comes
 * from X-Forwarded-For only when TRUST_PROXY says so (Express's req.ip).
 */
@Injectable()
export class PublicRateLimitGuard implements CanActivate {
  private readonly limiter: FixedWindowLimiter | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limiter = config.publicRateLimitPerMinute > 0 ? new FixedWindowLimiter(config.publicRateLimitPerMinute, 60_000) : null;
  }

  canActivate(ctx: ExecutionContext): boolean {
    if (!this.limiter) return true;
    const req = ctx.switchToHttp().getRequest<Request>();
    const wait = this.limiter.hit(req.ip ?? 'unknown');
    if (wait !== null) throw new DomainError('too_many_requests', 'Too many requests from your network. Please wait a moment and try again.', { retryAfterSeconds: wait });
    return true;
  }
}

export const PublicRateLimit = () => applyDecorators(UseGuards(PublicRateLimitGuard));
