import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditPage } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import type { AuditEntryEntity } from './audit-entry.entity';
import { AuditRepository } from './audit.repository';
import { blankPersonalFields, type PersonalFields } from './personal-fields.util';

export type AuditChange = {
  action: 'create' | 'update' | 'delete';
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

// Never written to the audit log, whatever entity they sit on.
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'tokenHash', 'csrfToken', 'manageToken']);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(redact);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !SECRET_FIELDS.has(k))
      .map(([k, v]) => [k, redact(v)]),
  );
}

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** Records a change inside the caller's transaction, so the log and the change commit together. */
  async record(manager: EntityManager, actor: Actor | null, change: AuditChange): Promise<void> {
    await this.audit.insert(manager, {
      at: new Date(),
      userId: actor?.id ?? null,
      userEmail: actor?.email ?? null,
      action: change.action,
      entity: change.entity,
      entityId: String(change.entityId),
      before: redact(change.before),
      after: redact(change.after),
    });
  }

  /**
   * Retention and erasure: blanks personal fields in the before/after of entries about the given
   * records, inside the caller's transaction; who did what to which record, and when, stays.
   * `about`: entity names and ids, or entries of one entity whose JSON has `field` = `value`.
   * Returns how many entries changed.
   */
  async blankPersonalData(
    manager: EntityManager,
    about: { entities: string[]; ids: (string | number)[] } | { entity: string; field: string; value: number },
    fields: PersonalFields,
  ): Promise<number> {
    let entries: AuditEntryEntity[];
    if ('ids' in about) {
      entries = await this.audit.entriesAbout(manager, about.entities, about.ids.map(String));
    } else {
      const has = (json: unknown) =>
        typeof json === 'object' && json !== null && (json as Record<string, unknown>)[about.field] === about.value;
      entries = (await this.audit.entriesMentioning(manager, about.entity, about.field, about.value)).filter(
        (e) => has(e.before) || has(e.after),
      );
    }
    let changed = 0;
    for (const entry of entries) {
      const before = blankPersonalFields(entry.before ?? null, fields);
      const after = blankPersonalFields(entry.after ?? null, fields);
      if (
        JSON.stringify(before) === JSON.stringify(entry.before ?? null) &&
        JSON.stringify(after) === JSON.stringify(entry.after ?? null)
      )
        continue;
      await this.audit.replaceChanges(manager, entry.id, before, after);
      changed++;
    }
    return changed;
  }

  /** The entries about one record, for a person's export (Art. 15 GDPR). */
  entriesAbout(manager: EntityManager, entity: string, id: string | number): Promise<AuditEntryEntity[]> {
    return this.audit.entriesAbout(manager, [entity], [String(id)]);
  }

  async page(filter: { entity?: string; userId?: number; beforeId?: number; limit: number }): Promise<AuditPage> {
    const rows = await this.audit.page(filter);
    return {
      items: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        userId: r.userId,
        userEmail: r.userEmail,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        before: r.before ?? null,
        after: r.after ?? null,
      })),
      nextBeforeId: rows.length === filter.limit ? rows[rows.length - 1].id : null,
    };
  }
}
