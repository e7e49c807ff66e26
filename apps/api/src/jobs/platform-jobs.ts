import { SessionService } from '#api/platform/auth/session.service';
import type { AppConfig } from '#api/platform/config/app-config';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { FixedWindowLimiter } from '#api/platform/http/fixed-window-limiter';
import { IDEMPOTENCY_TTL_MS, IdempotencyService } from '#api/platform/idempotency/idempotency.service';
import { deleteEmlFilesOlderThan } from '#api/platform/mail/eml-retention.util';
import { registerScheduledJobs } from './scheduled-job.registry';

// .eml files of the no-SMTP fallback are for trying the product out; they are kept 30 days.
const EML_RETENTION_MS = 30 * 86_400_000;

/** The platform's own clean-up jobs (the modules register theirs beside their services). */
export const platformJobs = registerScheduledJobs(
  [IdempotencyService, SessionService, FixedWindowLimiter, APP_CONFIG],
  (idempotency: IdempotencyService, sessions: SessionService, rateLimits: FixedWindowLimiter, config: AppConfig) => [
    {
      name: 'idempotency keys',
      run: (now) => idempotency.deleteOlderThan(new Date(now.getTime() - IDEMPOTENCY_TTL_MS)),
    },
    { name: 'sessions', run: (now) => sessions.purgeEndedBefore(new Date(now.getTime() - 86_400_000)) },
    { name: 'rate-limit counters', run: (now) => rateLimits.deleteExpired(now) },
    {
      name: 'mail files',
      run: (now) => deleteEmlFilesOlderThan(config.dataDir, new Date(now.getTime() - EML_RETENTION_MS)),
    },
  ],
);
