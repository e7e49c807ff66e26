import { OrganisationEntity } from './organisation.entity';

/** The tables this module owns; collected by the composition root (`apps/api/src/entities.ts`). */
export const organisationsEntities = [OrganisationEntity];
