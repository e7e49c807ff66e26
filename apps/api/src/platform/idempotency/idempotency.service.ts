import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, LessThan } from 'typeorm';
import { isUniqueViolation } from '#api/platform/database/unique-violation.util';
import { DomainError } from '#api/platform/errors/domain.error';
import { SecretBox } from '#api/platform/security/secret-box.service';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

export type StoredResponse = { status: number; body: unknown };

const KEY_PATTERN = /^[\x21-\x7e]{1,120}$/;
// Keys are remembered for a day, as in the IETF Idempotency-Key draft's examples.
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

/** JSON with sorted keys, so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const purpose = (scope: string, key: string) => `idempotency:${scope}:${key}`;

/** The fingerprint of a request body: SHA-256 of its canonical JSON. */
export function requestFingerprint(body: unknown): string {
  return createHash('sha256').update(canonical(body)).digest('hex');
}

/**
 * Idempotency-Key handling: the same key with the same body gets the first answer again; the same
 * key with another body is refused (422); a retry while the first is still running gets 409.
 * The stored answer may hold a secret (a registration's manage token), so it is kept sealed by the
 * SecretBox, whose key is not in the database.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly box: SecretBox,
  ) {}

  async run(
    scope: string,
    key: string | undefined,
    body: unknown,
    handler: () => Promise<StoredResponse>,
  ): Promise<StoredResponse> {
    if (key === undefined) return handler();
    if (!KEY_PATTERN.test(key)) {
      throw new DomainError('validation_failed', 'Idempotency-Key must be 1–120 visible ASCII characters.', {
        errors: [{ path: 'Idempotency-Key', message: 'invalid' }],
      });
    }
    const repo = this.dataSource.getRepository(IdempotencyKeyEntity);
    const requestHash = requestFingerprint(body);
    try {
      await repo.insert({
        scope,
        key,
        requestHash,
        state: 'running',
        responseStatus: null,
        responseBody: null,
        createdAt: new Date(),
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await repo.findOneByOrFail({ scope, key });
      if (existing.requestHash !== requestHash)
        throw new DomainError('unprocessable', 'This Idempotency-Key was used with a different request.');
      if (existing.state === 'running')
        throw new DomainError(
          'idempotency_in_progress',
          'A request with this Idempotency-Key is still being processed.',
          { retryAfterSeconds: 1 },
        );
      return { status: existing.responseStatus!, body: this.openBody(scope, key, existing.responseBody!) };
    }
    try {
      const response = await handler();
      await repo.update(
        { scope, key },
        {
          state: 'done',
          responseStatus: response.status,
          responseBody: this.box.seal(JSON.stringify(response.body), purpose(scope, key)),
        },
      );
      return response;
    } catch (error) {
      // Nothing was stored: the client may retry with the same key.
      await repo.delete({ scope, key });
      throw error;
    }
  }

  private openBody(scope: string, key: string, stored: string): unknown {
    try {
      return JSON.parse(this.box.open(stored, purpose(scope, key)));
    } catch {
      // Sealed with a key this process does not have (SECRETS_KEY or DATA_DIR/secrets.key changed).
      throw new DomainError(
        'idempotency_answer_gone',
        'This request was answered already, but the answer can no longer be shown; the confirmation mail has the link.',
      );
    }
  }

  async deleteOlderThan(before: Date): Promise<number> {
    return (
      (await this.dataSource.getRepository(IdempotencyKeyEntity).delete({ createdAt: LessThan(before) })).affected ?? 0
    );
  }
}
