import { RegistrationEntity } from './registration.entity';
import { RegistrationWorkshopEntity } from './registration-workshop.entity';

/** The tables this module owns; collected by the composition root (`apps/api/src/entities.ts`). */
export const registrationsEntities = [RegistrationEntity, RegistrationWorkshopEntity];
