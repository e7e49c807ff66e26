import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActionField, CreateActionField, UpdateActionField } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { AuditedCrud } from '#api/platform/crud/audited-crud';
import { assertUnique } from '#api/platform/crud/unique.util';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { ActionFieldEntity } from './action-field.entity';
import { toActionField } from './action-field.mapper';

@Injectable()
export class ActionFieldsService {
  private readonly crud: AuditedCrud<ActionFieldEntity, ActionField>;

  constructor(
    private readonly dataSource: DataSource,
    tx: TransactionRunner,
    audit: AuditService,
  ) {
    this.crud = new AuditedCrud({
      target: ActionFieldEntity,
      auditName: 'action_field',
      label: 'Action field',
      order: { name: 'ASC' },
      toDto: toActionField,
      tx,
      audit,
      validate: (m, c, id) => assertUnique(m, ActionFieldEntity, 'name', c.name, id),
    });
  }

  list(): Promise<ActionField[]> {
    return this.crud.list(this.dataSource.manager);
  }

  create(actor: Actor, input: CreateActionField): Promise<ActionField> {
    return this.crud.create(actor, { name: input.name, description: input.description ?? '' });
  }

  update(actor: Actor, id: number, changes: UpdateActionField): Promise<ActionField> {
    return this.crud.update(actor, id, changes);
  }
}
