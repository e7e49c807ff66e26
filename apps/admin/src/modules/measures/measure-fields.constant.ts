/** The measure form's fields, in form order (the form feedback maps API errors onto them). Zod- and React-free, so
 * the pages can use it without loading the form's code. */
export const MEASURE_FIELDS = [
  'code',
  'title',
  'goal',
  'description',
  'status',
  'periodStart',
  'periodEnd',
  'reportingInterval',
  'actionFieldIds',
  'municipalityIds',
  'responsibleOrganisationId',
  'targetGroups',
  'targetGroupsOther',
  'grantId',
  'budgetAllocations',
  'eventIds',
  'workshopIds',
  'goodPractice',
  'sustained',
] as const;
