import { AuditEntryEntity } from './audit/audit-entry.entity';
import { BackupRunEntity } from './backup/backup-run.entity';
import { SessionEntity } from './auth/session.entity';
import { RateLimitCounterEntity } from './http/rate-limit-counter.entity';
import { IdempotencyKeyEntity } from './idempotency/idempotency-key.entity';
import { OutboxMailEntity } from './mail/outbox-mail.entity';
import { OperationEntity } from './operations/operation.entity';

/** The platform's own tables (sessions, audit log, rate-limit counters, idempotency keys, mail outbox, backup runs, long operations). */
export const platformEntities = [
  SessionEntity,
  AuditEntryEntity,
  IdempotencyKeyEntity,
  OutboxMailEntity,
  RateLimitCounterEntity,
  BackupRunEntity,
  OperationEntity,
];
