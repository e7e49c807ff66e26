import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import type { AppConfig } from '#api/platform/config/app-config';
import { DomainError } from '#api/platform/errors/domain.error';
import { clientNetwork } from './client-network.util';
import { FixedWindowLimiter } from './fixed-window-limiter';

const SCOPE_KEY = 'wir:public-rate-limit';

/** What a public write is counted as; each scope has its own count per client. */
export type PublicRateLimitScope = 'registration' | 'resend-link' | 'survey-start' | 'survey-answers';

/** Scopes that may be hit more often: a questionnaire saves as the person types (debounced), several people of one office share a network. */
const SCOPE_FACTOR: Partial<Record<PublicRateLimitScope, number>> = { 'survey-answers': 5 };

/**
 * PUBLIC_RATE_LIMIT_PER_MINUTE per client network (IPv4 address or IPv6 /64) and scope on the
 * public form's writes (0 = off), counted in the database before the request is handled. The IP
 * comes from X-Forwarded-For only when TRUST_PROXY says so (Express's req.ip).
 */
@Injectable()
export class PublicRateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: FixedWindowLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const max = this.config.publicRateLimitPerMinute;
    if (max === 0) return true;
    const scope = this.reflector.get<PublicRateLimitScope>(SCOPE_KEY, ctx.getHandler());
    const req = ctx.switchToHttp().getRequest<Request>();
    const { retryAfterSeconds } = await this.limiter.hit(`public:${scope}`, clientNetwork(req.ip), {
      max: max * (SCOPE_FACTOR[scope] ?? 1),
      windowMs: 60_000,
    });
    if (retryAfterSeconds !== null) {
      throw new DomainError(
        'too_many_requests',
        'Too many requests from your network. Please wait a moment and try again.',
        { retryAfterSeconds },
      );
    }
    return true;
  }
}

export const PublicRateLimit = (scope: PublicRateLimitScope) =>
  applyDecorators(SetMetadata(SCOPE_KEY, scope), UseGuards(PublicRateLimitGuard));
