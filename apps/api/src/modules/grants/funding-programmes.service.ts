import { Injectable } from '@nestjs/common';
import type { CreateFundingProgramme, FundingProgramme } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { toFundingProgramme } from './grant.mapper';
import { GrantsRepository } from './grants.repository';

@Injectable()
export class FundingProgrammesService {
  constructor(
    private readonly grants: GrantsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(): Promise<FundingProgramme[]> {
    return (await this.grants.programmes()).map(toFundingProgramme);
  }

  create(actor: Actor, input: CreateFundingProgramme): Promise<FundingProgramme> {
    return this.tx.run(async (m) => {
      const saved = await this.grants.insertProgramme(m, {
        name: input.name,
        funder: input.funder,
        year: input.year,
        volumeCents: input.volumeCents,
      });
      const dto = toFundingProgramme(saved);
      await this.audit.record(m, actor, {
        action: 'create',
        entity: 'funding_programme',
        entityId: saved.id,
        after: dto,
      });
      return dto;
    });
  }
}
