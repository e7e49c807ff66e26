import { ORGANISATION_TYPES, type Organisation, type OrganisationType } from '@wir/shared';

/** Counts organisations per type, in the fixed order of ORGANISATION_TYPES; empty types included. */
export function countOrganisationsByType(organisations: readonly Organisation[]): { type: OrganisationType; count: number }[] {
  const counts = new Map<OrganisationType, number>(ORGANISATION_TYPES.map((type) => [type, 0]));
  for (const organisation of organisations) counts.set(organisation.type, (counts.get(organisation.type) ?? 0) + 1);
  return ORGANISATION_TYPES.map((type) => ({ type, count: counts.get(type) ?? 0 }));
}
