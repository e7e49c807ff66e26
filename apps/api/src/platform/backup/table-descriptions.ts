/**
 * One sentence per table for the district's data export (docs/data-export.md and the archive's
 * own copy); the columns are read from the database. A table without an entry here fails
 * data-export.e2e-spec.ts: add one when a migration creates a table.
 */
export const TABLE_DESCRIPTIONS: Record<string, string> = {
  migrations:
    'The schema migrations applied to this database, in order (name and timestamp); the last one is the schema version.',
  users: 'Staff accounts: e-mail, display name, roles, active flag (password hashes are withheld from the export).',
  sessions: 'Login sessions of staff (token hashes withheld); ended sessions are deleted after a day.',
  audit_log: 'Who changed what and when, with the values before and after (personal fields blanked on erasure).',
  municipalities: 'The municipalities of Kreis Offenbach (master data).',
  organisations: 'Organisations (institutions, associations, municipal offices) people register for or measures name.',
  action_fields: 'Action fields (Handlungsfelder) of the integration strategy that measures are assigned to.',
  events: 'Conferences and trainings: title per language, venue, times, capacity, seats taken, registration questions.',
  workshops: 'Workshops of an event: title, room, times, capacity and seats taken.',
  registrations:
    'Registrations for events: the person (until anonymised after the retention period), status, answers, check-in.',
  registration_workshops:
    'The workshops of a registration: confirmed or wait-listed place and the check-in at the workshop.',
  idempotency_keys: 'Replays of public requests sent twice (answers sealed, withheld); kept one day.',
  outbox_mails:
    'Mails to send or sent (transactional outbox): kind, recipient, state, attempts, what the mail is about (subject type and id, e.g. registration 42); sealed parts withheld.',
  rate_limit_counters: 'Counters of the rate limits (hashed keys, expiry as epoch milliseconds); short-lived.',
  funding_programmes: 'Funding programmes (e.g. WIR of the state of Hesse) with funder, year and volume in cents.',
  grants:
    'Grants (Zuwendungen): notice, period, awarded amount in cents, financing type, proof-of-use and retention dates.',
  grant_amendments: 'Amending notices of a grant: new amount in cents, notice number and date.',
  budget_lines: 'The finance plan of a grant: lines with planned cents and any recorded funder consent to exceed them.',
  drawdowns: 'Drawdowns (Mittelabrufe): requested and received cents and dates.',
  receipts:
    'Receipts (Belege) booked on a grant: number, date, payee, purpose, amount in cents, budget line, the two sign-offs, the scan file key.',
  measures: 'Measures (Maßnahmen): code, goal, period, status, responsible organisation, target groups, grant.',
  measure_action_fields: 'Which action fields a measure belongs to.',
  measure_municipalities: 'Which municipalities a measure works in.',
  measure_events: 'Which events belong to a measure.',
  measure_workshops: 'Which workshops belong to a measure.',
  measure_budget_allocations: 'Planned cents of a budget line allocated to a measure.',
  indicators: 'Indicators of a measure (output, outcome, impact) and where their values come from.',
  indicator_targets: 'Target values of an indicator per period.',
  indicator_values: 'Recorded values of an indicator (append-only, with who recorded them and when).',
  narrative_reports: 'The Sachbericht of a grant: drafts and submitted versions with their texts.',
  contacts:
    'The network: contact persons with organisation, municipality, languages, legal basis (consent or public office) and last activity.',
  contact_tags: 'The tags of each contact in lower case, for filtering (the contact keeps their spelling).',
  offers:
    'The inventory of offers (Angebote): texts per language, target groups, municipality, action field, languages, contact (shown publicly only with its agreement), review status, the questionnaire answer it came from, the measure made from it.',
  surveys: 'Questionnaires: title, status, audience and the public link (token hash withheld).',
  survey_versions:
    'Versions of a questionnaire definition (questions as JSON); answers refer to the version they answered.',
  survey_invitations:
    'Personal invitations to a questionnaire: contact (null once erased), language, snapshot of municipality/organisation/type/tags for results, opened/reminded/revoked times, the invitation run (operation) that made it (token hash withheld).',
  survey_access_tokens:
    'Anonymous answer links (one-link starts, feedback mails): survey and token hash only — no person, registration or contact column.',
  survey_responses: 'Answers to a questionnaire (JSON per question key), submitted or in progress.',
  backup_runs: 'Backups taken (scheduled or manual): time, archive name, size, or the error of a failed one.',
  operations:
    'Long operations started by a user (exports, imports, invitation runs): kind, state, progress, counts, error code, result file (not in this export); deleted 7 days after they finished.',
};
