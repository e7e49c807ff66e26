import { MunicipalityEntity } from './municipality.entity';

/** The tables this module owns; collected by the composition root (`apps/api/src/entities.ts`). */
export const municipalitiesEntities = [MunicipalityEntity];
