import { z } from 'zod';
import { OPERATION_KINDS, OPERATION_STATUSES } from './operation.constant';

/** Counts a kind reports as it goes and at the end, e.g. { created: 12, updated: 3 } or { mailsSent: 40, mailsPending: 2 }. */
export const operationSummarySchema = z.record(z.string(), z.number().int());

/** One long operation as its owner sees it (GET /operations, GET /operations/:id, the 202 of a start request). */
export const operationSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(OPERATION_KINDS),
  status: z.enum(OPERATION_STATUSES),
  /** What it works on, for the list ("Integrationskonferenz 2027", "kontakte.csv"); null when nothing specific. */
  subject: z.string().nullable(),
  /** Where the admin links to from the list (an event's registrations tab, a survey), or null. */
  subjectPath: z.string().nullable(),
  progress: z.object({
    done: z.number().int().nonnegative(),
    /** Null while the total is not known yet. */
    total: z.number().int().nonnegative().nullable(),
  }),
  summary: operationSummarySchema,
  /** The result to download at GET /operations/:id/file, once succeeded. */
  file: z.object({ name: z.string(), contentType: z.string(), sizeBytes: z.number().int().nonnegative() }).nullable(),
  /** Why it failed: a code of the module that ran it (or an operation_* code) with its params. */
  error: z
    .object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
    .nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** When the row and its file are deleted (finishedAt + OPERATION_RETENTION_DAYS); null while active. */
  expiresAt: z.string().nullable(),
});
export type Operation = z.infer<typeof operationSchema>;

export const operationListSchema = z.object({ items: z.array(operationSchema) });

/** `GET /operations?active=true`: only queued and running ones. */
export const operationListQuerySchema = z.strictObject({ active: z.enum(['true', 'false']).optional() });
export type OperationListQuery = z.infer<typeof operationListQuerySchema>;

export const operationIdParamSchema = z.strictObject({ id: z.string().uuid() });
export type OperationList = z.infer<typeof operationListSchema>;

/** Start of a participant export as an operation (POST /events/:id/exports/participants). */
export const startParticipantsExportSchema = z.object({ format: z.enum(['xlsx', 'csv']) });
export type StartParticipantsExport = z.infer<typeof startParticipantsExportSchema>;
