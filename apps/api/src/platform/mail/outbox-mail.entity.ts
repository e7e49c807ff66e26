import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '#api/platform/database/column-types';

/**
 * A mail to send, written in the same transaction as the change that causes it (transactional
 * outbox). A worker claims due rows, delivers them and marks them sent; a claim expires, so a
 * worker that dies mid-way loses nothing.
 */
@Entity({ name: 'outbox_mails' })
@Index(['status', 'nextAttemptAt'])
@Index(['subjectType', 'subjectId'])
export class OutboxMailEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** A kind registered by a module (MailKindRegistry), e.g. `registration_confirmed`. */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 5 })
  language!: string;

  /** What the kind's template needs; its secret fields are null here (sealed in `sealedSecrets`). */
  @Column({ type: 'simple-json' })
  payload!: Record<string, unknown>;

  /**
   * Secret fields of the payload (e.g. the manage link), sealed by the SecretBox, whose key is not in the
   * database; merged into the payload when rendering, and wiped once the mail is sent or failed.
   */
  @Column({ name: 'sealed_secrets', type: 'text', nullable: true })
  sealedSecrets!: string | null;

  /** Sent because someone asked for a link again (counted per subject and day, e.g. a registration's manage link). */
  @Column({ name: 'link_resend', type: 'boolean', default: false })
  linkResend!: boolean;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status!: 'pending' | 'sending' | 'sent' | 'failed';

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column(timestampColumn({ name: 'next_attempt_at' }))
  nextAttemptAt!: Date;

  @Column(timestampColumn({ name: 'locked_until', nullable: true }))
  lockedUntil!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** Stable Message-ID, so a mail delivered twice after a crash is recognisably the same. */
  @Column({ name: 'message_id', type: 'varchar', length: 200 })
  messageId!: string;

  /** What the mail is about (see MailSubject), e.g. `registration` 42; both null for a mail about nothing kept. */
  @Column({ name: 'subject_type', type: 'varchar', length: 40, nullable: true })
  subjectType!: string | null;

  @Column({ name: 'subject_id', type: 'integer', nullable: true })
  subjectId!: number | null;

  @Column(timestampColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(timestampColumn({ name: 'sent_at', nullable: true }))
  sentAt!: Date | null;
}
