import { Foundation1764460000000 } from './1764460000000-foundation';
import { EventsRegistrations1764500000000 } from './1764500000000-events-registrations';
import { Grants1764600000000 } from './1764600000000-grants';
import { GrantProofRetention1764700000000 } from './1764700000000-grant-proof-retention';
import { BudgetLineConsent1764800000000 } from './1764800000000-budget-line-consent';
import { RateLimitsPasswordChange1764900000000 } from './1764900000000-rate-limits-password-change';
import { GrantErasureConfirmation1764910000000 } from './1764910000000-grant-erasure-confirmation';
import { RegistrationSecrets1764920000000 } from './1764920000000-registration-secrets';
import { MeasuresOutcomes1765000000000 } from './1765000000000-measures-outcomes';
import { NarrativeReports1765100000000 } from './1765100000000-narrative-reports';
import { WorkshopAttendance1765200000000 } from './1765200000000-workshop-attendance';
import { Contacts1765400000000 } from './1765400000000-contacts';
import { Offers1765410000000 } from './1765410000000-offers';
import { Surveys1765500000000 } from './1765500000000-surveys';
import { EventFeedback1765600000000 } from './1765600000000-event-feedback';
import { BackupRuns1765700000000 } from './1765700000000-backup-runs';
import { OutboxMailSubject1765902000000 } from './1765902000000-outbox-mail-subject';
import { Operations1766000000000 } from './1766000000000-operations';
import { SurveyInvitationOperation1766000000001 } from './1766000000001-survey-invitation-operation';

/** All migrations in order; the only way the schema changes. */
export const migrations = [
  Foundation1764460000000,
  EventsRegistrations1764500000000,
  Grants1764600000000,
  GrantProofRetention1764700000000,
  BudgetLineConsent1764800000000,
  RateLimitsPasswordChange1764900000000,
  GrantErasureConfirmation1764910000000,
  RegistrationSecrets1764920000000,
  MeasuresOutcomes1765000000000,
  NarrativeReports1765100000000,
  WorkshopAttendance1765200000000,
  Contacts1765400000000,
  Offers1765410000000,
  Surveys1765500000000,
  EventFeedback1765600000000,
  BackupRuns1765700000000,
  OutboxMailSubject1765902000000,
  Operations1766000000000,
  SurveyInvitationOperation1766000000001,
];
