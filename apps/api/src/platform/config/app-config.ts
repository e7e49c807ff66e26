import * as path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const positiveInt = z.coerce.number().int().positive();

/** Every setting the API reads from the environment; documented in the README. */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL (leave unset for the embedded SQLite)')
      .optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(128).optional(),
    ADMIN_ORIGIN: z.url().default('http://localhost:4200'),
    TRUST_PROXY: z.string().default('false'),
    // Unset: Secure when PUBLIC_BASE_URL is https (and whenever the request came over HTTPS).
    COOKIE_SECURE: bool.optional(),
    // Unset: `public` in development and test, `staff` (logged-in users only) in production.
    OPENAPI_DOCS: z.enum(['public', 'staff', 'off']).optional(),
    SESSION_IDLE_MINUTES: positiveInt.default(60),
    SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt.default(5),
    LOGIN_MAX_FAILURES_PER_IP: positiveInt.default(20),
    LOGIN_LOCKOUT_MINUTES: positiveInt.default(15),
    LOAD_DEMO_DATA: bool.default(false),
    DB_POOL_SIZE: positiveInt.default(10),
    SHUTDOWN_TIMEOUT_MS: positiveInt.default(9000),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).default('WIR Kreis Offenbach <wir@kreis-offenbach.example>'),
    PUBLIC_BASE_URL: z.url().default('http://localhost:4200'),
    MAIL_WORKER_INTERVAL_MS: positiveInt.default(2000),
    MAIL_WORKER_ENABLED: bool.default(true),
    PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(20),
    JOBS_ENABLED: bool.default(true),
    JOBS_INTERVAL_MS: positiveInt.default(300_000),
    REMINDER_HOURS_BEFORE: positiveInt.default(48),
    RECEIPT_RETENTION_YEARS: z.coerce.number().int().min(1).max(30).default(5),
    // Four eyes: without a second person's confirmation the due erasure waits at least 30 days.
    RECEIPT_ERASURE_GRACE_DAYS: z.coerce
      .number()
      .int()
      .min(30, 'must be at least 30 (days the grant page announces the erasure)')
      .max(365)
      .default(30),
    // Scheduled backups (0 = off): one archive every N hours into BACKUP_DIR, the newest BACKUP_KEEP kept.
    BACKUP_DIR: z.string().min(1).optional(),
    BACKUP_INTERVAL_HOURS: z.coerce.number().int().min(0).max(8760).default(24),
    BACKUP_KEEP: positiveInt.default(14),
    // Contacts without activity this long are flagged for review (staff decide; nothing is deleted automatically).
    CONTACT_REVIEW_AFTER_DAYS: positiveInt.default(730),
    SECRETS_KEY: z
      .string()
      .refine(
        (v) => Buffer.from(v, 'base64').length === 32 && /^[A-Za-z0-9+/]+={0,2}$/.test(v),
        'must be 32 random bytes in base64 (openssl rand -base64 32)',
      )
      .optional(),
  })
  .refine((e) => !e.ADMIN_EMAIL === !e.ADMIN_PASSWORD, {
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
    path: ['ADMIN_PASSWORD'],
  });

export type AppConfig = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize: number };
  logLevel: string;
  initialAdmin: { email: string; password: string } | null;
  adminOrigin: string;
  trustProxy: boolean | string | number;
  /** Session and CSRF cookies always carry Secure (else only when the request came over HTTPS). */
  cookieSecure: boolean;
  /** Who gets the OpenAPI UI and JSON (/api/docs, /api/docs-json): anyone, logged-in staff, nobody. */
  openApiDocs: 'public' | 'staff' | 'off';
  session: { idleMs: number; absoluteMs: number };
  loginThrottle: { maxPerAccount: number; maxPerIp: number; windowMs: number };
  loadDemoData: boolean;
  shutdownTimeoutMs: number;
  mail: {
    /** null: mails are written as .eml files under DATA_DIR/mail. */
    smtpUrl: string | null;
    from: string;
    workerIntervalMs: number;
    workerEnabled: boolean;
  };
  /** Base of links in mails (manage link), e.g. the admin app's public origin. */
  publicBaseUrl: string;
  /** Public registrations per client IP and minute; 0 = off. */
  publicRateLimitPerMinute: number;
  /** Scheduled jobs: reminders, retention (anonymisation), clean-up of expired keys and sessions. */
  /** `receiptRetentionYears`: receipts' personal data (payees, scans) is kept this long after the proof of use was submitted. */
  /** `receiptErasureGraceDays`: a due erasure without a second person's confirmation waits this long. */
  jobs: {
    enabled: boolean;
    intervalMs: number;
    reminderHoursBefore: number;
    receiptRetentionYears: number;
    receiptErasureGraceDays: number;
  };
  /** Scheduled backups: archives in `dir` (default DATA_DIR/backups) every `intervalHours` (0 = off), the newest `keep` kept. */
  backup: { dir: string; intervalHours: number; keep: number };
  /** Contacts of the network without activity for `reviewAfterDays` are flagged for review. */
  contacts: { reviewAfterDays: number };
  /** Key of the SecretBox (manage links in queued mails, stored idempotent answers); null = DATA_DIR/secrets.key. */
  secretsKey: Buffer | null;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function parseTrustProxy(raw: string): boolean | string | number {
  if (raw === 'true') return true;
  if (raw === 'false' || raw === '') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw; // e.g. "loopback" or a list of subnets, as Express understands it
}

/** Reads and validates the environment; throws a ConfigError that names each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DB_POOL_SIZE }
      : { kind: 'sqlite', file: path.join(dataDir, 'wir.sqlite') },
    logLevel: e.LOG_LEVEL,
    initialAdmin:
      e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD } : null,
    adminOrigin: e.ADMIN_ORIGIN.replace(/\/$/, ''),
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    cookieSecure: e.COOKIE_SECURE ?? e.PUBLIC_BASE_URL.startsWith('https:'),
    openApiDocs: e.OPENAPI_DOCS ?? (e.NODE_ENV === 'production' ? 'staff' : 'public'),
    session: { idleMs: e.SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000 },
    loginThrottle: {
      maxPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
      windowMs: e.LOGIN_LOCKOUT_MINUTES * 60_000,
    },
    loadDemoData: e.LOAD_DEMO_DATA,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    mail: {
      smtpUrl: e.SMTP_URL ?? null,
      from: e.MAIL_FROM,
      workerIntervalMs: e.MAIL_WORKER_INTERVAL_MS,
      workerEnabled: e.MAIL_WORKER_ENABLED,
    },
    publicBaseUrl: e.PUBLIC_BASE_URL.replace(/\/$/, ''),
    publicRateLimitPerMinute: e.PUBLIC_RATE_LIMIT_PER_MINUTE,
    jobs: {
      enabled: e.JOBS_ENABLED,
      intervalMs: e.JOBS_INTERVAL_MS,
      reminderHoursBefore: e.REMINDER_HOURS_BEFORE,
      receiptRetentionYears: e.RECEIPT_RETENTION_YEARS,
      receiptErasureGraceDays: e.RECEIPT_ERASURE_GRACE_DAYS,
    },
    backup: {
      dir: path.resolve(e.BACKUP_DIR ?? path.join(dataDir, 'backups')),
      intervalHours: e.BACKUP_INTERVAL_HOURS,
      keep: e.BACKUP_KEEP,
    },
    contacts: { reviewAfterDays: e.CONTACT_REVIEW_AFTER_DAYS },
    secretsKey: e.SECRETS_KEY ? Buffer.from(e.SECRETS_KEY, 'base64') : null,
  };
}
