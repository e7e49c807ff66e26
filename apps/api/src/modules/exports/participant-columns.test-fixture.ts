/** The fixed German headers of the participant list (CSV and XLSX), before one column per custom question. */
export const FIXED_PARTICIPANT_HEADERS = [
  'Nr.',
  'Nachname',
  'Vorname',
  'E-Mail',
  'Organisation',
  'Organisationsart',
  'Kommune',
  'Status',
  'Workshops',
  'Sprache',
  'Dolmetschen',
  'Barrierefreiheit',
  'Angemeldet am',
  'Eingecheckt am',
];
