import type { Organisation } from '@wir/shared';
import type { OrganisationEntity } from './organisation.entity';

export const toOrganisation = (o: OrganisationEntity): Organisation => ({
  id: o.id,
  name: o.name,
  type: o.type,
  municipalityId: o.municipalityId,
});
