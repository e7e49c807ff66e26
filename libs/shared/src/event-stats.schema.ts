import { z } from 'zod';
import { localizedTextSchema } from './localized-text.schema';
import { organisationTypeSchema } from './organisation.schema';

/** Figures for the charts on an event's page; counts survive the anonymisation of personal data. */
export const eventStatsSchema = z.object({
  capacity: z.number().int(),
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
  cancelled: z.number().int(),
  checkedIn: z.number().int(),
  /** Registrations (not cancelled) per day of registration, Europe/Berlin, with the running total. */
  registrationsOverTime: z.array(z.object({ date: z.string(), count: z.number().int(), cumulative: z.number().int() })),
  /** `checkedIn`: attendance, people with a confirmed place checked in at the workshop (door or room). */
  workshops: z.array(
    z.object({
      workshopId: z.number().int(),
      title: localizedTextSchema(200),
      capacity: z.number().int(),
      confirmed: z.number().int(),
      waitlisted: z.number().int(),
      checkedIn: z.number().int(),
    }),
  ),
  byMunicipality: z.array(
    z.object({ municipalityId: z.number().int().nullable(), name: z.string().nullable(), count: z.number().int() }),
  ),
  byOrganisationType: z.array(z.object({ type: organisationTypeSchema, count: z.number().int() })),
});
export type EventStats = z.infer<typeof eventStatsSchema>;
