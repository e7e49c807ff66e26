import {
  type operationListSchema,
  type operationSchema,
  type StartParticipantsExport,
  type contactImportPreviewSchema,
  type contactImportResultSchema,
  type contactPersonExportSchema,
  type contactSchema,
  type offerPageSchema,
  type offerSchema,
  type ContactLegalBasis,
  type ContactSort,
  type CreateContact,
  type CreateOffer,
  type OfferReviewStatus,
  type OfferTargetGroup,
  type OfferToMeasure,
  type UpdateContact,
  type UpdateOffer,
  FEEDBACK_FORM_DEFINITION,
  type eventFeedbackSchema,
  type surveyDetailSchema,
  type surveyListSchema,
  type contactPageSchema,
  type createInvitationsResultSchema,
  type publicLinkSchema,
  type remindersResultSchema,
  type surveyInvitationListSchema,
  type surveyInvitationSchema,
  type CreateInvitations,
  type CreateSurvey,
  type UpdateSurvey,
  type surveyResultsSchema,
  type LocalizedText,
  type actionFieldListSchema,
  type actionFieldSchema,
  type budgetLineSchema,
  type budgetStatusSchema,
  type drawdownListSchema,
  type drawdownSchema,
  type fundingProgrammeListSchema,
  type fundingProgrammeSchema,
  type grantViewSchema,
  type grantListSchema,
  type receiptPageSchema,
  type receiptSchema,
  type signOffQueueSchema,
  type auditPageSchema,
  type backupRunSchema,
  type systemStatusSchema,
  type indicatorSchema,
  type indicatorValueListSchema,
  type indicatorValueSchema,
  type measureViewSchema,
  type measureListSchema,
  type measureProgressSchema,
  type narrativeReportSchema,
  type narrativeReportVersionListSchema,
  type targetListSchema,
  type checkInCardSchema,
  type eventDetailSchema,
  type eventListSchema,
  type eventSchema,
  type eventStatsSchema,
  type registrationCreatedSchema,
  type registrationPageSchema,
  type registrationSchema,
  type workshopListSchema,
  type workshopSchema,
  type municipalityListSchema,
  type municipalitySchema,
  type organisationListSchema,
  type organisationSchema,
  type sessionResponseSchema,
  type userListSchema,
  type userSchema,
  type CheckInRequest,
  type CreateIndicator,
  type CreateIndicatorValue,
  type CreateMeasure,
  type MeasureStatus,
  type PutTargets,
  type UpdateIndicator,
  type UpdateMeasure,
  type CreateNarrativeDraft,
  type UpdateNarrativeReport,
  type CreateActionField,
  type CreateBudgetLine,
  type CreateDrawdown,
  type CreateFundingProgramme,
  type CreateGrant,
  type CreateReceipt,
  type IncomeSource,
  type ReceiptKind,
  type RecordDrawdownReceipt,
  type ReverseReceipt,
  type SignOffState,
  type SignOffStep,
  type UpdateBudgetLine,
  type UpdateGrant,
  type UpdateReceipt,
  type CreateEvent,
  type CreateRegistration,
  type CreateWorkshop,
  type OrganisationType,
  type RegistrationStatus,
  type UpdateEvent,
  type UpdateWorkshop,
  type CreateMunicipality,
  type CreateOrganisation,
  type ChangePassword,
  type CreateUser,
  type Login,
  type UpdateActionField,
  type UpdateMunicipality,
  type UpdateOrganisation,
  type UpdateUser,
} from '@wir/shared';
import { buildUrl, fetchFile, request, type Query } from './api-request';
import { publicApiClient } from './public-api-client';

/** Filters of GET /audit-log (auditQuerySchema coerces strings, so its input type is too loose here). */
export interface AuditLogQuery {
  entity?: string;
  userId?: number;
  limit?: number;
  beforeId?: number;
}

/** Filters and page of GET /events/:id/registrations (registrationQuerySchema coerces strings, so its input type is too loose here). */
export interface RegistrationFilters {
  q?: string;
  status?: RegistrationStatus;
  workshopId?: number;
  municipalityId?: number;
  organisationType?: OrganisationType;
  page: number;
  pageSize: number;
}

/** Filters and page of GET /grants/:id/receipts (receiptQuerySchema coerces strings, so its input type is too loose here). */
export interface ReceiptFilters {
  kind?: ReceiptKind;
  budgetLineId?: number;
  incomeSource?: IncomeSource;
  signOffState?: SignOffState;
  /** Calendar days as ISO text (2014-05-22). */
  from?: string;
  to?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Filters of GET /measures (measureQuerySchema coerces strings, so its input type is too loose here). */
export interface MeasureFilters {
  actionFieldId?: number;
  municipalityId?: number;
  grantId?: number;
  status?: MeasureStatus;
  year?: number;
}

/** Filters, order and page of GET /contacts (contactQuerySchema coerces strings, so its input type is too loose here). */
export interface ContactFilters {
  q?: string;
  organisationId?: number;
  municipalityId?: number;
  tag?: string;
  legalBasis?: ContactLegalBasis;
  reviewDue?: boolean;
  sort?: ContactSort;
  page: number;
  pageSize: number;
}

const contactQuery = (filters: Partial<ContactFilters>): Query => ({
  ...filters,
  reviewDue: filters.reviewDue === undefined ? undefined : String(filters.reviewDue),
});

/** Filters and page of GET /offers (the inventory). */
export interface OfferFilters {
  q?: string;
  reviewStatus?: OfferReviewStatus;
  municipalityId?: number;
  actionFieldId?: number;
  targetGroup?: OfferTargetGroup;
  language?: string;
  page: number;
  pageSize: number;
}

/** The files of GET /grants/:id/reports/<file>: Verwendungsnachweis (proof of use) and Belegliste (receipt list). */
export type GrantReport =
  | 'proof-of-use.pdf'
  | 'proof-of-use.xlsx'
  | 'receipt-list.csv'
  | 'receipt-list.xlsx'
  | 'narrative-report.pdf'
  | 'narrative-report.docx';

/** Filters of GET /surveys/:id/results and its files (surveyResultsQuerySchema coerces strings, so its input type is too loose here). */
export interface SurveyResultsFilters {
  municipalityId?: number;
  organisationType?: OrganisationType;
  tag?: string;
  version?: number;
}

/** The files of a survey's results: one row per answer (CSV, XLSX), the figures as tables (PDF). */
export type SurveyResultsDownload = 'results.csv' | 'results.xlsx' | 'summary.pdf';

/** The files of GET /events/:id/<file>: participant list, name badges, attendance certificates. */
export type EventDownload = 'participants.csv' | 'participants.xlsx' | 'badges.pdf' | 'certificates.pdf';

/** Typed client for the WIR API; every answer is typed by its schema from @wir/shared (lib/api-request.ts: not parsed in the browser). */
export const apiClient = {
  auth: {
    me: () => request<typeof sessionResponseSchema>('GET', '/auth/me'),
    login: (body: Login) => request<typeof sessionResponseSchema>('POST', '/auth/login', { body }),
    logout: () => request('POST', '/auth/logout'),
    /** Ends every session of the user, this one included. */
    changePassword: (body: ChangePassword) => request('POST', '/auth/password', { body }),
  },
  users: {
    list: () => request<typeof userListSchema>('GET', '/users'),
    create: (body: CreateUser) => request<typeof userSchema>('POST', '/users', { body }),
    update: (id: number, body: UpdateUser) => request<typeof userSchema>('PATCH', `/users/${id}`, { body }),
  },
  municipalities: {
    list: () => request<typeof municipalityListSchema>('GET', '/municipalities'),
    create: (body: CreateMunicipality) => request<typeof municipalitySchema>('POST', '/municipalities', { body }),
    update: (id: number, body: UpdateMunicipality) =>
      request<typeof municipalitySchema>('PATCH', `/municipalities/${id}`, { body }),
  },
  organisations: {
    list: () => request<typeof organisationListSchema>('GET', '/organisations'),
    create: (body: CreateOrganisation) => request<typeof organisationSchema>('POST', '/organisations', { body }),
    update: (id: number, body: UpdateOrganisation) =>
      request<typeof organisationSchema>('PATCH', `/organisations/${id}`, { body }),
  },
  actionFields: {
    list: () => request<typeof actionFieldListSchema>('GET', '/action-fields'),
    create: (body: CreateActionField) => request<typeof actionFieldSchema>('POST', '/action-fields', { body }),
    update: (id: number, body: UpdateActionField) =>
      request<typeof actionFieldSchema>('PATCH', `/action-fields/${id}`, { body }),
  },
  system: {
    status: () => request<typeof systemStatusSchema>('GET', '/admin/system'),
    backupNow: () => request<typeof backupRunSchema>('POST', '/admin/backups'),
    /** A plain link (the session cookie goes along); the API answers with the ZIP as an attachment. */
    exportUrl: () => buildUrl('/admin/export'),
  },
  auditLog: {
    page: (query: AuditLogQuery) => request<typeof auditPageSchema>('GET', '/audit-log', { query: { ...query } }),
  },
  events: {
    list: () => request<typeof eventListSchema>('GET', '/events'),
    get: (id: number) => request<typeof eventDetailSchema>('GET', `/events/${id}`),
    create: (body: CreateEvent) => request<typeof eventSchema>('POST', '/events', { body }),
    update: (id: number, body: UpdateEvent) => request<typeof eventSchema>('PATCH', `/events/${id}`, { body }),
    createWorkshop: (eventId: number, body: CreateWorkshop) =>
      request<typeof workshopSchema>('POST', `/events/${eventId}/workshops`, { body }),
    stats: (id: number) => request<typeof eventStatsSchema>('GET', `/events/${id}/stats`),
    /** A plain link (the session cookie goes along); the API answers with an attachment. */
    downloadUrl: (id: number, file: EventDownload, query?: Query) => buildUrl(`/events/${id}/${file}`, query),
  },
  workshops: {
    /** Every event's workshops in one read. */
    list: () => request<typeof workshopListSchema>('GET', '/workshops'),
    update: (id: number, body: UpdateWorkshop) => request<typeof workshopSchema>('PATCH', `/workshops/${id}`, { body }),
  },
  registrations: {
    page: (eventId: number, query: RegistrationFilters) =>
      request<typeof registrationPageSchema>('GET', `/events/${eventId}/registrations`, { query: { ...query } }),
    createByStaff: (eventId: number, body: CreateRegistration) =>
      request<typeof registrationCreatedSchema>('POST', `/events/${eventId}/registrations`, { body }),
    get: (id: number) => request<typeof registrationSchema>('GET', `/registrations/${id}`),
    cancel: (id: number) => request<typeof registrationSchema>('POST', `/registrations/${id}/cancel`),
    moveWorkshops: (id: number, workshopIds: number[]) =>
      request<typeof registrationSchema>('PATCH', `/registrations/${id}/workshops`, { body: { workshopIds } }),
    promote: (id: number) => request<typeof registrationSchema>('POST', `/registrations/${id}/promote`),
    /** DSGVO erasure on request: cancels and blanks the personal data (admin only). */
    erase: (id: number) => request<typeof registrationSchema>('POST', `/registrations/${id}/erase`),
  },
  fundingProgrammes: {
    list: () => request<typeof fundingProgrammeListSchema>('GET', '/funding-programmes'),
    create: (body: CreateFundingProgramme) =>
      request<typeof fundingProgrammeSchema>('POST', '/funding-programmes', { body }),
  },
  grants: {
    list: () => request<typeof grantListSchema>('GET', '/grants'),
    get: (id: number) => request<typeof grantViewSchema>('GET', `/grants/${id}`),
    create: (body: CreateGrant) => request<typeof grantViewSchema>('POST', '/grants', { body }),
    update: (id: number, body: UpdateGrant) => request<typeof grantViewSchema>('PATCH', `/grants/${id}`, { body }),
    /** A second person's go for the due erasure of the receipts' personal data (four eyes). */
    confirmReceiptErasure: (id: number) =>
      request<typeof grantViewSchema>('POST', `/grants/${id}/receipt-erasure/confirmation`),
    createBudgetLine: (grantId: number, body: CreateBudgetLine) =>
      request<typeof budgetLineSchema>('POST', `/grants/${grantId}/budget-lines`, { body }),
    budgetStatus: (id: number, asOf?: string) =>
      request<typeof budgetStatusSchema>('GET', `/grants/${id}/budget-status`, { query: { asOf } }),
    drawdowns: (grantId: number) => request<typeof drawdownListSchema>('GET', `/grants/${grantId}/drawdowns`),
    createDrawdown: (grantId: number, body: CreateDrawdown) =>
      request<typeof drawdownSchema>('POST', `/grants/${grantId}/drawdowns`, { body }),
    receipts: (grantId: number, filters: ReceiptFilters) =>
      request<typeof receiptPageSchema>('GET', `/grants/${grantId}/receipts`, { query: { ...filters } }),
    createReceipt: (grantId: number, body: CreateReceipt) =>
      request<typeof receiptSchema>('POST', `/grants/${grantId}/receipts`, { body }),
    /** A report as a raw response, read by the caller with progress (the reports are streamed). */
    /** `asOf`: an interim report with only the receipts dated up to that day. */
    report: (grantId: number, file: GrantReport, signal?: AbortSignal, asOf?: string) =>
      fetchFile(`/grants/${grantId}/reports/${file}`, signal, { asOf }),
  },
  budgetLines: {
    update: (id: number, body: UpdateBudgetLine) =>
      request<typeof budgetLineSchema>('PATCH', `/budget-lines/${id}`, { body }),
  },
  drawdowns: {
    recordReceipt: (id: number, body: RecordDrawdownReceipt) =>
      request<typeof drawdownSchema>('PATCH', `/drawdowns/${id}`, { body }),
  },
  receipts: {
    get: (id: number) => request<typeof receiptSchema>('GET', `/receipts/${id}`),
    update: (id: number, body: UpdateReceipt) => request<typeof receiptSchema>('PATCH', `/receipts/${id}`, { body }),
    remove: (id: number) => request('DELETE', `/receipts/${id}`),
    signOff: (id: number, step: SignOffStep) =>
      request<typeof receiptSchema>('POST', `/receipts/${id}/sign-off`, { body: { step } }),
    reverse: (id: number, body: ReverseReceipt) =>
      request<typeof receiptSchema>('POST', `/receipts/${id}/reverse`, { body }),
    /** The scan of a receipt (PDF or image) as the raw body; the name travels URL-encoded in a header. */
    uploadFile: (id: number, file: File) =>
      request<typeof receiptSchema>('PUT', `/receipts/${id}/file`, {
        body: file,
        headers: { 'X-File-Name': encodeURIComponent(file.name) },
      }),
    /** A plain link (the session cookie goes along). */
    fileUrl: (id: number) => buildUrl(`/receipts/${id}/file`),
  },
  signOffQueue: {
    list: () => request<typeof signOffQueueSchema>('GET', '/sign-off-queue'),
  },
  /** The Sachbericht (narrative report) of a grant: `get` is 404 before the first draft. */
  narrativeReports: {
    get: (grantId: number) => request<typeof narrativeReportSchema>('GET', `/grants/${grantId}/narrative-report`),
    versions: (grantId: number) =>
      request<typeof narrativeReportVersionListSchema>('GET', `/grants/${grantId}/narrative-report/versions`),
    draft: (grantId: number, body: CreateNarrativeDraft) =>
      request<typeof narrativeReportSchema>('POST', `/grants/${grantId}/narrative-report/draft`, { body }),
    update: (grantId: number, body: UpdateNarrativeReport) =>
      request<typeof narrativeReportSchema>('PUT', `/grants/${grantId}/narrative-report`, { body }),
    finalise: (grantId: number) =>
      request<typeof narrativeReportSchema>('POST', `/grants/${grantId}/narrative-report/finalise`),
  },
  /** Measures (Maßnahmen) with their indicators; `progress` evaluates them as of a day (default today). */
  measures: {
    list: (filters: MeasureFilters) => request<typeof measureListSchema>('GET', '/measures', { query: { ...filters } }),
    get: (id: number) => request<typeof measureViewSchema>('GET', `/measures/${id}`),
    create: (body: CreateMeasure) => request<typeof measureViewSchema>('POST', '/measures', { body }),
    update: (id: number, body: UpdateMeasure) =>
      request<typeof measureViewSchema>('PATCH', `/measures/${id}`, { body }),
    progress: (id: number, asOf?: string) =>
      request<typeof measureProgressSchema>('GET', `/measures/${id}/progress`, { query: { asOf } }),
    createIndicator: (measureId: number, body: CreateIndicator) =>
      request<typeof indicatorSchema>('POST', `/measures/${measureId}/indicators`, { body }),
  },
  /** Indicators (Kennzahlen): targets are replaced as a whole, actual values are appended (a correction supersedes). */
  indicators: {
    update: (id: number, body: UpdateIndicator) =>
      request<typeof indicatorSchema>('PATCH', `/indicators/${id}`, { body }),
    remove: (id: number) => request('DELETE', `/indicators/${id}`),
    putTargets: (id: number, body: PutTargets) =>
      request<typeof targetListSchema>('PUT', `/indicators/${id}/targets`, { body }),
    values: (id: number) => request<typeof indicatorValueListSchema>('GET', `/indicators/${id}/values`),
    addValue: (id: number, body: CreateIndicatorValue) =>
      request<typeof indicatorValueSchema>('POST', `/indicators/${id}/values`, { body }),
  },
  /** Results of a survey (figures per question, response rate) and their files, filtered as in the address. */
  surveyResults: {
    get: (id: number, filters: SurveyResultsFilters) =>
      request<typeof surveyResultsSchema>('GET', `/surveys/${id}/results`, { query: { ...filters } }),
    downloadUrl: (id: number, file: SurveyResultsDownload, filters: SurveyResultsFilters) =>
      buildUrl(`/surveys/${id}/${file}`, { ...filters }),
    /** The surveys and one survey with its current questions (a feedback indicator's form and question). */
    surveys: () => request<typeof surveyListSchema>('GET', '/surveys'),
    survey: (id: number) => request<typeof surveyDetailSchema>('GET', `/surveys/${id}`),
  },
  /** Questionnaires: definition and versions, open/close, invitations, reminders, the anonymous link. */
  surveys: {
    list: () => request<typeof surveyListSchema>('GET', '/surveys'),
    get: (id: number) => request<typeof surveyDetailSchema>('GET', `/surveys/${id}`),
    create: (body: CreateSurvey) => request<typeof surveyDetailSchema>('POST', '/surveys', { body }),
    update: (id: number, body: UpdateSurvey) => request<typeof surveyDetailSchema>('PATCH', `/surveys/${id}`, { body }),
    open: (id: number) => request<typeof surveyDetailSchema>('POST', `/surveys/${id}/open`),
    close: (id: number) => request<typeof surveyDetailSchema>('POST', `/surveys/${id}/close`),
    publicLink: (id: number) => request<typeof publicLinkSchema>('POST', `/surveys/${id}/public-link`),
    invitations: (id: number) => request<typeof surveyInvitationListSchema>('GET', `/surveys/${id}/invitations`),
    invite: (id: number, body: CreateInvitations) =>
      request<typeof createInvitationsResultSchema>('POST', `/surveys/${id}/invitations`, { body }),
    remind: (id: number) => request<typeof remindersResultSchema>('POST', `/surveys/${id}/reminders`),
    revoke: (id: number, invitationId: number) =>
      request<typeof surveyInvitationSchema>('POST', `/surveys/${id}/invitations/${invitationId}/revoke`),
    resend: (id: number, invitationId: number) =>
      request<typeof surveyInvitationSchema>('POST', `/surveys/${id}/invitations/${invitationId}/resend`),
    /** Contacts to pick for an invitation (search by name, e-mail, organisation). */
    contacts: (q: string) => request<typeof contactPageSchema>('GET', '/contacts', { query: { q, pageSize: 200 } }),
  },
  /** An event's feedback forms and their mailing; a new form is an anonymous survey with the event's id and the starter questions. */
  eventFeedback: {
    get: (eventId: number) => request<typeof eventFeedbackSchema>('GET', `/events/${eventId}/feedback`),
    createForm: (eventId: number, title: LocalizedText) =>
      request<typeof surveyDetailSchema>('POST', '/surveys', {
        body: { title, mode: 'anonymous', eventId, definition: FEEDBACK_FORM_DEFINITION },
      }),
    /** Makes an existing anonymous survey the event's feedback form. */
    linkForm: (eventId: number, surveyId: number) =>
      request<typeof surveyDetailSchema>('PATCH', `/surveys/${surveyId}`, { body: { eventId } }),
  },
  /** The network's contacts (personal data): coordinators and admins. */
  contacts: {
    page: (filters: ContactFilters) =>
      request<typeof contactPageSchema>('GET', '/contacts', { query: contactQuery(filters) }),
    get: (id: number) => request<typeof contactSchema>('GET', `/contacts/${id}`),
    create: (body: CreateContact) => request<typeof contactSchema>('POST', '/contacts', { body }),
    update: (id: number, body: UpdateContact) => request<typeof contactSchema>('PATCH', `/contacts/${id}`, { body }),
    /** Art. 17 DSGVO: the row goes, the audit entries keep no personal values. */
    erase: (id: number) => request('DELETE', `/contacts/${id}`),
    personExport: (id: number) => request<typeof contactPersonExportSchema>('GET', `/contacts/${id}/export`),
    /** Plain links (the session cookie goes along); the API answers with an attachment. */
    exportUrl: (file: 'export.csv' | 'export.xlsx', filters: Omit<ContactFilters, 'page' | 'pageSize'>) =>
      buildUrl(`/contacts/${file}`, contactQuery(filters)),
    /** The CSV file goes as the raw body, typed as CSV whatever the browser guessed. */
    previewImport: (file: Blob) =>
      request<typeof contactImportPreviewSchema>('POST', '/contacts/import/preview', {
        body: new Blob([file], { type: 'text/csv' }),
      }),
    importFile: (file: Blob) =>
      request<typeof contactImportResultSchema>('POST', '/contacts/import', {
        body: new Blob([file], { type: 'text/csv' }),
      }),
  },
  /** The inventory of offers: review, translations, merge, publish, to-measure. */
  offers: {
    page: (filters: OfferFilters) => request<typeof offerPageSchema>('GET', '/offers', { query: { ...filters } }),
    get: (id: number) => request<typeof offerSchema>('GET', `/offers/${id}`),
    create: (body: CreateOffer) => request<typeof offerSchema>('POST', '/offers', { body }),
    update: (id: number, body: UpdateOffer) => request<typeof offerSchema>('PATCH', `/offers/${id}`, { body }),
    merge: (id: number, intoId: number) =>
      request<typeof offerSchema>('POST', `/offers/${id}/merge`, { body: { intoId } }),
    publish: (id: number) => request<typeof offerSchema>('POST', `/offers/${id}/publish`),
    unpublish: (id: number) => request<typeof offerSchema>('POST', `/offers/${id}/unpublish`),
    toMeasure: (id: number, body: OfferToMeasure) =>
      request<typeof offerSchema>('POST', `/offers/${id}/measure`, { body }),
  },
  /** The door: find a person by the code of their QR code, then mark them present. */
  checkIn: {
    lookup: (code: string) => request<typeof checkInCardSchema>('GET', '/check-in', { query: { code } }),
    /** The person's code (an id alone lets nobody in) and the event this door admits to; the API refuses a registration of another event. */
    mark: (body: CheckInRequest) => request<typeof checkInCardSchema>('POST', '/check-in', { body }),
  },
  /**
   * Long operations (exports, imports, invitation runs) of the current user: a start answers 202 with the
   * operation, which the admin polls until it is no longer active; the result file is a plain link.
   */
  operations: {
    list: (active?: boolean) =>
      request<typeof operationListSchema>('GET', '/operations', { query: { active: active ? 'true' : undefined } }),
    get: (id: string) => request<typeof operationSchema>('GET', `/operations/${id}`),
    fileUrl: (id: string) => buildUrl(`/operations/${id}/file`),
    startParticipantsExport: (eventId: number, body: StartParticipantsExport) =>
      request<typeof operationSchema>('POST', `/events/${eventId}/exports/participants`, { body }),
    /** The CSV file goes as the raw body, typed as CSV, as for the direct import; its name is the operation's subject. */
    startContactImport: (file: File) =>
      request<typeof operationSchema>('POST', '/contacts/imports', {
        body: new Blob([file], { type: 'text/csv' }),
        query: { fileName: file.name },
      }),
    startInvitationRun: (surveyId: number, body: CreateInvitations) =>
      request<typeof operationSchema>('POST', `/surveys/${surveyId}/invitation-runs`, { body }),
    startDataExport: () => request<typeof operationSchema>('POST', '/admin/exports'),
  },
  /** Endpoints without login: the registration form, the manage link and the survey answers (lib/public-api-client.ts). */
  public: publicApiClient,
};

export type ApiClient = typeof apiClient;
