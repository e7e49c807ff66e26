import { platformEntities } from './platform/platform.entities';
import { usersEntities } from './modules/users/users.entities';
import { municipalitiesEntities } from './modules/municipalities/municipalities.entities';
import { organisationsEntities } from './modules/organisations/organisations.entities';
import { actionFieldsEntities } from './modules/action-fields/action-fields.entities';
import { eventsEntities } from './modules/events/events.entities';
import { registrationsEntities } from './modules/registrations/registrations.entities';
import { grantsEntities } from './modules/grants/grants.entities';
import { measuresEntities } from './modules/measures/measures.entities';
import { narrativeReportsEntities } from './modules/narrative-reports/narrative-reports.entities';
import { contactsEntities } from './modules/contacts/contacts.entities';
import { offersEntities } from './modules/offers/offers.entities';
import { surveysEntities } from './modules/surveys/surveys.entities';

/**
 * Every table the API maps, collected from the modules (composition root: platform/ knows no module).
 * A module with tables exports `<module>Entities` from `modules/<module>/<module>.entities.ts`
 * and is listed here once; the data source (app and tests) and the drift check read this list.
 */
export const entities = [
  ...platformEntities,
  ...usersEntities,
  ...municipalitiesEntities,
  ...organisationsEntities,
  ...actionFieldsEntities,
  ...eventsEntities,
  ...registrationsEntities,
  ...grantsEntities,
  ...measuresEntities,
  ...narrativeReportsEntities,
  ...contactsEntities,
  ...offersEntities,
  ...surveysEntities,
];
