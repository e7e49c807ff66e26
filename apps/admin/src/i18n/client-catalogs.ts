import type messages from '@messages/de.json';

export type Namespace = keyof typeof messages;

/**
 * The message namespaces the browser gets, per layout of src/app (its folder, `/` = the root layout): the
 * layout renders `<ClientMessages scope="…">`, which adds these namespaces to the ones of the layouts above
 * it, for everything below it. A page's client components see only those; server components read the whole
 * catalog with getTranslations, which costs the browser nothing. client-catalogs.spec.ts reads the client
 * components and fails on a missing namespace (and on one that nothing below its layout uses).
 */
export const CLIENT_CATALOGS = {
  '/': ['common', 'shell'],
  '/login': ['errors', 'login'],
  '/passwort-aendern': ['errors', 'passwordChange'],
  '/(admin)': ['nav'],
  '/(admin)/angebotsinventar': ['errors', 'finance', 'offers'],
  '/(admin)/anmeldungen': ['errors', 'events', 'registrations'],
  '/(admin)/benutzer': ['errors', 'roles', 'users'],
  '/(admin)/einlass': ['checkIn', 'errors', 'registrations'],
  '/(admin)/foerderung': ['errors', 'finance', 'grants'],
  '/(admin)/foerderung/[id]': [
    'budgetCharts',
    'drawdowns',
    'financePlan',
    'grantReports',
    'narrativeReport',
    'receipts',
  ],
  '/(admin)/foerderung/freigaben': ['receipts', 'signOffQueue'],
  '/(admin)/massnahmen': ['errors', 'finance', 'indicators', 'measures'],
  '/(admin)/massnahmen/[id]': ['measureCharts', 'organisationTypes', 'valueGrid'],
  '/(admin)/netzwerk': ['errors', 'finance', 'network', 'operations'],
  '/(admin)/netzwerk/[id]': ['registrations'],
  '/(admin)/protokoll': ['audit', 'errors'],
  '/(admin)/stammdaten': ['errors', 'masterData', 'organisationTypes'],
  '/(admin)/system': ['errors', 'operations', 'system'],
  '/(admin)/umfragen': ['dateTimeField', 'errors', 'operations', 'surveys'],
  '/(admin)/umfragen/[id]/ergebnisse': ['organisationTypes', 'surveyResults'],
  '/(admin)/vorgaenge': ['errors', 'operations'],
  '/(admin)/veranstaltungen': ['dateTimeField', 'errors', 'events'],
  '/(admin)/veranstaltungen/[id]': ['eventDownloads', 'eventTabs', 'operations'],
  '/(admin)/veranstaltungen/[id]/anmeldungen': [
    'network',
    'organisationTypes',
    'registrationForm',
    'registrationResult',
    'registrations',
  ],
  '/(admin)/veranstaltungen/[id]/feedback': ['eventFeedback'],
  '/(admin)/veranstaltungen/[id]/statistik': ['eventStats', 'organisationTypes'],
} as const satisfies Record<string, readonly Namespace[]>;

export type CatalogScope = keyof typeof CLIENT_CATALOGS;

/** The given top-level namespaces of a catalog (compiled or not), as they are. */
export function pickNamespaces<T extends Record<string, unknown>>(
  catalog: T,
  namespaces: readonly string[],
): Partial<T> {
  const picked: Partial<T> = {};
  for (const namespace of namespaces)
    if (namespace in catalog) picked[namespace as keyof T] = catalog[namespace as keyof T];
  return picked;
}
