/**
 * Long operations (exports, imports, mail sends to many recipients) run in the background: the start
 * request answers 202 with the operation, the browser polls it, and the user can leave and find it again
 * under "Vorgänge". Zod-free so browser code can take these values.
 */
export const OPERATION_KINDS = [
  /** Participant list of one event as XLSX or CSV. */
  'participants_export',
  /** CSV import of contacts (all rows or none). */
  'contacts_import',
  /** Survey invitations to many contacts; each gets a personal link by mail. */
  'survey_invitations',
  /** The admin's export of all data (ZIP). */
  'data_export',
] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

export const OPERATION_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

/** Still moving: the browser keeps polling. */
export const isOperationActive = (status: OperationStatus) => status === 'queued' || status === 'running';

/** Results and rows of finished operations are deleted after this many days (they may hold personal data). */
export const OPERATION_RETENTION_DAYS = 7;

/**
 * Active (queued or running) operations one person may have at a time; a further start is refused with
 * `operation_limit_reached` (429) until one of them has ended.
 */
export const OPERATION_MAX_ACTIVE_PER_USER = 3;

/** How often the admin polls an active operation. */
export const OPERATION_POLL_MS = 1000;

export const OPERATION_ERROR_CODES = [
  'operation_not_found',
  /** The process running it stopped (restart, crash); start it again. */
  'operation_interrupted',
  /** Failed for a reason the module names in `error.params.code` (e.g. an import row that is wrong). */
  'operation_failed',
  /** The result file is gone (retention) or the operation has none. */
  'operation_file_gone',
  /** The person already has OPERATION_MAX_ACTIVE_PER_USER active operations (params.max). */
  'operation_limit_reached',
] as const;
export type OperationErrorCode = (typeof OPERATION_ERROR_CODES)[number];
