import { z } from 'zod';

/** One backup taken (scheduled job or `npm run backup`), or the error of one that failed. */
export const backupRunSchema = z.object({
  at: z.string(),
  status: z.enum(['succeeded', 'failed']),
  trigger: z.enum(['scheduled', 'manual']),
  fileName: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  error: z.string().nullable(),
});
export type BackupRun = z.infer<typeof backupRunSchema>;

/** The admin's system page: version, schema, database, and the state of the backups. */
export const systemStatusSchema = z.object({
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  lastMigration: z.string().nullable(),
  backup: z.object({
    /** 0 = scheduled backups off. */
    intervalHours: z.number().int(),
    keep: z.number().int(),
    directory: z.string(),
    /** The last success is older than twice the interval (24 h if the API's schedule is off but backups were taken, e.g. by the systemd timer), or there is none while the schedule is on. */
    overdue: z.boolean(),
    lastSucceeded: backupRunSchema.nullable(),
    recent: z.array(backupRunSchema),
  }),
});
export type SystemStatus = z.infer<typeof systemStatusSchema>;
