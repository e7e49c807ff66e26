import { Global, Module } from '@nestjs/common';
import { FixedWindowLimiter } from './fixed-window-limiter';
import { RateLimitRepository } from './rate-limit.repository';

/** Rate limits counted in the database (login throttle, public form). */
@Global()
@Module({ providers: [RateLimitRepository, FixedWindowLimiter], exports: [FixedWindowLimiter] })
export class RateLimitModule {}
