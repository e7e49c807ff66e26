import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreateOrganisation, Organisation, UpdateOrganisation } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { AuditedCrud } from '#api/platform/crud/audited-crud';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';
import { OrganisationEntity } from './organisation.entity';
import { toOrganisation } from './organisation.mapper';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  private readonly crud: AuditedCrud<OrganisationEntity, Organisation>;

  constructor(
    private readonly dataSource: DataSource,
    organisations: OrganisationsRepository,
    tx: TransactionRunner,
    audit: AuditService,
  ) {
    this.crud = new AuditedCrud({
      target: OrganisationEntity,
      auditName: 'organisation',
      label: 'Organisation',
      order: { name: 'ASC' },
      toDto: toOrganisation,
      tx,
      audit,
      validate: async (m, c) => {
        if (c.municipalityId != null && !(await organisations.municipalityExists(m, c.municipalityId))) {
          throw new DomainError('validation_failed', `Municipality ${c.municipalityId} does not exist.`, {
            errors: [{ path: 'municipalityId', message: 'does not exist' }],
          });
        }
      },
    });
  }

  list(): Promise<Organisation[]> {
    return this.crud.list(this.dataSource.manager);
  }

  create(actor: Actor, input: CreateOrganisation): Promise<Organisation> {
    return this.crud.create(actor, {
      name: input.name,
      type: input.type,
      municipalityId: input.municipalityId ?? null,
    });
  }

  update(actor: Actor, id: number, changes: UpdateOrganisation): Promise<Organisation> {
    return this.crud.update(actor, id, changes);
  }
}
