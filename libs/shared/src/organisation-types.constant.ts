export const ORGANISATION_TYPES = [
  'municipal_integration_office',
  'district_department',
  'rescue_service',
  'association',
  'migrant_organisation',
  'school',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
