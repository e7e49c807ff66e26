import type {
  AuditLogQuery,
  ContactFilters,
  OfferFilters,
  MeasureFilters,
  ReceiptFilters,
  RegistrationFilters,
  SurveyResultsFilters,
} from './api-client';

/** The one query-key factory: every useQuery and every invalidation goes through it. */
export const queryKeys = {
  auth: {
    all: ['auth'] as const,
    me: () => [...queryKeys.auth.all, 'me'] as const,
  },
  users: {
    all: ['users'] as const,
    list: () => [...queryKeys.users.all, 'list'] as const,
  },
  municipalities: {
    all: ['municipalities'] as const,
    list: () => [...queryKeys.municipalities.all, 'list'] as const,
  },
  organisations: {
    all: ['organisations'] as const,
    list: () => [...queryKeys.organisations.all, 'list'] as const,
  },
  actionFields: {
    all: ['action-fields'] as const,
    list: () => [...queryKeys.actionFields.all, 'list'] as const,
  },
  system: {
    all: ['system'] as const,
    status: () => [...queryKeys.system.all, 'status'] as const,
  },
  auditLog: {
    all: ['audit-log'] as const,
    list: (filters: Omit<AuditLogQuery, 'beforeId'>) => [...queryKeys.auditLog.all, 'list', filters] as const,
  },
  events: {
    all: ['events'] as const,
    list: () => [...queryKeys.events.all, 'list'] as const,
    detail: (id: number) => [...queryKeys.events.all, 'detail', id] as const,
    /** Under the detail, so whatever makes the event stale makes its figures stale too. */
    stats: (id: number) => [...queryKeys.events.detail(id), 'stats'] as const,
    /** The workshops of all events (GET /workshops). */
    workshops: () => [...queryKeys.events.all, 'workshops'] as const,
  },
  registrations: {
    all: ['registrations'] as const,
    list: (eventId: number, filters: RegistrationFilters) =>
      [...queryKeys.registrations.all, 'list', eventId, filters] as const,
    detail: (id: number) => [...queryKeys.registrations.all, 'detail', id] as const,
  },
  fundingProgrammes: {
    all: ['funding-programmes'] as const,
    list: () => [...queryKeys.fundingProgrammes.all, 'list'] as const,
  },
  grants: {
    all: ['grants'] as const,
    list: () => [...queryKeys.grants.all, 'list'] as const,
    detail: (id: number) => [...queryKeys.grants.all, 'detail', id] as const,
    /** Under the detail, so whatever makes the grant stale (lines, a new notice) makes its figures stale too. */
    budgetStatus: (id: number) => [...queryKeys.grants.detail(id), 'budget-status'] as const,
    drawdowns: (id: number) => [...queryKeys.grants.detail(id), 'drawdowns'] as const,
    /** Every page and filter of the grant's receipts (for invalidation after a receipt write). */
    receipts: (id: number) => [...queryKeys.grants.detail(id), 'receipts'] as const,
    receiptPage: (id: number, filters: ReceiptFilters) => [...queryKeys.grants.receipts(id), filters] as const,
  },
  signOffQueue: {
    all: ['sign-off-queue'] as const,
  },
  measures: {
    all: ['measures'] as const,
    list: (filters: MeasureFilters) => [...queryKeys.measures.all, 'list', filters] as const,
    detail: (id: number) => [...queryKeys.measures.all, 'detail', id] as const,
    /** Under the detail, so whatever makes the measure stale (an indicator, a target, a value) makes its progress stale too. */
    progress: (id: number, asOf: string | undefined) =>
      [...queryKeys.measures.detail(id), 'progress', asOf ?? 'today'] as const,
    /** The history of one indicator's values, under its measure. */
    values: (measureId: number, indicatorId: number) =>
      [...queryKeys.measures.detail(measureId), 'values', indicatorId] as const,
  },
  surveys: {
    all: ['surveys'] as const,
    list: () => [...queryKeys.surveys.all, 'list'] as const,
    detail: (id: number) => [...queryKeys.surveys.all, 'detail', id] as const,
    /** Under the detail, so whatever makes the survey stale makes its invitations stale too. */
    invitations: (id: number) => [...queryKeys.surveys.detail(id), 'invitations'] as const,
  },
  surveyResults: {
    all: ['survey-results'] as const,
    detail: (surveyId: number, filters: SurveyResultsFilters) =>
      [...queryKeys.surveyResults.all, 'detail', surveyId, filters] as const,
    surveys: () => [...queryKeys.surveyResults.all, 'surveys'] as const,
    survey: (id: number) => [...queryKeys.surveyResults.all, 'survey', id] as const,
  },
  eventFeedback: {
    all: ['event-feedback'] as const,
    detail: (eventId: number) => [...queryKeys.eventFeedback.all, 'detail', eventId] as const,
  },
  contacts: {
    all: ['contacts'] as const,
    list: (filters: ContactFilters) => [...queryKeys.contacts.all, 'list', filters] as const,
    detail: (id: number) => [...queryKeys.contacts.all, 'detail', id] as const,
  },
  offers: {
    all: ['offers'] as const,
    list: (filters: OfferFilters) => [...queryKeys.offers.all, 'list', filters] as const,
    detail: (id: number) => [...queryKeys.offers.all, 'detail', id] as const,
  },
  publicEvents: {
    all: ['public-events'] as const,
    detail: (slug: string) => [...queryKeys.publicEvents.all, 'detail', slug] as const,
  },
  operations: {
    all: ['operations'] as const,
    /** The user's operations (the list filters them in the browser); `active` only the running ones. */
    list: (scope: 'all' | 'active') => [...queryKeys.operations.all, 'list', scope] as const,
    detail: (id: string) => [...queryKeys.operations.all, 'detail', id] as const,
  },
  ownRegistration: {
    all: ['own-registration'] as const,
    detail: (token: string) => [...queryKeys.ownRegistration.all, token] as const,
  },
};
