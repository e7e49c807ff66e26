import {
  contactImportPreviewSchema,
  contactImportResultSchema,
  contactPersonExportSchema,
  contactSchema,
  offerPageSchema,
  offerSchema,
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
  eventFeedbackSchema,
  surveyDetailSchema,
  surveyListSchema,
  contactPageSchema,
  createInvitationsResultSchema,
  publicLinkSchema,
  remindersResultSchema,
  surveyInvitationListSchema,
  surveyInvitationSchema,
  type CreateInvitations,
  type CreateSurvey,
  type UpdateSurvey,
  surveyResultsSchema,
  type LocalizedText,
  actionFieldListSchema,
  actionFieldSchema,
  budgetLineSchema,
  budgetStatusSchema,
  drawdownListSchema,
  drawdownSchema,
  fundingProgrammeListSchema,
  fundingProgrammeSchema,
  grantViewSchema,
  grantListSchema,
  receiptPageSchema,
  receiptSchema,
  signOffQueueSchema,
  auditPageSchema,
  backupRunSchema,
  systemStatusSchema,
  indicatorSchema,
  indicatorValueListSchema,
  indicatorValueSchema,
  measureViewSchema,
  measureListSchema,
  measureProgressSchema,
  narrativeReportSchema,
  narrativeReportVersionListSchema,
  targetListSchema,
  checkInCardSchema,
  eventDetailSchema,
  eventListSchema,
  eventSchema,
  eventStatsSchema,
  registrationCreatedSchema,
  registrationPageSchema,
  registrationSchema,
  workshopSchema,
  municipalityListSchema,
  municipalitySchema,
  organisationListSchema,
  organisationSchema,
  sessionResponseSchema,
  userListSchema,
  userSchema,
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

/** Typed client for the WIR API; every response is parsed with the schema from @wir/shared. */
export const apiClient = {
  auth: {
    me: () => request('GET', '/auth/me', { schema: sessionResponseSchema }),
    login: (body: Login) => request('POST', '/auth/login', { body, schema: sessionResponseSchema }),
    logout: () => request('POST', '/auth/logout', { schema: undefined }),
    /** Ends every session of the user, this one included. */
    changePassword: (body: ChangePassword) => request('POST', '/auth/password', { body, schema: undefined }),
  },
  users: {
    list: () => request('GET', '/users', { schema: userListSchema }),
    create: (body: CreateUser) => request('POST', '/users', { body, schema: userSchema }),
    update: (id: number, body: UpdateUser) => request('PATCH', `/users/${id}`, { body, schema: userSchema }),
  },
  municipalities: {
    list: () => request('GET', '/municipalities', { schema: municipalityListSchema }),
    create: (body: CreateMunicipality) => request('POST', '/municipalities', { body, schema: municipalitySchema }),
    update: (id: number, body: UpdateMunicipality) =>
      request('PATCH', `/municipalities/${id}`, { body, schema: municipalitySchema }),
  },
  organisations: {
    list: () => request('GET', '/organisations', { schema: organisationListSchema }),
    create: (body: CreateOrganisation) => request('POST', '/organisations', { body, schema: organisationSchema }),
    update: (id: number, body: UpdateOrganisation) =>
      request('PATCH', `/organisations/${id}`, { body, schema: organisationSchema }),
  },
  actionFields: {
    list: () => request('GET', '/action-fields', { schema: actionFieldListSchema }),
    create: (body: CreateActionField) => request('POST', '/action-fields', { body, schema: actionFieldSchema }),
    update: (id: number, body: UpdateActionField) =>
      request('PATCH', `/action-fields/${id}`, { body, schema: actionFieldSchema }),
  },
  system: {
    status: () => request('GET', '/admin/system', { schema: systemStatusSchema }),
    backupNow: () => request('POST', '/admin/backups', { schema: backupRunSchema }),
    /** A plain link (the session cookie goes along); the API answers with the ZIP as an attachment. */
    exportUrl: () => buildUrl('/admin/export'),
  },
  auditLog: {
    page: (query: AuditLogQuery) => request('GET', '/audit-log', { query: { ...query }, schema: auditPageSchema }),
  },
  events: {
    list: () => request('GET', '/events', { schema: eventListSchema }),
    get: (id: number) => request('GET', `/events/${id}`, { schema: eventDetailSchema }),
    create: (body: CreateEvent) => request('POST', '/events', { body, schema: eventSchema }),
    update: (id: number, body: UpdateEvent) => request('PATCH', `/events/${id}`, { body, schema: eventSchema }),
    createWorkshop: (eventId: number, body: CreateWorkshop) =>
      request('POST', `/events/${eventId}/workshops`, { body, schema: workshopSchema }),
    stats: (id: number) => request('GET', `/events/${id}/stats`, { schema: eventStatsSchema }),
    /** A plain link (the session cookie goes along); the API answers with an attachment. */
    downloadUrl: (id: number, file: EventDownload, query?: Query) => buildUrl(`/events/${id}/${file}`, query),
  },
  workshops: {
    update: (id: number, body: UpdateWorkshop) =>
      request('PATCH', `/workshops/${id}`, { body, schema: workshopSchema }),
  },
  registrations: {
    page: (eventId: number, query: RegistrationFilters) =>
      request('GET', `/events/${eventId}/registrations`, { query: { ...query }, schema: registrationPageSchema }),
    createByStaff: (eventId: number, body: CreateRegistration) =>
      request('POST', `/events/${eventId}/registrations`, { body, schema: registrationCreatedSchema }),
    get: (id: number) => request('GET', `/registrations/${id}`, { schema: registrationSchema }),
    cancel: (id: number) => request('POST', `/registrations/${id}/cancel`, { schema: registrationSchema }),
    moveWorkshops: (id: number, workshopIds: number[]) =>
      request('PATCH', `/registrations/${id}/workshops`, { body: { workshopIds }, schema: registrationSchema }),
    promote: (id: number) => request('POST', `/registrations/${id}/promote`, { schema: registrationSchema }),
    /** DSGVO erasure on request: cancels and blanks the personal data (admin only). */
    erase: (id: number) => request('POST', `/registrations/${id}/erase`, { schema: registrationSchema }),
  },
  fundingProgrammes: {
    list: () => request('GET', '/funding-programmes', { schema: fundingProgrammeListSchema }),
    create: (body: CreateFundingProgramme) =>
      request('POST', '/funding-programmes', { body, schema: fundingProgrammeSchema }),
  },
  grants: {
    list: () => request('GET', '/grants', { schema: grantListSchema }),
    get: (id: number) => request('GET', `/grants/${id}`, { schema: grantViewSchema }),
    create: (body: CreateGrant) => request('POST', '/grants', { body, schema: grantViewSchema }),
    update: (id: number, body: UpdateGrant) => request('PATCH', `/grants/${id}`, { body, schema: grantViewSchema }),
    /** A second person's go for the due erasure of the receipts' personal data (four eyes). */
    confirmReceiptErasure: (id: number) =>
      request('POST', `/grants/${id}/receipt-erasure/confirmation`, { schema: grantViewSchema }),
    createBudgetLine: (grantId: number, body: CreateBudgetLine) =>
      request('POST', `/grants/${grantId}/budget-lines`, { body, schema: budgetLineSchema }),
    budgetStatus: (id: number, asOf?: string) =>
      request('GET', `/grants/${id}/budget-status`, { query: { asOf }, schema: budgetStatusSchema }),
    drawdowns: (grantId: number) => request('GET', `/grants/${grantId}/drawdowns`, { schema: drawdownListSchema }),
    createDrawdown: (grantId: number, body: CreateDrawdown) =>
      request('POST', `/grants/${grantId}/drawdowns`, { body, schema: drawdownSchema }),
    receipts: (grantId: number, filters: ReceiptFilters) =>
      request('GET', `/grants/${grantId}/receipts`, { query: { ...filters }, schema: receiptPageSchema }),
    createReceipt: (grantId: number, body: CreateReceipt) =>
      request('POST', `/grants/${grantId}/receipts`, { body, schema: receiptSchema }),
    /** A report as a raw response, read by the caller with progress (the reports are streamed). */
    /** `asOf`: an interim report with only the receipts dated up to that day. */
    report: (grantId: number, file: GrantReport, signal?: AbortSignal, asOf?: string) =>
      fetchFile(`/grants/${grantId}/reports/${file}`, signal, { asOf }),
  },
  budgetLines: {
    update: (id: number, body: UpdateBudgetLine) =>
      request('PATCH', `/budget-lines/${id}`, { body, schema: budgetLineSchema }),
  },
  drawdowns: {
    recordReceipt: (id: number, body: RecordDrawdownReceipt) =>
      request('PATCH', `/drawdowns/${id}`, { body, schema: drawdownSchema }),
  },
  receipts: {
    get: (id: number) => request('GET', `/receipts/${id}`, { schema: receiptSchema }),
    update: (id: number, body: UpdateReceipt) => request('PATCH', `/receipts/${id}`, { body, schema: receiptSchema }),
    remove: (id: number) => request('DELETE', `/receipts/${id}`, { schema: undefined }),
    signOff: (id: number, step: SignOffStep) =>
      request('POST', `/receipts/${id}/sign-off`, { body: { step }, schema: receiptSchema }),
    reverse: (id: number, body: ReverseReceipt) =>
      request('POST', `/receipts/${id}/reverse`, { body, schema: receiptSchema }),
    /** The scan of a receipt (PDF or image) as the raw body; the name travels URL-encoded in a header. */
    uploadFile: (id: number, file: File) =>
      request('PUT', `/receipts/${id}/file`, {
        body: file,
        headers: { 'X-File-Name': encodeURIComponent(file.name) },
        schema: receiptSchema,
      }),
    /** A plain link (the session cookie goes along). */
    fileUrl: (id: number) => buildUrl(`/receipts/${id}/file`),
  },
  signOffQueue: {
    list: () => request('GET', '/sign-off-queue', { schema: signOffQueueSchema }),
  },
  /** The Sachbericht (narrative report) of a grant: `get` is 404 before the first draft. */
  narrativeReports: {
    get: (grantId: number) => request('GET', `/grants/${grantId}/narrative-report`, { schema: narrativeReportSchema }),
    versions: (grantId: number) =>
      request('GET', `/grants/${grantId}/narrative-report/versions`, { schema: narrativeReportVersionListSchema }),
    draft: (grantId: number, body: CreateNarrativeDraft) =>
      request('POST', `/grants/${grantId}/narrative-report/draft`, { body, schema: narrativeReportSchema }),
    update: (grantId: number, body: UpdateNarrativeReport) =>
      request('PUT', `/grants/${grantId}/narrative-report`, { body, schema: narrativeReportSchema }),
    finalise: (grantId: number) =>
      request('POST', `/grants/${grantId}/narrative-report/finalise`, { schema: narrativeReportSchema }),
  },
  /** Measures (Maßnahmen) with their indicators; `progress` evaluates them as of a day (default today). */
  measures: {
    list: (filters: MeasureFilters) =>
      request('GET', '/measures', { query: { ...filters }, schema: measureListSchema }),
    get: (id: number) => request('GET', `/measures/${id}`, { schema: measureViewSchema }),
    create: (body: CreateMeasure) => request('POST', '/measures', { body, schema: measureViewSchema }),
    update: (id: number, body: UpdateMeasure) =>
      request('PATCH', `/measures/${id}`, { body, schema: measureViewSchema }),
    progress: (id: number, asOf?: string) =>
      request('GET', `/measures/${id}/progress`, { query: { asOf }, schema: measureProgressSchema }),
    createIndicator: (measureId: number, body: CreateIndicator) =>
      request('POST', `/measures/${measureId}/indicators`, { body, schema: indicatorSchema }),
  },
  /** Indicators (Kennzahlen): targets are replaced as a whole, actual values are appended (a correction supersedes). */
  indicators: {
    update: (id: number, body: UpdateIndicator) =>
      request('PATCH', `/indicators/${id}`, { body, schema: indicatorSchema }),
    remove: (id: number) => request('DELETE', `/indicators/${id}`, { schema: undefined }),
    putTargets: (id: number, body: PutTargets) =>
      request('PUT', `/indicators/${id}/targets`, { body, schema: targetListSchema }),
    values: (id: number) => request('GET', `/indicators/${id}/values`, { schema: indicatorValueListSchema }),
    addValue: (id: number, body: CreateIndicatorValue) =>
      request('POST', `/indicators/${id}/values`, { body, schema: indicatorValueSchema }),
  },
  /** Results of a survey (figures per question, response rate) and their files, filtered as in the address. */
  surveyResults: {
    get: (id: number, filters: SurveyResultsFilters) =>
      request('GET', `/surveys/${id}/results`, { query: { ...filters }, schema: surveyResultsSchema }),
    downloadUrl: (id: number, file: SurveyResultsDownload, filters: SurveyResultsFilters) =>
      buildUrl(`/surveys/${id}/${file}`, { ...filters }),
    /** The surveys and one survey with its current questions (a feedback indicator's form and question). */
    surveys: () => request('GET', '/surveys', { schema: surveyListSchema }),
    survey: (id: number) => request('GET', `/surveys/${id}`, { schema: surveyDetailSchema }),
  },
  /** Questionnaires: definition and versions, open/close, invitations, reminders, the anonymous link. */
  surveys: {
    list: () => request('GET', '/surveys', { schema: surveyListSchema }),
    get: (id: number) => request('GET', `/surveys/${id}`, { schema: surveyDetailSchema }),
    create: (body: CreateSurvey) => request('POST', '/surveys', { body, schema: surveyDetailSchema }),
    update: (id: number, body: UpdateSurvey) =>
      request('PATCH', `/surveys/${id}`, { body, schema: surveyDetailSchema }),
    open: (id: number) => request('POST', `/surveys/${id}/open`, { schema: surveyDetailSchema }),
    close: (id: number) => request('POST', `/surveys/${id}/close`, { schema: surveyDetailSchema }),
    publicLink: (id: number) => request('POST', `/surveys/${id}/public-link`, { schema: publicLinkSchema }),
    invitations: (id: number) => request('GET', `/surveys/${id}/invitations`, { schema: surveyInvitationListSchema }),
    invite: (id: number, body: CreateInvitations) =>
      request('POST', `/surveys/${id}/invitations`, { body, schema: createInvitationsResultSchema }),
    remind: (id: number) => request('POST', `/surveys/${id}/reminders`, { schema: remindersResultSchema }),
    revoke: (id: number, invitationId: number) =>
      request('POST', `/surveys/${id}/invitations/${invitationId}/revoke`, { schema: surveyInvitationSchema }),
    resend: (id: number, invitationId: number) =>
      request('POST', `/surveys/${id}/invitations/${invitationId}/resend`, { schema: surveyInvitationSchema }),
    /** Contacts to pick for an invitation (search by name, e-mail, organisation). */
    contacts: (q: string) => request('GET', '/contacts', { query: { q, pageSize: 200 }, schema: contactPageSchema }),
  },
  /** An event's feedback forms and their mailing; a new form is an anonymous survey with the event's id and the starter questions. */
  eventFeedback: {
    get: (eventId: number) => request('GET', `/events/${eventId}/feedback`, { schema: eventFeedbackSchema }),
    createForm: (eventId: number, title: LocalizedText) =>
      request('POST', '/surveys', {
        body: { title, mode: 'anonymous', eventId, definition: FEEDBACK_FORM_DEFINITION },
        schema: surveyDetailSchema,
      }),
    /** Makes an existing anonymous survey the event's feedback form. */
    linkForm: (eventId: number, surveyId: number) =>
      request('PATCH', `/surveys/${surveyId}`, { body: { eventId }, schema: surveyDetailSchema }),
  },
  /** The network's contacts (personal data): coordinators and admins. */
  contacts: {
    page: (filters: ContactFilters) =>
      request('GET', '/contacts', { query: contactQuery(filters), schema: contactPageSchema }),
    get: (id: number) => request('GET', `/contacts/${id}`, { schema: contactSchema }),
    create: (body: CreateContact) => request('POST', '/contacts', { body, schema: contactSchema }),
    update: (id: number, body: UpdateContact) => request('PATCH', `/contacts/${id}`, { body, schema: contactSchema }),
    /** Art. 17 DSGVO: the row goes, the audit entries keep no personal values. */
    erase: (id: number) => request('DELETE', `/contacts/${id}`, { schema: undefined }),
    personExport: (id: number) => request('GET', `/contacts/${id}/export`, { schema: contactPersonExportSchema }),
    /** Plain links (the session cookie goes along); the API answers with an attachment. */
    exportUrl: (file: 'export.csv' | 'export.xlsx', filters: Omit<ContactFilters, 'page' | 'pageSize'>) =>
      buildUrl(`/contacts/${file}`, contactQuery(filters)),
    /** The CSV file goes as the raw body, typed as CSV whatever the browser guessed. */
    previewImport: (file: Blob) =>
      request('POST', '/contacts/import/preview', {
        body: new Blob([file], { type: 'text/csv' }),
        schema: contactImportPreviewSchema,
      }),
    importFile: (file: Blob) =>
      request('POST', '/contacts/import', {
        body: new Blob([file], { type: 'text/csv' }),
        schema: contactImportResultSchema,
      }),
  },
  /** The inventory of offers: review, translations, merge, publish, to-measure. */
  offers: {
    page: (filters: OfferFilters) => request('GET', '/offers', { query: { ...filters }, schema: offerPageSchema }),
    get: (id: number) => request('GET', `/offers/${id}`, { schema: offerSchema }),
    create: (body: CreateOffer) => request('POST', '/offers', { body, schema: offerSchema }),
    update: (id: number, body: UpdateOffer) => request('PATCH', `/offers/${id}`, { body, schema: offerSchema }),
    merge: (id: number, intoId: number) =>
      request('POST', `/offers/${id}/merge`, { body: { intoId }, schema: offerSchema }),
    publish: (id: number) => request('POST', `/offers/${id}/publish`, { schema: offerSchema }),
    unpublish: (id: number) => request('POST', `/offers/${id}/unpublish`, { schema: offerSchema }),
    toMeasure: (id: number, body: OfferToMeasure) =>
      request('POST', `/offers/${id}/measure`, { body, schema: offerSchema }),
  },
  /** The door: find a person by the code of their QR code, then mark them present. */
  checkIn: {
    lookup: (code: string) => request('GET', '/check-in', { query: { code }, schema: checkInCardSchema }),
    /** The person's code (an id alone lets nobody in) and the event this door admits to; the API refuses a registration of another event. */
    mark: (body: CheckInRequest) => request('POST', '/check-in', { body, schema: checkInCardSchema }),
  },
  /** Endpoints without login: the registration form, the manage link and the survey answers (lib/public-api-client.ts). */
  public: publicApiClient,
};

export type ApiClient = typeof apiClient;
