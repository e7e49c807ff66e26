import { z } from 'zod';
import { REGISTRATION_STATUSES } from '@wir/shared';

/** `?status=` of the participant list; without it, everyone but cancelled registrations. */
export const participantListQuerySchema = z.strictObject({ status: z.enum(REGISTRATION_STATUSES).optional() });
export type ParticipantListQuery = z.infer<typeof participantListQuerySchema>;

/** `?registrationId=` of the certificates: one person's certificate only. */
export const certificateQuerySchema = z.strictObject({ registrationId: z.coerce.number().int().positive().optional() });
export type CertificateQuery = z.infer<typeof certificateQuerySchema>;
