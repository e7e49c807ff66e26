import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreateMunicipality, Municipality, UpdateMunicipality } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { AuditedCrud } from '#api/platform/crud/audited-crud';
import { assertUnique } from '#api/platform/crud/unique.util';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { MunicipalityEntity } from './municipality.entity';
import { toMunicipality } from './municipality.mapper';

@Injectable()
export class MunicipalitiesService {
  private readonly crud: AuditedCrud<MunicipalityEntity, Municipality>;

  constructor(
    private readonly dataSource: DataSource,
    tx: TransactionRunner,
    audit: AuditService,
  ) {
    this.crud = new AuditedCrud({
      target: MunicipalityEntity,
      auditName: 'municipality',
      label: 'Municipality',
      order: { districtWide: 'DESC', name: 'ASC' },
      toDto: toMunicipality,
      tx,
      audit,
      validate: async (m, c, id) => {
        await assertUnique(m, MunicipalityEntity, 'name', c.name, id);
        await assertUnique(m, MunicipalityEntity, 'officialKey', c.officialKey, id);
      },
    });
  }

  list(): Promise<Municipality[]> {
    return this.crud.list(this.dataSource.manager);
  }

  create(actor: Actor, input: CreateMunicipality): Promise<Municipality> {
    return this.crud.create(actor, {
      name: input.name,
      officialKey: input.officialKey ?? null,
      districtWide: input.districtWide ?? false,
    });
  }

  update(actor: Actor, id: number, changes: UpdateMunicipality): Promise<Municipality> {
    return this.crud.update(actor, id, changes);
  }
}
