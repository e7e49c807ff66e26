import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';

/** Queries of the organisations beyond the audited CRUD (platform/crud). */
@Injectable()
export class OrganisationsRepository {
  municipalityExists(m: EntityManager, id: number): Promise<boolean> {
    return m.getRepository(MunicipalityEntity).existsBy({ id });
  }
}
